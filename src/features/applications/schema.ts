import "@/lib/zod-config";
import * as z from "zod/mini";
import { checkbox, optionalText, preprocess, registrationSchema, text, VOIVODESHIP_CODES } from "@/features/registrations/schema";
import {
  ANSWER_FIELDS,
  APPLICATION_LANGUAGES,
  FORUM_PARTICIPATION,
  MENTORING_NEEDS,
  MULTI_VALUE_FIELDS,
  FOLLOW_UP_KINDS,
  type OfferKind,
} from "./fields";

export {
  ANSWER_FIELDS,
  APPLICATION_LANGUAGES,
  applicationFields,
  CHECKBOX_FIELDS,
  COMMON_FIELDS,
  consentFields,
  FOLLOW_UP_FIELDS,
  FOLLOW_UP_KINDS,
  FORUM_PARTICIPATION,
  MENTORING_NEEDS,
  MULTI_VALUE_FIELDS,
  OFFER_KINDS,
} from "./fields";
export type { OfferKind } from "./fields";

// One schema per offer for its application form: the common fields (the same rules as the sign-up form, taken from
// its schema) plus the offer's own questions, which are stored in `answers`. react-hook-form validates with it in
// the browser, the server action parses again. Error messages are keys of "Validation" or, for the few that only
// these forms need, of "Apply.validation". zod/mini, as the sign-up form's schema (docs/decisions/016).

export const APPLICATION_STATUSES = ["NEW", "IN_REVIEW", "ACCEPTED", "WAITLISTED", "DECLINED", "WITHDRAWN"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
/** One open application per (offer, e-mail): a second attempt re-sends the personal link instead. */
export const OPEN_STATUSES = ["NEW", "IN_REVIEW", "ACCEPTED", "WAITLISTED"] as const satisfies readonly ApplicationStatus[];
export const hasFollowUp = (kind: string): kind is (typeof FOLLOW_UP_KINDS)[number] => (FOLLOW_UP_KINDS as readonly string[]).includes(kind);

/** A required answer; a missing field (nothing posted) says "required" too. */
const required = (max: number, multiline = false) =>
  preprocess((v) => v ?? "", z.pipe(text(max, { multiline }), z.string().check(z.minLength(2, { error: "required" }))));

/** Several checkboxes of one name: nothing, one value or many arrive depending on the client. */
const choices = <T extends readonly [string, ...string[]]>(values: T) =>
  preprocess(
    (v) => (v === undefined || v === null || v === false || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.enum(values, { error: "invalidChoice" }), { error: "invalidChoice" })
      .check(
        z.maxLength(values.length, { error: "invalidChoice" }),
        z.refine((a) => new Set(a).size === a.length, { error: "invalidChoice" }),
      ),
  );

/** Whole złoty: digits, spaces allowed as thousands separators ("12 000"). */
const plnAmount = preprocess(
  (v) => {
    if (typeof v !== "string") return v;
    const digits = v.replace(/[\s\u00a0]/g, "");
    if (digits === "") return undefined;
    return /^\d{1,9}$/.test(digits) ? Number(digits) : Number.NaN;
  },
  z
    .number({ error: (issue) => (issue.input === undefined ? "required" : "amount") })
    .check(z.int({ error: "amount" }), z.gte(0, { error: "amount" }), z.lte(10_000_000, { error: "amount" })),
);

const r = registrationSchema.shape;
const commonShape = {
  fullName: r.fullName,
  email: r.email,
  phone: r.phone,
  organisationMode: r.organisationMode,
  organisationId: r.organisationId,
  organisationName: r.organisationName,
  voivodeshipCode: r.voivodeshipCode,
  city: r.city,
  contactLanguage: z.enum(APPLICATION_LANGUAGES, { error: "required" }),
  consentProcessing: r.consentProcessing,
  consentNewsletter: r.consentNewsletter,
};

/** Each offer's own questions. */
export const answerShapes = {
  ANIMATORS_COURSE: {
    experience: required(2000, true),
    motivation: required(2000, true),
    availability: required(300),
  },
  MENTORING: {
    groupDescription: required(2000, true),
    needs: choices(MENTORING_NEEDS).check(z.refine((a) => a.length > 0, { error: "chooseAtLeastOne" })),
    needsOther: optionalText(300),
    mentoringLanguage: z.enum(APPLICATION_LANGUAGES, { error: "required" }),
  },
  INCUBATOR: {
    idea: required(3000, true),
    beneficiaries: required(1000, true),
    ideaVoivodeship: z.enum(VOIVODESHIP_CODES, { error: "required" }),
    timeline: required(300),
    budget: plnAmount,
  },
  FORUM: {
    participation: z.enum(FORUM_PARTICIPATION, { error: "required" }),
    topic: optionalText(1000, { multiline: true }),
  },
  FILM_PORTRAIT: {
    initiative: required(2000, true),
    whyShow: required(2000, true),
    // Art. 81 of the Polish copyright act: showing a person's image needs their permission. Stored as consentImageAt.
    consentImage: checkbox,
  },
} as const;

type Issue = { path: string; when: boolean; error: string };

function offerRules(kind: OfferKind, v: Record<string, unknown>): Issue[] {
  switch (kind) {
    case "MENTORING":
      return [{ path: "needsOther", when: (v.needs as string[]).includes("other") && (v.needsOther as string).length < 2, error: "required" }];
    case "FORUM":
      return [{ path: "topic", when: v.participation === "present" && (v.topic as string).length < 2, error: "topicRequired" }];
    case "FILM_PORTRAIT":
      return [{ path: "consentImage", when: v.consentImage !== true, error: "imageConsentRequired" }];
    default:
      return [];
  }
}

function commonRules(v: { organisationMode: string; organisationId: string; organisationName: string }): Issue[] {
  return [
    { path: "organisationId", when: v.organisationMode === "directory" && !/^[0-9a-f-]{36}$/i.test(v.organisationId), error: "chooseOrganisation" },
    { path: "organisationName", when: v.organisationMode === "other" && v.organisationName.length < 2, error: "required" },
  ];
}

function buildSchema<K extends OfferKind>(kind: K) {
  return z.object({ ...commonShape, ...answerShapes[kind] }).check(
    z.superRefine((parsed, ctx) => {
      const v = parsed as Record<string, unknown> & Parameters<typeof commonRules>[0];
      for (const issue of [...commonRules(v), ...offerRules(kind, v)]) {
        if (issue.when) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.error });
      }
    }),
  );
}

export const applicationSchemas = {
  ANIMATORS_COURSE: buildSchema("ANIMATORS_COURSE"),
  MENTORING: buildSchema("MENTORING"),
  INCUBATOR: buildSchema("INCUBATOR"),
  FORUM: buildSchema("FORUM"),
  FILM_PORTRAIT: buildSchema("FILM_PORTRAIT"),
};

type CommonData = z.output<z.ZodMiniObject<typeof commonShape>>;
/** A parsed application: the common fields plus the offer's answers (see `answersOf`). */
export type ApplicationData = CommonData & Record<string, unknown>;

export function applicationSchemaFor(kind: OfferKind): z.ZodMiniType<ApplicationData> {
  return applicationSchemas[kind] as unknown as z.ZodMiniType<ApplicationData>;
}

/** The answers to store: only the offer's questions that apply (the image consent goes to its own column). */
export function answersOf(kind: OfferKind, data: ApplicationData): Record<string, string | number | string[]> {
  const out: Record<string, string | number | string[]> = {};
  for (const key of ANSWER_FIELDS[kind]) {
    const value = data[key];
    if (key === "needsOther" && !(data.needs as string[]).includes("other")) continue;
    if (key === "topic" && data.participation !== "present") continue;
    if (typeof value === "string" || typeof value === "number" || Array.isArray(value)) out[key] = value as string | number | string[];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Field lists, in display order: for the error summary, to keep submitted values, and to read a form post.

/**
 * Answers that tell about a person's or a group's community, so they can reveal national or ethnic origin (GDPR
 * art. 9): an export holds them only when ticked and confirmed (src/features/admin-applications/export-columns.ts).
 */
export const SENSITIVE_ANSWER_FIELDS: ReadonlySet<string> = new Set(["experience", "motivation", "groupDescription", "beneficiaries"]);

// ---------------------------------------------------------------------------------------------------------------
// Follow-up form for accepted applicants of the course and the incubator

const confirmParticipation = checkbox.check(z.refine((v) => v, { error: "confirmRequired" }));

export const followUpSchemas = {
  ANIMATORS_COURSE: z.object({
    confirmParticipation,
    learningGoals: required(2000, true),
    questions: optionalText(2000, { multiline: true }),
  }),
  INCUBATOR: z.object({
    confirmParticipation,
    budgetPlan: required(3000, true),
    partners: optionalText(2000, { multiline: true }),
    questions: optionalText(2000, { multiline: true }),
  }),
};

/** FormData → plain object of `fields` plus the anti-spam fields (first value of each; every value of multi-value fields). */
export function formDataToObject(formData: FormData, fields: readonly string[]) {
  const out: Record<string, unknown> = {};
  for (const field of [...fields, "website", "formToken"]) {
    if (MULTI_VALUE_FIELDS.has(field)) {
      out[field] = formData.getAll(field).filter((v): v is string => typeof v === "string");
      continue;
    }
    const value = formData.get(field);
    if (typeof value === "string") out[field] = value;
  }
  return out;
}

/** Submitted values to put back into the form after an error (never the anti-spam fields). */
export function keptValues(raw: Record<string, unknown>, fields: readonly string[]) {
  const values: Record<string, string | string[]> = {};
  for (const field of fields) {
    const value = raw[field];
    if (typeof value === "string") values[field] = value.slice(0, 3000);
    else if (value === true) values[field] = "on";
    else if (Array.isArray(value)) values[field] = value.filter((v): v is string => typeof v === "string").slice(0, 10).map((v) => v.slice(0, 50));
  }
  return values;
}
