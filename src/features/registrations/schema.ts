import "@/lib/zod-config";
import * as z from "zod/mini";
import { CONTACT_LANGUAGES, GROUP_TYPES, HEARD_FROM, INTERPRETATION_LANGUAGES, ORGANISATION_MODES, VOIVODESHIP_CODES, type RegistrationField } from "./fields";

// One schema for the sign-up form: react-hook-form validates with it in the browser, the server action parses
// with it again. Error messages are keys of the "Validation" messages namespace, translated where shown.
// Written with zod/mini, zod's functional API: the same parsers as `z.string().max()…`, but the browser bundle
// only carries the checks used (the classic API's methods pull all of zod in). docs/decisions/016.

export { CONTACT_LANGUAGES, GROUP_TYPES, HEARD_FROM, INTERPRETATION_LANGUAGES, ORGANISATION_MODES, REGISTRATION_FIELDS, VOIVODESHIP_CODES } from "./fields";
export type { RegistrationField } from "./fields";

// Characters that only serve to disguise text: C0/C1 controls (except tab/newline in long answers),
// bidirectional overrides and zero-width characters.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAK = /[\r\n\t]/;
const DISGUISE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/;
const MARKUP = /<\s*[a-z!/?]|javascript:|data:text\/html/i;

/** What classic zod's `z.preprocess` is (zod/mini has no such export): a transform piped into the schema. */
export const preprocess = <B extends z.core.$ZodType>(fn: (value: unknown) => unknown, schema: B): z.ZodMiniPipe<z.ZodMiniTransform, B> =>
  z.pipe(z.transform(fn), schema);

export function text(max: number, { multiline = false } = {}) {
  return z.pipe(
    z.pipe(z.string({ error: "invalid" }), z.transform((v: string) => v.normalize("NFC").trim())),
    z.string().check(
      z.maxLength(max, { error: "tooLong" }),
      z.refine((v) => !CONTROL.test(v) && (multiline || !LINE_BREAK.test(v)), { error: "invalidCharacters" }),
      z.refine((v) => !DISGUISE.test(v), { error: "invalidCharacters" }),
      z.refine((v) => !MARKUP.test(v), { error: "noMarkup" }),
    ),
  );
}

export const optionalText = (max: number, options?: { multiline?: boolean }) =>
  preprocess((v) => (v === null || v === undefined ? "" : v), text(max, options));

/** Checkboxes arrive as "on" from a plain form post and as booleans from react-hook-form. */
export const checkbox = preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  preprocess((v) => (v === "" || v === null ? undefined : v), z.optional(z.enum(values, { error: "invalidChoice" })));

export const registrationSchema = z
  .object({
    fullName: z.pipe(text(120), z.string().check(z.minLength(2, { error: "required" }))),
    email: z.pipe(text(254), z.email({ error: "email" })),
    phone: optionalText(30).check(z.refine((v) => v === "" || /^\+?[0-9][0-9 ()-]{5,}$/.test(v), { error: "phone" })),
    organisationMode: z.enum(ORGANISATION_MODES, { error: "required" }),
    organisationId: optionalText(36),
    organisationName: optionalText(200),
    roleInOrganisation: optionalText(120),
    community: optionalText(120),
    groupType: optionalEnum(GROUP_TYPES),
    voivodeshipCode: z.enum(VOIVODESHIP_CODES, { error: "required" }),
    city: optionalText(100),
    contactLanguage: z.enum(CONTACT_LANGUAGES, { error: "required" }),
    contactLanguageOther: optionalText(60),
    interpretationNeeded: checkbox,
    interpretationLanguage: optionalEnum(INTERPRETATION_LANGUAGES),
    accessibilityNeeds: optionalText(1000, { multiline: true }),
    expectations: optionalText(2000, { multiline: true }),
    heardFrom: optionalEnum(HEARD_FROM),
    consentProcessing: checkbox.check(z.refine((v) => v, { error: "consentRequired" })),
    consentSensitive: checkbox,
    consentNewsletter: checkbox,
    consentImage: checkbox,
  })
  .check(
    z.superRefine((v, ctx) => {
      const require = (path: string, when: boolean, error = "required") => {
        if (when) ctx.addIssue({ code: "custom", path: [path], message: error });
      };
      require("organisationId", v.organisationMode === "directory" && !/^[0-9a-f-]{36}$/i.test(v.organisationId), "chooseOrganisation");
      require("organisationName", v.organisationMode === "other" && v.organisationName.length < 2);
      require("contactLanguageOther", v.contactLanguage === "other" && v.contactLanguageOther.length < 2);
      require("interpretationLanguage", v.interpretationNeeded && !v.interpretationLanguage, "chooseLanguage");
      // RODO art. 9: sensitive answers only with the separate, explicit consent
      require("consentSensitive", (v.accessibilityNeeds !== "" || v.community !== "") && !v.consentSensitive, "sensitiveConsentRequired");
    }),
  );

export type RegistrationInput = z.input<typeof registrationSchema>;
export type RegistrationData = z.output<typeof registrationSchema>;

/** The fields a person may change later through their manage link (not the e-mail address: it identifies them). */
export const registrationUpdateSchema = registrationSchema;

/** Field errors as message keys: { email: "email" } */
export type FieldErrors = Partial<Record<RegistrationField, string>>;

/** The first error of each field; `F` names the form's fields (the sign-up form's unless given). */
export function fieldErrorsOf<F extends string = RegistrationField>(error: z.core.$ZodError): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as F | undefined;
    if (field && !out[field]) out[field] = issue.message;
  }
  return out;
}

export function normaliseEmail(email: string) {
  return email.normalize("NFC").trim().toLowerCase();
}
