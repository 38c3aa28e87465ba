import type { RegistrationInput } from "./schema";

// The sign-up form's choices and field names, without zod: the form's first JavaScript needs these, while zod and
// the schema are loaded only when the form first validates (src/lib/lazy-resolver.ts, docs/decisions/017).

export const VOIVODESHIP_CODES = [
  "PL-DS", "PL-KP", "PL-LB", "PL-LD", "PL-LU", "PL-MA", "PL-MZ", "PL-OP",
  "PL-PD", "PL-PK", "PL-PM", "PL-SK", "PL-SL", "PL-WN", "PL-WP", "PL-ZP",
] as const;
export const GROUP_TYPES = ["MIGRANT_GROUP", "NATIONAL_MINORITY", "ETHNIC_MINORITY", "STATUTORY_MINORITY_ORGANISATION", "OTHER"] as const;
export const CONTACT_LANGUAGES = ["pl", "uk", "en", "other"] as const;
/** Languages we can try to arrange interpretation into; "pjm" is Polish Sign Language. */
export const INTERPRETATION_LANGUAGES = ["uk", "en", "ru", "be", "ka", "hy", "vi", "ar", "rom", "pjm"] as const;
export const ORGANISATION_MODES = ["directory", "other", "none"] as const;
export const HEARD_FROM = ["partner", "social", "friend", "newsletter", "event", "other"] as const;

/** Form field names in display order; used for the error summary and to keep submitted values. */
export const REGISTRATION_FIELDS = [
  "fullName", "email", "phone", "organisationMode", "organisationId", "organisationName", "roleInOrganisation",
  "groupType", "community", "voivodeshipCode", "city", "contactLanguage", "contactLanguageOther",
  "interpretationNeeded", "interpretationLanguage", "accessibilityNeeds", "expectations", "heardFrom",
  "consentProcessing", "consentSensitive", "consentNewsletter", "consentImage",
] as const satisfies ReadonlyArray<keyof RegistrationInput>;

export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];

