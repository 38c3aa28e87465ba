import { INTERPRETATION_LANGUAGES } from "@/features/registrations/fields";

// The application forms' choices and field names, without zod: the forms' first JavaScript needs these, while zod
// and the schemas are loaded only when a form first validates (src/lib/lazy-resolver.ts, docs/decisions/017).
// fields.test.ts checks that ANSWER_FIELDS lists each offer's questions as its schema has them.

export const OFFER_KINDS = ["ANIMATORS_COURSE", "MENTORING", "INCUBATOR", "FORUM", "FILM_PORTRAIT"] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/** Offers whose accepted applicants get a follow-up form. */
export const FOLLOW_UP_KINDS = ["ANIMATORS_COURSE", "INCUBATOR"] as const satisfies readonly OfferKind[];

/** Languages a person can be contacted or mentored in (labels: the "Languages" messages). */
export const APPLICATION_LANGUAGES = ["pl", ...INTERPRETATION_LANGUAGES] as const;
/** The challenges named in the coalition's call, plus "other". */
export const MENTORING_NEEDS = ["premises", "staff", "promotion", "funding", "other"] as const;
export const FORUM_PARTICIPATION = ["attend", "present"] as const;

// Field lists, in display order: for the error summary, to keep submitted values, and to read a form post.

export const COMMON_FIELDS = [
  "fullName", "email", "phone", "organisationMode", "organisationId", "organisationName", "voivodeshipCode", "city", "contactLanguage",
] as const;

/** The offer's questions, in display order (FILM_PORTRAIT's image consent is shown with the other consents). */
export const ANSWER_FIELDS: Record<OfferKind, string[]> = {
  ANIMATORS_COURSE: ["experience", "motivation", "availability"],
  MENTORING: ["groupDescription", "needs", "needsOther", "mentoringLanguage"],
  INCUBATOR: ["idea", "beneficiaries", "ideaVoivodeship", "timeline", "budget"],
  FORUM: ["participation", "topic"],
  FILM_PORTRAIT: ["initiative", "whyShow"],
};

export const consentFields = (kind: OfferKind) =>
  kind === "FILM_PORTRAIT" ? ["consentProcessing", "consentImage", "consentNewsletter"] : ["consentProcessing", "consentNewsletter"];

export const applicationFields = (kind: OfferKind): string[] => [...COMMON_FIELDS, ...ANSWER_FIELDS[kind], ...consentFields(kind)];

/** Fields posted as several values of one name. */
export const MULTI_VALUE_FIELDS: ReadonlySet<string> = new Set(["needs"]);
export const CHECKBOX_FIELDS: ReadonlySet<string> = new Set(["consentProcessing", "consentNewsletter", "consentImage", "confirmParticipation"]);

export const FOLLOW_UP_FIELDS = {
  ANIMATORS_COURSE: ["learningGoals", "questions", "confirmParticipation"],
  INCUBATOR: ["budgetPlan", "partners", "questions", "confirmParticipation"],
} as const satisfies Record<(typeof FOLLOW_UP_KINDS)[number], ReadonlyArray<string>>;
