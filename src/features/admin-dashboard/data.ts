import "server-only";
import type { Prisma, RegistrationStatus } from "@/generated/prisma/client";
import { idSchema, REGISTRATION_STATUSES } from "@/features/admin-registrations/schema";
import type { StatusCounts } from "@/features/admin-registrations/data";
import { placesLeft } from "@/features/events/registration-state";
import { HOLDS_PLACE } from "@/features/registrations/data";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { requireCoordinator, type CurrentUser } from "@/server/session";
import type { DayCount } from "./chart";
import { ACTIVE_STATUSES, needsInterpreterAlert, type DashboardFilters } from "./schema";
import { selectionEventWhere, selectionSql, type SelectionEvent } from "./scope";

// The coordinators' overview: counts over the sign-ups in the user's scope (docs/decisions/006-region-scope.md),
// optionally of one event and/or one voivodeship. Every figure is a GROUP BY or COUNT in PostgreSQL over the
// (eventId, …) indexes; no sign-up row is loaded into JavaScript, so it stays fast with 100 000 sign-ups
// (bench/admin-dashboard.mjs). No personal data leaves this module, only numbers and event titles.

export const eventOptionSelect = {
  id: true,
  slug: true,
  titlePl: true,
  titleUk: true,
  titleEn: true,
  startsAt: true,
  endsAt: true,
  capacity: true,
  voivodeshipCode: true,
} satisfies Prisma.EventSelect;

export type EventOption = Prisma.EventGetPayload<{ select: typeof eventOptionSelect }>;

/** The events in the user's scope, latest first: the choices of the dashboard's and the report pack's event filter. */
export async function listEventOptions(): Promise<EventOption[]> {
  const user = await requireCoordinator();
  return db.event.findMany({ where: selectionEventWhere(user), orderBy: [{ startsAt: "desc" }, { id: "asc" }], select: eventOptionSelect });
}

export type LanguageCount = { language: string; count: number; alert: boolean };

export type DashboardOverview = {
  /** the chosen event, or null for every event in the selection */
  event: EventOption | null;
  voivodeship: string | null;
  /** events counted */
  eventCount: number;
  counts: StatusCounts;
  total: number;
  /** free places: of the chosen event, or summed over the upcoming events with a limit; null when none has one */
  placesLeft: number | null;
  /**
   * whether places could be counted for every limited event: a coordinator counts only their own people for
   * coalition-wide events, so those events' places are for admins (docs/decisions/006-region-scope.md)
   */
  placesPartial: boolean;
  /** interpretation languages asked for by active sign-ups, most requested first */
  languages: LanguageCount[];
  threshold: number;
  /** active sign-ups that state accessibility needs (the needs themselves are not read) */
  accessibilityCount: number;
  /** all sign-ups received per calendar day in Warsaw, oldest first */
  timeline: DayCount[];
};

const emptyCounts = (): StatusCounts => Object.fromEntries(REGISTRATION_STATUSES.map((s) => [s, 0])) as StatusCounts;

/** The alert threshold of the interpretation languages (INTERPRETATION_ALERT_THRESHOLD, default 5). */
export const interpretationAlertThreshold = () => env.INTERPRETATION_ALERT_THRESHOLD;

/**
 * The overview of the sign-ups the user may see, narrowed by the filters. Null when the chosen event does not exist
 * or is outside the user's scope (the same answer for both). A voivodeship outside a coordinator's scope gives zeros.
 */
export async function getDashboardOverview(filters: DashboardFilters, now = new Date()): Promise<DashboardOverview | null> {
  const user = await requireCoordinator();
  if (filters.event && !idSchema.safeParse(filters.event).success) return null;
  const voivodeship = filters.voivodeship;
  const events = await db.event.findMany({
    where: { AND: [selectionEventWhere(user, voivodeship), filters.event ? { id: filters.event } : {}] },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    select: eventOptionSelect,
  });
  if (filters.event && !events.length) {
    // the event exists in scope but not in the chosen voivodeship: an empty selection, not a 404
    const inScope = await db.event.findFirst({ where: { AND: [{ id: filters.event }, selectionEventWhere(user)] }, select: eventOptionSelect });
    if (!inScope) return null;
    return emptyOverview(inScope, voivodeship ?? null);
  }
  // places are counted over the whole event, and only where the user sees the whole event
  const placeEvents = events.filter((e) => e.capacity !== null && (user.isAdmin || e.voivodeshipCode !== null));
  const [groups, taken, timeline] = await Promise.all([
    countGroups(user, events, voivodeship),
    placeEvents.length
      ? db.registration.groupBy({ by: ["eventId"], where: { eventId: { in: placeEvents.map((e) => e.id) }, status: { in: HOLDS_PLACE } }, _count: { _all: true } })
      : Promise.resolve([]),
    countPerDay(user, events, voivodeship),
  ]);

  const counts = emptyCounts();
  const languageCounts = new Map<string, number>();
  let accessibilityCount = 0;
  for (const g of groups) {
    counts[g.status] += g.count;
    if (!(ACTIVE_STATUSES as readonly string[]).includes(g.status)) continue;
    if (g.interpretation) languageCounts.set(g.language ?? "unspecified", (languageCounts.get(g.language ?? "unspecified") ?? 0) + g.count);
    if (g.accessibility) accessibilityCount += g.count;
  }
  const takenBy = new Map(taken.map((g) => [g.eventId, g._count._all]));
  const counted = filters.event ? placeEvents : placeEvents.filter((e) => e.endsAt >= now);
  const limited = (filters.event ? events : events.filter((e) => e.endsAt >= now)).filter((e) => e.capacity !== null);
  const left = counted.map((e) => placesLeft(e.capacity, takenBy.get(e.id) ?? 0) ?? 0);
  const threshold = interpretationAlertThreshold();

  return {
    event: filters.event ? events[0]! : null,
    voivodeship: voivodeship ?? null,
    eventCount: events.length,
    counts,
    total: Object.values(counts).reduce((a, b) => a + b, 0),
    placesLeft: left.length ? left.reduce((a, b) => a + b, 0) : null,
    placesPartial: counted.length < limited.length,
    languages: [...languageCounts]
      .map(([language, count]) => ({ language, count }))
      .sort((a, b) => b.count - a.count || a.language.localeCompare(b.language))
      .map((l) => ({ ...l, alert: needsInterpreterAlert(l.count, threshold) })),
    threshold,
    accessibilityCount,
    timeline,
  };
}

function emptyOverview(event: EventOption, voivodeship: string | null): DashboardOverview {
  return {
    event,
    voivodeship,
    eventCount: 0,
    counts: emptyCounts(),
    total: 0,
    placesLeft: null,
    placesPartial: false,
    languages: [],
    threshold: interpretationAlertThreshold(),
    accessibilityCount: 0,
    timeline: [],
  };
}

type Group = { status: RegistrationStatus; interpretation: boolean; language: string | null; accessibility: boolean; count: number };

/**
 * The selection's sign-ups by status, interpretation language and whether accessibility needs were stated: one scan
 * and a few dozen groups at most, from which the status counts, the languages and the accessibility count are summed.
 * (Three separate GROUP BYs read the rows three times; with 100 000 sign-ups this one is about twice as fast.)
 */
async function countGroups(user: CurrentUser, events: SelectionEvent[], voivodeship?: string): Promise<Group[]> {
  if (!events.length) return [];
  const rows = await db.$queryRaw<Group[]>`
    SELECT r.status::text AS status,
           r."interpretationNeeded" AS interpretation,
           CASE WHEN r."interpretationNeeded" THEN r."interpretationLanguage" END AS language,
           (r."accessibilityNeeds" IS NOT NULL AND r."accessibilityNeeds" <> '') AS accessibility,
           count(*)::int AS count
    FROM "Registration" r
    WHERE ${selectionSql(user, events, voivodeship)}
    GROUP BY 1, 2, 3, 4`;
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** Sign-ups per calendar day in Warsaw: one GROUP BY over the (eventId, createdAt) index, a row per day. */
async function countPerDay(user: CurrentUser, events: SelectionEvent[], voivodeship?: string): Promise<DayCount[]> {
  if (!events.length) return [];
  // grouped by the date itself, formatted only once per day
  const rows = await db.$queryRaw<Array<{ day: string; count: number }>>`
    SELECT to_char(d, 'YYYY-MM-DD') AS day, n AS count
    FROM (
      SELECT (r."createdAt" AT TIME ZONE 'Europe/Warsaw')::date AS d, count(*)::int AS n
      FROM "Registration" r
      WHERE ${selectionSql(user, events, voivodeship)}
      GROUP BY 1
    ) days
    ORDER BY d`;
  return rows.map((r) => ({ day: r.day, count: Number(r.count) }));
}
