import "@/lib/zod-config";
import * as z from "zod/mini";
import { checkbox, optionalText, preprocess, text, VOIVODESHIP_CODES } from "@/features/registrations/schema";
import { DESCRIPTION_FIELDS, JOIN_CHECKBOXES, JOIN_FIELDS, organisationTypes, POSTED_FIELDS, WORKING_LANGUAGES, type JoinValues } from "./fields";

export { DESCRIPTION_FIELDS, JOIN_CHECKBOXES, JOIN_FIELDS, POSTED_FIELDS, WORKING_LANGUAGES } from "./fields";
export type { JoinField, JoinValues } from "./fields";

// One schema for "add your organisation or group": the public form (react-hook-form in the browser and the server
// action), the organisation's own edit through its personal link, and a coordinator's edit. The text rules are
// the sign-up form's (no markup, no control or disguising characters). Error messages are message keys:
// "OrganisationJoin.validation" first, then "Validation". zod/mini, as the sign-up form's schema (docs/decisions/016).

const PHONE = /^\+?[0-9][0-9 ()-]{5,}$/;
const email = z.email();

/** A required answer; a field that was not posted at all says "required" too. */
const required = (max: number) => preprocess((v) => v ?? "", z.pipe(text(max), z.string().check(z.minLength(2, { error: "required" }))));

const optionalPhone = optionalText(30).check(z.refine((v) => v === "" || PHONE.test(v), { error: "phone" }));
const optionalEmail = optionalText(254).check(z.refine((v) => v === "" || email.safeParse(v).success, { error: "email" }));

/** "ukraińska, romska" → ["ukraińska", "romska"]: trimmed, inner spaces collapsed, repeats (any case) dropped. */
export function splitTags(value: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of value.split(/[,;\n]/)) {
    const tag = raw.trim().replace(/\s+/g, " ");
    const key = tag.toLocaleLowerCase("pl");
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

const tagList = (maxItems: number, maxLength: number) =>
  z.pipe(
    z.pipe(optionalText(800, { multiline: true }), z.transform(splitTags)),
    z.array(z.string().check(z.maxLength(maxLength, { error: "tagTooLong" }))).check(z.maxLength(maxItems, { error: "tooManyTags" })),
  );

/** Several checkboxes of one name: nothing, one value or many arrive depending on the client. */
const languageChoices = preprocess(
  (v) => (v === undefined || v === null || v === false || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.enum(WORKING_LANGUAGES, { error: "invalidChoice" }), { error: "invalidChoice" })
    .check(
      z.maxLength(WORKING_LANGUAGES.length, { error: "invalidChoice" }),
      z.refine((a) => new Set(a).size === a.length, { error: "invalidChoice" }),
    ),
);

/** "example.org" is taken as https://example.org; only http(s) addresses with a host name are accepted. */
const websiteUrl = z
  .pipe(
    optionalText(300),
    z.transform((v: string) => (v === "" || /^https?:\/\//i.test(v) ? v : `https://${v}`)),
  )
  .check(
    z.refine((v) => {
      if (v === "") return true;
      try {
        const url = new URL(v);
        return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".") && !/\s/.test(v) && !url.username && !url.password;
      } catch {
        return false;
      }
    }, { error: "website" }),
  );

export const organisationJoinSchema = z
  .object({
    name: required(200),
    type: z.enum(organisationTypes, { error: "required" }),
    communities: tagList(10, 60),
    languages: languageChoices,
    languagesOther: tagList(5, 30).check(z.refine((a) => a.every((l) => /^[\p{L} -]{2,}$/u.test(l)), { error: "languageName" })),
    voivodeshipCode: z.enum(VOIVODESHIP_CODES, { error: "required" }),
    city: required(100),
    descriptionPl: optionalText(3000, { multiline: true }),
    descriptionUk: optionalText(3000, { multiline: true }),
    descriptionEn: optionalText(3000, { multiline: true }),
    websiteUrl,
    publicEmail: optionalEmail,
    publicPhone: optionalPhone,
    publishContact: checkbox,
    contactPersonName: required(120),
    contactPersonEmail: preprocess((v) => v ?? "", z.pipe(text(254), z.email({ error: "email" }))),
    contactPersonPhone: optionalPhone,
    consentProcessing: checkbox.check(z.refine((v) => v, { error: "consentRequired" })),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (DESCRIPTION_FIELDS.every((f) => !v[f])) ctx.addIssue({ code: "custom", path: ["description"], message: "descriptionRequired" });
      // Public contact is published only with this consent, and is not kept without it (data minimisation).
      if (!v.publishContact && (v.websiteUrl || v.publicEmail || v.publicPhone)) {
        ctx.addIssue({ code: "custom", path: ["publishContact"], message: "publishConsentRequired" });
      }
      // also while other answers are still wrong, so that the form shows every error at once
    }, { when: (payload) => typeof payload.value === "object" && payload.value !== null }),
  );

export type OrganisationJoinInput = z.input<typeof organisationJoinSchema>;
export type OrganisationJoinData = z.output<typeof organisationJoinSchema>;

/** FormData → plain object of the form's fields plus the anti-spam fields (every value of "languages"). */
export function joinFormDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of [...POSTED_FIELDS, "website", "formToken"]) {
    if (field === "languages") {
      out[field] = formData.getAll(field).filter((v) => typeof v === "string");
      continue;
    }
    const value = formData.get(field);
    if (typeof value === "string") out[field] = value;
  }
  return out;
}

/** The submitted values to put back into the form after an error (never the anti-spam fields). */
export function keptJoinValues(raw: Record<string, unknown>): JoinValues {
  const values: JoinValues = {};
  for (const field of POSTED_FIELDS) {
    const value = raw[field];
    if (typeof value === "string") values[field] = value.slice(0, 3000);
    else if (value === true) values[field] = "on";
    else if (Array.isArray(value)) values[field] = value.filter((v): v is string => typeof v === "string").slice(0, 20).map((v) => v.slice(0, 20));
  }
  return values;
}

/** A stored organisation as form values (edit through the personal link, or by a coordinator). */
export function joinValuesOf(row: {
  name: string;
  type: string;
  communities: string[];
  languages: string[];
  voivodeshipCode: string;
  city: string;
  descriptionPl: string | null;
  descriptionUk: string | null;
  descriptionEn: string | null;
  website: string | null;
  publicEmail: string | null;
  publicPhone: string | null;
  publishContact: boolean;
  contactPersonName: string | null;
  contactPersonEmail: string | null;
  contactPersonPhone: string | null;
}): JoinValues {
  const known = (l: string) => (WORKING_LANGUAGES as readonly string[]).includes(l);
  return {
    name: row.name,
    type: row.type,
    communities: row.communities.join(", "),
    languages: row.languages.filter(known),
    languagesOther: row.languages.filter((l) => !known(l)).join(", "),
    voivodeshipCode: row.voivodeshipCode,
    city: row.city,
    descriptionPl: row.descriptionPl ?? "",
    descriptionUk: row.descriptionUk ?? "",
    descriptionEn: row.descriptionEn ?? "",
    websiteUrl: row.website ?? "",
    publicEmail: row.publicEmail ?? "",
    publicPhone: row.publicPhone ?? "",
    publishContact: row.publishContact ? "on" : "",
    contactPersonName: row.contactPersonName ?? "",
    contactPersonEmail: row.contactPersonEmail ?? "",
    contactPersonPhone: row.contactPersonPhone ?? "",
    consentProcessing: "on",
  };
}

/** The columns written from a parsed form (the same for a new submission and for edits). */
export function organisationColumns(data: OrganisationJoinData) {
  const languages = [...data.languages, ...data.languagesOther.map((l) => l.toLocaleLowerCase("pl"))];
  return {
    name: data.name,
    type: data.type,
    communities: data.communities,
    languages: [...new Set(languages)],
    voivodeshipCode: data.voivodeshipCode,
    city: data.city,
    descriptionPl: data.descriptionPl || null,
    descriptionUk: data.descriptionUk || null,
    descriptionEn: data.descriptionEn || null,
    website: data.websiteUrl || null,
    publicEmail: data.publicEmail || null,
    publicPhone: data.publicPhone || null,
    publishContact: data.publishContact && Boolean(data.websiteUrl || data.publicEmail || data.publicPhone),
    contactPersonName: data.contactPersonName,
    contactPersonEmail: data.contactPersonEmail,
    contactPersonPhone: data.contactPersonPhone || null,
  };
}
