// The organisation forms' choices and field names, without zod: the join form's first JavaScript needs these, while
// zod and the schema are loaded only when the form first validates (src/lib/lazy-resolver.ts, docs/decisions/017).

export const organisationTypes = ["NGO", "INFORMAL_GROUP", "STATUTORY_MINORITY_ORGANISATION", "MIGRANT_ORGANISATION"] as const;

/** Working languages offered as checkboxes (labels: the "Languages" messages); others are typed in. */
export const WORKING_LANGUAGES = ["pl", "uk", "en", "ru", "be", "de", "lt", "ka", "hy", "vi", "ar", "rom", "csb", "pjm"] as const;
export const DESCRIPTION_FIELDS = ["descriptionPl", "descriptionUk", "descriptionEn"] as const;

/** Form fields in display order ("description" names the group of the three descriptions, for its error). */
export const JOIN_FIELDS = [
  "name", "type", "communities", "languages", "languagesOther", "voivodeshipCode", "city",
  "description", ...DESCRIPTION_FIELDS, "websiteUrl", "publicEmail", "publicPhone", "publishContact",
  "contactPersonName", "contactPersonEmail", "contactPersonPhone", "consentProcessing",
] as const;

export type JoinField = (typeof JOIN_FIELDS)[number];

/** The fields a form posts (everything but the "description" group). */
export const POSTED_FIELDS = JOIN_FIELDS.filter((f) => f !== "description");
export const JOIN_CHECKBOXES: ReadonlySet<string> = new Set(["publishContact", "consentProcessing"]);

export type JoinValues = Record<string, string | string[]>;
