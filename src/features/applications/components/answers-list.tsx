import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import { answerRecord, answerText } from "../answer-text";
import { ANSWER_FIELDS, type OfferKind } from "../schema";

export function AnswerRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-slate-200 py-2 sm:grid-cols-[14rem_1fr] sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="whitespace-pre-wrap break-words">{children}</dd>
    </div>
  );
}

/**
 * Readable answers as label–value rows, for the applicant's page and the coordinators' detail: choices translated,
 * amounts in złoty. `fields` defaults to the offer's questions; `labels` to "Apply.fields".
 */
export async function AnswersList({
  kind,
  answers,
  locale,
  voivodeshipName,
  fields = ANSWER_FIELDS[kind],
  labels = "Apply.fields",
}: {
  kind: OfferKind;
  answers: unknown;
  locale: Locale;
  voivodeshipName: (code: string) => string;
  fields?: readonly string[];
  labels?: "Apply.fields" | "ApplicationManage.followUp.fields";
}) {
  const [t, tl, tLabels] = await Promise.all([getTranslations("Apply"), getTranslations("Languages"), getTranslations(labels)]);
  const label = tLabels as unknown as (key: string) => string;
  const values = answerRecord(answers);
  const apply = (key: string) => (t.has(key as "none") ? t(key as "none") : null);
  const language = (code: string) => (tl.has(code as "pl") ? tl(code as "pl") : code);
  const show = (field: string, value: unknown) => answerText(field, value, { apply, language, voivodeshipName, locale }) ?? t("none");
  return (
    <dl>
      {fields
        // answers that apply only after another answer ("other" need, a presentation) are left out when absent
        .filter((f) => !(f === "needsOther" || f === "topic") || values[f] !== undefined)
        .map((field) => (
          <AnswerRow key={field} label={label(field)}>
            {show(field, values[field])}
          </AnswerRow>
        ))}
    </dl>
  );
}
