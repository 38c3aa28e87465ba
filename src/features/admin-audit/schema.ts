import "@/lib/zod-config";
import { z } from "zod";
import { TIME_ZONE } from "@/lib/dates";
import { VOIVODESHIP_CODES } from "@/features/registrations/schema";

const searchText = (max: number) => z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), z.string().max(max).optional());
const day = z.preprocess((v) => (v === "" ? undefined : v), z.iso.date().optional());

/**
 * The audit log search's query string (a GET form). Bookmarkable and edited by hand, so anything malformed falls back
 * to "no filter" — except a date range that ends before it starts, which the page reports.
 */
export const auditQuerySchema = z.object({
  /** part of the actor's label: a user's e-mail, "system" or "registrant" */
  actor: searchText(254).catch(undefined),
  /** an action ("registration.view") or the start of one ("registration" finds every registration.*) */
  action: z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), z.string().regex(/^[\w.-]+$/).max(64).optional()).catch(undefined),
  entityType: z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), z.string().regex(/^[\w-]+$/).max(64).optional()).catch(undefined),
  entityId: searchText(64).catch(undefined),
  voivodeship: z.enum(VOIVODESHIP_CODES).optional().catch(undefined),
  /** calendar days in Warsaw, both included */
  from: day.catch(undefined),
  to: day.catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;

export function auditQueryString(query: AuditQuery, page = query.page): string {
  const params = new URLSearchParams();
  for (const key of ["actor", "action", "entityType", "entityId", "voivodeship", "from", "to"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** How far Warsaw's clock is ahead of UTC at `instant`, in milliseconds. */
function warsawOffsetMs(instant: Date) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a Warsaw calendar day (YYYY-MM-DD) begins. */
export function warsawDayStart(dayText: string): Date {
  const [y = 1970, m = 1, d = 1] = dayText.split("-").map(Number);
  const midnightUtc = Date.UTC(y, m - 1, d);
  const first = midnightUtc - warsawOffsetMs(new Date(midnightUtc));
  // across a DST change the offset at the result may differ from the guess
  return new Date(midnightUtc - warsawOffsetMs(new Date(first)));
}

/** The instant after a Warsaw calendar day ends (the next day's start). */
export function warsawDayEnd(dayText: string): Date {
  const start = warsawDayStart(dayText);
  return warsawDayStart(new Date(start.getTime() + 36 * 3600_000).toISOString().slice(0, 10));
}
