import "@/lib/zod-config";
import { z } from "zod";
import { VOIVODESHIP_CODES } from "@/features/registrations/schema";

// The report pack's query string (a GET form, bookmarkable): one event, or the events starting in a period (Warsaw
// calendar days, both ends included), optionally narrowed to one voivodeship, optionally with the attendance list.

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v));
const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const REPORT_ERRORS = ["choose", "invalidPeriod"] as const;
export type ReportError = (typeof REPORT_ERRORS)[number];

export const reportQuerySchema = z.object({
  event: z.preprocess(emptyAsUndefined, z.guid().optional()).catch(undefined),
  from: z.preprocess(emptyAsUndefined, day.optional()).catch(undefined),
  to: z.preprocess(emptyAsUndefined, day.optional()).catch(undefined),
  voivodeship: z.preprocess(emptyAsUndefined, z.enum(VOIVODESHIP_CODES).optional()).catch(undefined),
  attendance: z.preprocess((v) => v === "1" || v === "on" || v === "true", z.boolean()).catch(false),
});

export type ReportQuery = z.infer<typeof reportQuerySchema>;

/** What a report covers: one event (the period is then ignored), or a period open at either end. */
export type ReportSelection =
  | { kind: "event"; eventId: string; voivodeship?: string }
  | { kind: "period"; from?: string; to?: string; voivodeship?: string };

/** The selection a query asks for, or why there is none (nothing chosen yet, or a period ending before it starts). */
export function reportSelection(query: ReportQuery): { ok: true; selection: ReportSelection } | { ok: false; error: ReportError } {
  const { voivodeship } = query;
  if (query.event) return { ok: true, selection: { kind: "event", eventId: query.event, voivodeship } };
  if (!query.from && !query.to) return { ok: false, error: "choose" };
  if (query.from && query.to && query.from > query.to) return { ok: false, error: "invalidPeriod" };
  return { ok: true, selection: { kind: "period", from: query.from, to: query.to, voivodeship } };
}

/** The query string of a report (for the CSV link and the form's links), defaults left out. */
export function reportQueryString(query: Partial<ReportQuery>): string {
  const params = new URLSearchParams();
  if (query.event) params.set("event", query.event);
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  if (query.voivodeship) params.set("voivodeship", query.voivodeship);
  if (query.attendance) params.set("attendance", "1");
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** Sign-ups counted in each breakdown column. "signedUp": every sign-up whose e-mail address was confirmed. */
export const REPORT_MEASURES = {
  signedUp: ["CONFIRMED", "WAITLISTED", "CANCELLED", "REJECTED", "ATTENDED"],
  confirmed: ["CONFIRMED", "ATTENDED"],
  attended: ["ATTENDED"],
} as const;
export type ReportMeasure = keyof typeof REPORT_MEASURES;
export const REPORT_MEASURE_IDS = Object.keys(REPORT_MEASURES) as ReportMeasure[];

/** The breakdowns of a report: by the person's own voivodeship, group type, contact language, interpretation language. */
export const REPORT_DIMENSIONS = ["voivodeship", "groupType", "contactLanguage", "interpretationLanguage"] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];
