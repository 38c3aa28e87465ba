import "@/lib/zod-config";
import { z } from "zod";
import { INTERPRETATION_LANGUAGES, VOIVODESHIP_CODES } from "@/features/registrations/schema";

export const REGISTRATION_STATUSES = ["PENDING_EMAIL", "CONFIRMED", "WAITLISTED", "CANCELLED", "REJECTED", "ATTENDED", "EXPIRED"] as const;
/** The counts shown per event on the dashboard. */
export const DASHBOARD_STATUSES = ["PENDING_EMAIL", "CONFIRMED", "WAITLISTED", "CANCELLED"] as const;
export const REGISTRATION_SORTS = ["created", "name", "status"] as const;
export const SORT_DIRECTIONS = ["asc", "desc"] as const;
/** "any": everyone who asked for interpretation, whatever the language */
export const INTERPRETATION_FILTERS = ["any", ...INTERPRETATION_LANGUAGES] as const;

export const ADMIN_PAGE_SIZE = 50;

const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), z.string().max(max).optional());

/**
 * The sign-up list's query string (a GET form). Anything unexpected falls back to "no filter" rather than an error,
 * since these are bookmarkable URLs that coordinators edit by hand.
 */
export const registrationListQuerySchema = z.object({
  q: optionalText(100).catch(undefined),
  status: z.enum(REGISTRATION_STATUSES).optional().catch(undefined),
  voivodeship: z.enum(VOIVODESHIP_CODES).optional().catch(undefined),
  interpretation: z.enum(INTERPRETATION_FILTERS).optional().catch(undefined),
  accessibility: z.preprocess((v) => v === "1" || v === "on" || v === "true", z.boolean()).catch(false),
  sort: z.enum(REGISTRATION_SORTS).catch("created").default("created"),
  dir: z.enum(SORT_DIRECTIONS).catch("asc").default("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type RegistrationListQuery = z.infer<typeof registrationListQuerySchema>;

/** Ids in the URL: anything not shaped like a UUID is simply not found (and never reaches PostgreSQL). */
export const idSchema = z.guid();

/** First value of each query parameter (Next gives string | string[]). */
export function firstValues(searchParams: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/** The query string of `query` as it would be linked (defaults left out), optionally on another page. */
export function listQueryString(query: RegistrationListQuery, page = query.page): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  if (query.voivodeship) params.set("voivodeship", query.voivodeship);
  if (query.interpretation) params.set("interpretation", query.interpretation);
  if (query.accessibility) params.set("accessibility", "1");
  if (query.sort !== "created") params.set("sort", query.sort);
  if (query.dir !== "asc") params.set("dir", query.dir);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `?${s}` : "";
}
