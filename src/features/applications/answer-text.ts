// One answer of an application as readable text, for the applicant's page, the coordinators' detail and the export:
// choices translated, languages and voivodeships named, amounts in złoty.

export type AnswerTexts = {
  /** an "Apply" message by key, or null when there is none */
  apply: (key: string) => string | null;
  language: (code: string) => string;
  voivodeshipName: (code: string) => string;
  locale: string;
};

/** The answer `value` to the question `field` as text; null when there is no answer. */
export function answerText(field: string, value: unknown, { apply, language, voivodeshipName, locale }: AnswerTexts): string | null {
  if (value === undefined || value === null || value === "") return null;
  const choice = (group: string, v: unknown) => apply(`${group}.${String(v)}`) ?? String(v);
  if (field === "needs" && Array.isArray(value)) return value.map((v) => choice("mentoringNeeds", v)).join(", ") || null;
  if (field === "mentoringLanguage") return language(String(value));
  if (field === "ideaVoivodeship") return voivodeshipName(String(value));
  if (field === "participation") return choice("forumParticipation", value);
  if (field === "budget" && typeof value === "number") return new Intl.NumberFormat(locale, { style: "currency", currency: "PLN", maximumFractionDigits: 0 }).format(value);
  if (typeof value === "boolean") return (value ? apply("yes") : apply("no")) ?? String(value);
  return String(value);
}

/** The stored answers (Json) as a record; anything else as no answers. */
export const answerRecord = (answers: unknown): Record<string, unknown> =>
  answers && typeof answers === "object" && !Array.isArray(answers) ? (answers as Record<string, unknown>) : {};
