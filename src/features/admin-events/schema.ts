import "@/lib/zod-config";
import * as z from "zod/mini";
import { checkbox, optionalText, preprocess, text, VOIVODESHIP_CODES } from "@/features/registrations/schema";
import { fromWarsawLocal, toWarsawLocal } from "@/lib/warsaw-time";

// Inputs of the coordinators' event management (src/features/admin-events/data.ts), shared by the forms
// (react-hook-form in the browser) and the server actions. Error messages are message keys: "AdminEvents.validation"
// first, then "Validation". zod/mini, as the public forms' schemas (docs/decisions/016).

export const EVENT_FORMATS = ["ONLINE", "ONSITE", "HYBRID"] as const;
export const EVENT_STATUSES = ["DRAFT", "PUBLISHED", "CANCELLED"] as const;
/** Languages a meeting is held in (labels: the "Languages" messages). */
export const MEETING_LANGUAGES = ["pl", "uk", "en", "ru", "be", "pjm"] as const;
export const TEXT_LOCALES = ["Pl", "Uk", "En"] as const;
export const EVENT_LIST_VIEWS = ["upcoming", "past", "drafts"] as const;
export type EventListView = (typeof EVENT_LIST_VIEWS)[number];

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const CAPACITY_MAX = 100_000;

/** A required text; a field that was not posted at all says "required" too. */
const required = (max: number, options?: { multiline?: boolean }) =>
  preprocess((v) => v ?? "", z.pipe(text(max, options), z.string().check(z.minLength(2, { error: "required" }))));

/** A datetime-local value on Warsaw's clock → the UTC instant; "" → null when optional. */
const warsawTime = (optional: boolean) =>
  preprocess(
    (v) => (typeof v === "string" ? v.trim() : v ?? ""),
    z.pipe(
      z.string({ error: "invalidDate" }),
      z.transform((v: string, ctx) => {
        if (v === "") {
          if (!optional) ctx.issues.push({ code: "custom", message: "required", input: v });
          return null;
        }
        const instant = fromWarsawLocal(v);
        if (!instant) ctx.issues.push({ code: "custom", message: "invalidDate", input: v });
        return instant;
      }),
    ),
  );

const onlineUrl = optionalText(500).check(
  z.refine((v) => {
    if (v === "") return true;
    try {
      const url = new URL(v);
      return url.protocol === "https:" && url.hostname.includes(".") && !/\s/.test(v) && !url.username && !url.password;
    } catch {
      return false;
    }
  }, { error: "onlineUrl" }),
);

/** "" = no limit; otherwise a whole number of places. */
const capacity = preprocess(
  (v) => (v === null || v === undefined ? "" : typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : v),
  z
    .pipe(
      z.string({ error: "capacity" }).check(z.regex(/^\d{0,6}$/, { error: "capacity" })),
      z.transform((v: string) => (v === "" ? null : Number(v))),
    )
    .check(z.refine((v) => v === null || (v >= 1 && v <= CAPACITY_MAX), { error: "capacity" })),
);

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  preprocess((v) => (v === "" || v === null || v === undefined ? null : v), z.nullable(z.enum(values, { error: "invalidChoice" })));

/** The event form: pl/uk/en texts (Polish required), times on Warsaw's clock, place, places and region. */
export const eventFormSchema = z
  .object({
    titlePl: required(200),
    titleUk: optionalText(200),
    titleEn: optionalText(200),
    summaryPl: required(600, { multiline: true }),
    summaryUk: optionalText(600, { multiline: true }),
    summaryEn: optionalText(600, { multiline: true }),
    bodyPl: required(10_000, { multiline: true }),
    bodyUk: optionalText(10_000, { multiline: true }),
    bodyEn: optionalText(10_000, { multiline: true }),
    /** empty: made from the Polish title */
    slug: z
      .pipe(optionalText(80), z.transform((v: string) => v.toLowerCase()))
      .check(z.refine((v) => v === "" || SLUG_PATTERN.test(v), { error: "slugFormat" })),
    startsAt: warsawTime(false),
    endsAt: warsawTime(false),
    format: z.enum(EVENT_FORMATS, { error: "required" }),
    venueName: optionalText(200),
    venueAddress: optionalText(300, { multiline: true }),
    onlineMeetingUrl: onlineUrl,
    capacity,
    registrationOpensAt: warsawTime(true),
    registrationClosesAt: warsawTime(true),
    meetingLanguage: z.enum(MEETING_LANGUAGES, { error: "invalidChoice" }),
    interpretationOffered: checkbox,
    voivodeshipCode: optionalChoice(VOIVODESHIP_CODES),
    offerId: preprocess((v) => (v === "" || v === null || v === undefined ? null : v), z.nullable(z.guid({ error: "invalidChoice" }))),
  })
  .check(
    z.superRefine((v, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      if (v.startsAt && v.endsAt && v.endsAt <= v.startsAt) issue("endsAt", "endBeforeStart");
      if (v.format !== "ONLINE" && (v.venueName ?? "").length < 2) issue("venueName", "venueRequired");
      if (v.registrationOpensAt && v.registrationClosesAt && v.registrationClosesAt <= v.registrationOpensAt) issue("registrationClosesAt", "closesBeforeOpens");
      if (v.registrationClosesAt && v.endsAt && v.registrationClosesAt > v.endsAt) issue("registrationClosesAt", "closesAfterEnd");
      if (v.registrationOpensAt && v.startsAt && v.registrationOpensAt >= v.startsAt) issue("registrationOpensAt", "opensAfterStart");
      // also while other answers are still wrong, so that the form shows every error at once
    }, { when: (payload) => typeof payload.value === "object" && payload.value !== null }),
  );

export type EventFormInput = z.input<typeof eventFormSchema>;
export type EventFormData = z.output<typeof eventFormSchema>;

/** Form fields in display order (for the error summary and for keeping what was typed after an error). */
export const EVENT_FIELDS = [
  "titlePl", "titleUk", "titleEn", "summaryPl", "summaryUk", "summaryEn", "bodyPl", "bodyUk", "bodyEn", "slug",
  "startsAt", "endsAt", "format", "venueName", "venueAddress", "onlineMeetingUrl", "capacity",
  "registrationOpensAt", "registrationClosesAt", "meetingLanguage", "interpretationOffered", "voivodeshipCode", "offerId",
] as const satisfies ReadonlyArray<keyof EventFormInput>;

export type EventField = (typeof EVENT_FIELDS)[number];
/** What a form shows and posts: every field as a string ("on" / "" for the checkbox). */
export type EventFormValues = Partial<Record<EventField, string>>;

/** FormData → the form's fields as strings. */
export function eventFormDataToObject(formData: FormData): EventFormValues {
  const out: EventFormValues = {};
  for (const field of EVENT_FIELDS) {
    const value = formData.get(field);
    if (typeof value === "string") out[field] = value.slice(0, 12_000);
  }
  return out;
}

/** A stored event as form values (times on Warsaw's clock). */
export function eventFormValuesOf(row: {
  slug: string;
  titlePl: string; titleUk: string | null; titleEn: string | null;
  summaryPl: string; summaryUk: string | null; summaryEn: string | null;
  bodyPl: string; bodyUk: string | null; bodyEn: string | null;
  startsAt: Date; endsAt: Date; format: string;
  venueName: string | null; venueAddress: string | null; onlineMeetingUrl: string | null; capacity: number | null;
  registrationOpensAt: Date | null; registrationClosesAt: Date | null;
  meetingLanguage: string; interpretationOffered: boolean; voivodeshipCode: string | null; offerId: string | null;
}): EventFormValues {
  return {
    titlePl: row.titlePl, titleUk: row.titleUk ?? "", titleEn: row.titleEn ?? "",
    summaryPl: row.summaryPl, summaryUk: row.summaryUk ?? "", summaryEn: row.summaryEn ?? "",
    bodyPl: row.bodyPl, bodyUk: row.bodyUk ?? "", bodyEn: row.bodyEn ?? "",
    slug: row.slug,
    startsAt: toWarsawLocal(row.startsAt),
    endsAt: toWarsawLocal(row.endsAt),
    format: row.format,
    venueName: row.venueName ?? "",
    venueAddress: row.venueAddress ?? "",
    onlineMeetingUrl: row.onlineMeetingUrl ?? "",
    capacity: row.capacity === null ? "" : String(row.capacity),
    registrationOpensAt: row.registrationOpensAt ? toWarsawLocal(row.registrationOpensAt) : "",
    registrationClosesAt: row.registrationClosesAt ? toWarsawLocal(row.registrationClosesAt) : "",
    meetingLanguage: row.meetingLanguage,
    interpretationOffered: row.interpretationOffered ? "on" : "",
    voivodeshipCode: row.voivodeshipCode ?? "",
    offerId: row.offerId ?? "",
  };
}

/** The columns written from a parsed form (the slug is decided by the DAL). */
export function eventColumns(data: EventFormData) {
  return {
    titlePl: data.titlePl,
    titleUk: data.titleUk || null,
    titleEn: data.titleEn || null,
    summaryPl: data.summaryPl,
    summaryUk: data.summaryUk || null,
    summaryEn: data.summaryEn || null,
    bodyPl: data.bodyPl,
    bodyUk: data.bodyUk || null,
    bodyEn: data.bodyEn || null,
    startsAt: data.startsAt!,
    endsAt: data.endsAt!,
    format: data.format,
    venueName: data.format === "ONLINE" ? data.venueName || null : data.venueName,
    venueAddress: data.venueAddress || null,
    // an on-site meeting has no online link: never keep one that could leak into a mail
    onlineMeetingUrl: data.format === "ONSITE" ? null : data.onlineMeetingUrl || null,
    capacity: data.capacity,
    registrationOpensAt: data.registrationOpensAt,
    registrationClosesAt: data.registrationClosesAt,
    meetingLanguage: data.meetingLanguage,
    interpretationOffered: data.interpretationOffered,
    voivodeshipCode: data.voivodeshipCode,
    offerId: data.offerId,
  };
}

/** Cancelling a meeting: an explicit confirmation, and optional words for the mail to everyone signed up. */
export const cancelEventSchema = z.object({
  confirm: checkbox.check(z.refine((v) => v, { error: "confirmCancel" })),
  message: optionalText(2000, { multiline: true }),
});

/** The registration statuses a message can go to. */
export const MESSAGE_STATUSES = ["CONFIRMED", "WAITLISTED", "PENDING_EMAIL", "ATTENDED"] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** Several checkboxes of one name: nothing, one value or many arrive depending on the client. */
const statusChoices = preprocess(
  (v) => (v === undefined || v === null || v === false || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .pipe(
      z
        .array(z.enum(MESSAGE_STATUSES, { error: "invalidChoice" }), { error: "invalidChoice" })
        .check(z.maxLength(MESSAGE_STATUSES.length, { error: "invalidChoice" })),
      z.transform((a: MessageStatus[]) => MESSAGE_STATUSES.filter((s) => a.includes(s))),
    )
    .check(z.refine((a) => a.length > 0, { error: "chooseStatus" })),
);

/** Who gets a message: registrants in these statuses, optionally only those who asked for interpretation. */
export const messageAudienceSchema = z.object({
  statuses: statusChoices,
  interpretationOnly: checkbox,
});
export type MessageAudience = z.output<typeof messageAudienceSchema>;

/** A message to an event's registrants: Polish required; a Ukrainian or English version needs both its parts. */
export const eventMessageSchema = z
  .extend(messageAudienceSchema, {
    subjectPl: required(200),
    bodyPl: required(5000, { multiline: true }),
    subjectUk: optionalText(200),
    bodyUk: optionalText(5000, { multiline: true }),
    subjectEn: optionalText(200),
    bodyEn: optionalText(5000, { multiline: true }),
  })
  .check(
    z.superRefine((v, ctx) => {
      for (const l of ["Uk", "En"] as const) {
        const subject = v[`subject${l}`] ?? "";
        const body = v[`body${l}`] ?? "";
        if (subject && !body) ctx.addIssue({ code: "custom", path: [`body${l}`], message: "translationIncomplete" });
        if (body && !subject) ctx.addIssue({ code: "custom", path: [`subject${l}`], message: "translationIncomplete" });
      }
    }, { when: (payload) => typeof payload.value === "object" && payload.value !== null }),
  );

export type EventMessageData = z.output<typeof eventMessageSchema>;

export const MESSAGE_FIELDS = ["statuses", "interpretationOnly", "subjectPl", "bodyPl", "subjectUk", "bodyUk", "subjectEn", "bodyEn"] as const;
export type MessageField = (typeof MESSAGE_FIELDS)[number];
export type MessageFormValues = { statuses?: string[] } & Partial<Record<Exclude<MessageField, "statuses">, string>>;

export function messageFormDataToObject(formData: FormData): MessageFormValues {
  const out: MessageFormValues = { statuses: formData.getAll("statuses").filter((v): v is string => typeof v === "string").slice(0, 10) };
  for (const field of MESSAGE_FIELDS) {
    if (field === "statuses") continue;
    const value = formData.get(field);
    if (typeof value === "string") out[field] = value.slice(0, 6000);
  }
  return out;
}

/** The admin events list's query string: anything unexpected falls back to the default. */
export const eventListQuerySchema = z.object({
  view: z._default(z.catch(z.enum(EVENT_LIST_VIEWS), "upcoming"), "upcoming"),
});

/** Title suffixes of a duplicated event, per language of the title. */
export const COPY_SUFFIX = { Pl: " (kopia)", Uk: " (копія)", En: " (copy)" } as const;
