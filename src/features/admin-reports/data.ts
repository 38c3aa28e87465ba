import "server-only";
import type { Prisma, RegistrationStatus } from "@/generated/prisma/client";
import { idSchema, REGISTRATION_STATUSES } from "@/features/admin-registrations/schema";
import type { StatusCounts } from "@/features/admin-registrations/data";
import { selectionEventWhere, selectionSql, selectionWhere } from "@/features/admin-dashboard/scope";
import { recordAudit } from "@/features/audit/data";
import { db } from "@/server/db";
import { requireCoordinator, type CurrentUser } from "@/server/session";
import { periodRange } from "./period";
import { REPORT_DIMENSIONS, REPORT_MEASURE_IDS, REPORT_MEASURES, type ReportDimension, type ReportMeasure, type ReportSelection } from "./schema";

// The report pack for funders: counts of an event's (or a period's) sign-ups by voivodeship, group, language and
// status, and, only when asked for, the attendance list (names and organisations, nothing more). Scoped like the
// dashboard (src/features/admin-dashboard/scope.ts): a coordinator's report never counts another region's people.
// Counts are one GROUP BY GROUPING SETS in PostgreSQL; the attendance list is personal data and every view is audited.

const reportEventSelect = {
  id: true,
  slug: true,
  titlePl: true,
  titleUk: true,
  titleEn: true,
  startsAt: true,
  endsAt: true,
  format: true,
  voivodeshipCode: true,
  voivodeship: { select: { namePl: true, nameUk: true, nameEn: true } },
} satisfies Prisma.EventSelect;

export type ReportEvent = Prisma.EventGetPayload<{ select: typeof reportEventSelect }>;

/** One line of a breakdown: the category (null: not given) and its sign-ups in each measure. */
export type ReportRow = { key: string | null } & Record<ReportMeasure, number>;


export type ReportCounts = {
  selection: ReportSelection;
  events: ReportEvent[];
  byStatus: StatusCounts;
  totals: Record<ReportMeasure, number>;
  /** by the person's own voivodeship, group type, contact language and interpretation language (asked-for only) */
  breakdowns: Record<ReportDimension, ReportRow[]>;
};

export type AttendanceSheet = {
  event: ReportEvent;
  /** CONFIRMED and ATTENDED sign-ups: name and organisation only */
  people: Array<{ id: string; fullName: string; organisation: string | null; noOrganisation: boolean; attended: boolean }>;
};

export type Report = ReportCounts & { attendance: AttendanceSheet[] | null };

async function selectedEvents(user: CurrentUser, selection: ReportSelection) {
  if (selection.kind === "event" && !idSchema.safeParse(selection.eventId).success) return null;
  const inScope = selectionEventWhere(user);
  if (selection.kind === "event") {
    const event = await db.event.findFirst({ where: { AND: [{ id: selection.eventId }, inScope] }, select: reportEventSelect });
    return event ? [event] : null;
  }
  const { gte, lt } = periodRange(selection.from, selection.to);
  return db.event.findMany({
    where: { AND: [selectionEventWhere(user, selection.voivodeship), { startsAt: { gte, lt } }] },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: reportEventSelect,
  });
}

function tally(groups: Array<{ status: RegistrationStatus; count: number }>): Record<ReportMeasure, number> {
  const row = Object.fromEntries(REPORT_MEASURE_IDS.map((m) => [m, 0])) as Record<ReportMeasure, number>;
  for (const g of groups) {
    for (const m of REPORT_MEASURE_IDS) if ((REPORT_MEASURES[m] as readonly string[]).includes(g.status)) row[m] += g.count;
  }
  return row;
}

type Group = { set: "status" | ReportDimension; status: RegistrationStatus; key: string | null; interpretationNeeded: boolean | null; count: number };

// GROUPING(voivodeship, groupType, contactLanguage, interpretationLanguage): a 1 bit for each column not grouped by
const GROUPING_SET: Record<number, Group["set"]> = { 15: "status", 7: "voivodeship", 11: "groupType", 13: "contactLanguage", 14: "interpretationLanguage" };

/**
 * Every breakdown in one scan of the selected sign-ups (GROUPING SETS): per status alone, and per status and each
 * dimension. A few hundred groups at most, whatever the number of sign-ups.
 */
async function countGroups(user: CurrentUser, events: ReportEvent[], voivodeship?: string): Promise<Group[]> {
  const rows = await db.$queryRaw<
    Array<{ g: number; status: RegistrationStatus; voivodeship: string | null; groupType: string | null; contactLanguage: string | null; interpretationNeeded: boolean | null; interpretationLanguage: string | null; count: number }>
  >`
    SELECT GROUPING(r."voivodeshipCode", r."groupType", r."contactLanguage", r."interpretationLanguage")::int AS g,
           r.status::text AS status,
           r."voivodeshipCode" AS voivodeship,
           r."groupType"::text AS "groupType",
           r."contactLanguage" AS "contactLanguage",
           r."interpretationNeeded" AS "interpretationNeeded",
           r."interpretationLanguage" AS "interpretationLanguage",
           count(*)::int AS count
    FROM "Registration" r
    WHERE ${selectionSql(user, events, voivodeship)}
    GROUP BY GROUPING SETS (
      (r.status),
      (r.status, r."voivodeshipCode"),
      (r.status, r."groupType"),
      (r.status, r."contactLanguage"),
      (r.status, r."interpretationNeeded", r."interpretationLanguage")
    )`;
  return rows.map((r) => {
    const set = GROUPING_SET[Number(r.g)]!;
    const key = set === "status" ? null : r[set];
    return { set, status: r.status, key, interpretationNeeded: r.interpretationNeeded, count: Number(r.count) };
  });
}

async function countSelection(user: CurrentUser, selection: ReportSelection, events: ReportEvent[]): Promise<ReportCounts> {
  const byStatus = Object.fromEntries(REGISTRATION_STATUSES.map((s) => [s, 0])) as StatusCounts;
  const emptyBreakdowns = Object.fromEntries(REPORT_DIMENSIONS.map((d) => [d, []])) as unknown as Record<ReportDimension, ReportRow[]>;
  if (!events.length) return { selection, events, byStatus, totals: tally([]), breakdowns: emptyBreakdowns };

  const groups = await countGroups(user, events, selection.voivodeship);
  const statuses = groups.filter((g) => g.set === "status");
  for (const g of statuses) byStatus[g.status] = g.count;

  const breakdowns = {} as Record<ReportDimension, ReportRow[]>;
  for (const dimension of REPORT_DIMENSIONS) {
    const byKey = new Map<string | null, Group[]>();
    // the interpretation language counts only when interpretation was asked for
    for (const g of groups.filter((g) => g.set === dimension && (dimension !== "interpretationLanguage" || g.interpretationNeeded))) {
      byKey.set(g.key, [...(byKey.get(g.key) ?? []), g]);
    }
    breakdowns[dimension] = [...byKey]
      .map(([key, gs]) => ({ key, ...tally(gs) }))
      .filter((row) => REPORT_MEASURE_IDS.some((m) => row[m] > 0))
      .sort((a, b) => b.signedUp - a.signedUp || (a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key)));
  }

  return { selection, events, byStatus, totals: tally(statuses), breakdowns };
}

// Names in Polish alphabetical order (Ł after L, Cyrillic after Latin), whatever the database's collation.
const byName = new Intl.Collator("pl", { sensitivity: "base", numeric: true });

/**
 * The report for an event or a period, in the user's scope. Null when the chosen event does not exist or is outside
 * the scope (the page answers 404 for both). With `attendance`, also the attendance list of each event (people with
 * a confirmed place: name and organisation), and a `registration.report-attendance` audit entry per event.
 */
export async function getReport(selection: ReportSelection, { attendance = false }: { attendance?: boolean } = {}): Promise<Report | null> {
  const user = await requireCoordinator();
  const events = await selectedEvents(user, selection);
  if (!events) return null;
  const counts = await countSelection(user, selection, events);
  if (!attendance) return { ...counts, attendance: null };

  const sheets: AttendanceSheet[] = [];
  for (const event of events) {
    const rows = await db.registration.findMany({
      where: { AND: [selectionWhere(user, [event], selection.voivodeship), { status: { in: ["CONFIRMED", "ATTENDED"] }, anonymisedAt: null }] },
      orderBy: [{ fullName: "asc" }, { id: "asc" }],
      select: { id: true, fullName: true, organisationName: true, noOrganisation: true, organisation: { select: { name: true } }, status: true },
    });
    const people = rows
      .map((r) => ({
        id: r.id,
        fullName: r.fullName,
        organisation: r.organisation?.name ?? r.organisationName ?? null,
        noOrganisation: r.noOrganisation,
        attended: r.status === "ATTENDED",
      }))
      .sort((a, b) => byName.compare(a.fullName, b.fullName));
    await recordAudit({
      actor: { userId: user.id, label: user.email },
      action: "registration.report-attendance",
      entityType: "event",
      entityId: event.id,
      voivodeshipCode: event.voivodeshipCode,
      details: { rowCount: people.length, selection },
    });
    sheets.push({ event, people });
  }
  return { ...counts, attendance: sheets };
}

/**
 * The counts only, for the CSV download. Null like getReport. The file holds no names, but it describes people of
 * the coalition's regions: the download is audited (`registration.report-export`).
 */
export async function exportReportCounts(selection: ReportSelection): Promise<ReportCounts | null> {
  const user = await requireCoordinator();
  const events = await selectedEvents(user, selection);
  if (!events) return null;
  const counts = await countSelection(user, selection, events);
  await recordAudit({
    actor: { userId: user.id, label: user.email },
    action: "registration.report-export",
    entityType: selection.kind === "event" ? "event" : "report",
    entityId: selection.kind === "event" ? selection.eventId : null,
    voivodeshipCode: selection.kind === "event" ? (events[0]?.voivodeshipCode ?? null) : (selection.voivodeship ?? null),
    details: { selection, events: events.length, signedUp: counts.totals.signedUp },
  });
  return counts;
}
