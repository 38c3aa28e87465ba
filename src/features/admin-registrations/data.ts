import "server-only";
import type { Prisma, RegistrationStatus } from "@/generated/prisma/client";
import { recordAudit } from "@/features/audit/data";
import { db } from "@/server/db";
import { registrationRegion, registrationScopeForEvents, requireCoordinator, scopeFilter, type CurrentUser } from "@/server/session";
import { ADMIN_PAGE_SIZE, idSchema, REGISTRATION_STATUSES, type RegistrationListQuery } from "./schema";

// The coordinator area's reads of events and sign-ups. Every function starts with requireCoordinator() and puts
// scopeFilter(user) into its `where`: a coordinator cannot see, find or count anything outside their voivodeships,
// whatever id or filter they send (docs/decisions/006-region-scope.md).

// schema.ts (isomorphic, no Prisma import) lists the statuses itself: it must name exactly the database's ones.
REGISTRATION_STATUSES satisfies readonly RegistrationStatus[];
const allStatusesListed: [RegistrationStatus] extends [(typeof REGISTRATION_STATUSES)[number]] ? true : never = true;
void allStatusesListed;

const voivodeshipNameSelect = { code: true, namePl: true, nameUk: true, nameEn: true } satisfies Prisma.VoivodeshipSelect;

export const adminEventSelect = {
  id: true,
  slug: true,
  titlePl: true,
  titleUk: true,
  titleEn: true,
  startsAt: true,
  endsAt: true,
  status: true,
  format: true,
  capacity: true,
  voivodeshipCode: true,
  voivodeship: { select: voivodeshipNameSelect },
} satisfies Prisma.EventSelect;

export type AdminEvent = Prisma.EventGetPayload<{ select: typeof adminEventSelect }>;
export type StatusCounts = Record<RegistrationStatus, number>;
export type DashboardEvent = AdminEvent & { counts: StatusCounts; total: number };

const emptyCounts = (): StatusCounts => Object.fromEntries(REGISTRATION_STATUSES.map((s) => [s, 0])) as StatusCounts;

/** Counts of the user's visible registrations per event and status: one grouped query on the (eventId, status) index. */
async function countByStatus(user: CurrentUser, events: AdminEvent[]) {
  const counts = new Map<string, StatusCounts>(events.map((e) => [e.id, emptyCounts()]));
  if (!events.length) return counts;
  const groups = await db.registration.groupBy({
    by: ["eventId", "status"],
    where: registrationScopeForEvents(user, events),
    _count: { _all: true },
  });
  for (const g of groups) counts.get(g.eventId)![g.status] = g._count._all;
  return counts;
}

const withCounts = (event: AdminEvent, counts: StatusCounts): DashboardEvent => ({
  ...event,
  counts,
  total: Object.values(counts).reduce((a, b) => a + b, 0),
});

/**
 * The dashboard: every event in the user's scope with its sign-ups counted per status (for coalition-wide events,
 * only the sign-ups from the user's voivodeships). Upcoming events soonest first, then past events latest first.
 */
export async function listScopedEvents(now = new Date()): Promise<{ upcoming: DashboardEvent[]; past: DashboardEvent[] }> {
  const user = await requireCoordinator();
  const events = await db.event.findMany({ where: scopeFilter(user).event, orderBy: [{ startsAt: "asc" }, { id: "asc" }], select: adminEventSelect });
  const counts = await countByStatus(user, events);
  const all = events.map((e) => withCounts(e, counts.get(e.id)!));
  return {
    upcoming: all.filter((e) => e.endsAt >= now),
    past: all.filter((e) => e.endsAt < now).reverse(),
  };
}

/** One event in the user's scope with its visible sign-ups counted per status, or null (missing or out of scope). */
export async function getScopedEvent(eventId: string): Promise<DashboardEvent | null> {
  const user = await requireCoordinator();
  const event = await findScopedEvent(user, eventId);
  if (!event) return null;
  const counts = await countByStatus(user, [event]);
  return withCounts(event, counts.get(event.id)!);
}

async function findScopedEvent(user: CurrentUser, eventId: string) {
  if (!idSchema.safeParse(eventId).success) return null;
  return db.event.findFirst({ where: { AND: [{ id: eventId }, scopeFilter(user).event] }, select: adminEventSelect });
}

export const registrationRowSelect = {
  id: true,
  fullName: true,
  email: true,
  organisationName: true,
  noOrganisation: true,
  organisation: { select: { name: true } },
  voivodeshipCode: true,
  voivodeship: { select: voivodeshipNameSelect },
  status: true,
  createdAt: true,
  interpretationNeeded: true,
  interpretationLanguage: true,
  anonymisedAt: true,
} satisfies Prisma.RegistrationSelect;

export type RegistrationRow = Prisma.RegistrationGetPayload<{ select: typeof registrationRowSelect }>;

/** The sign-up list's filters; the export uses the same ones, so a file holds exactly what the list shows. */
export type RegistrationFilters = Pick<RegistrationListQuery, "q" | "status" | "voivodeship" | "interpretation" | "accessibility">;

/** The conditions of `query` on an event's sign-ups (the caller adds the event and the scope). */
export async function registrationFilterWhere(query: RegistrationFilters): Promise<Prisma.RegistrationWhereInput[]> {
  const where: Prisma.RegistrationWhereInput[] = [];
  if (query.q) {
    const q = query.q;
    // Directory organisations matching the search are looked up first (a small table), so every branch of the OR
    // below has an index of its own (trigram indexes, organisationId): PostgreSQL combines them in a bitmap scan
    // instead of reading all of a big event's sign-ups. A relation filter here would force that full scan.
    const organisations = await db.organisation.findMany({ where: { name: { contains: q, mode: "insensitive" } }, select: { id: true } });
    where.push({
      OR: [
        { fullName: { contains: q, mode: "insensitive" } },
        { emailNormalized: { contains: q.toLowerCase() } },
        { organisationName: { contains: q, mode: "insensitive" } },
        ...(organisations.length ? [{ organisationId: { in: organisations.map((o) => o.id) } }] : []),
      ],
    });
  }
  if (query.status) where.push({ status: query.status });
  if (query.voivodeship) where.push({ voivodeshipCode: query.voivodeship });
  if (query.interpretation === "any") where.push({ interpretationNeeded: true });
  else if (query.interpretation) where.push({ interpretationNeeded: true, interpretationLanguage: query.interpretation });
  if (query.accessibility) where.push({ accessibilityNeeds: { not: null } });
  return where;
}

function listOrder(query: RegistrationListQuery): Prisma.RegistrationOrderByWithRelationInput[] {
  const dir = query.dir;
  // ties broken by sign-up order, then id, so pages never overlap or skip rows
  if (query.sort === "name") return [{ fullName: dir }, { createdAt: "asc" }, { id: "asc" }];
  if (query.sort === "status") return [{ status: dir }, { createdAt: "asc" }, { id: "asc" }];
  return [{ createdAt: dir }, { id: dir }];
}

export type RegistrationPage = {
  event: DashboardEvent;
  items: RegistrationRow[];
  /** rows matching the filters */
  total: number;
  page: number;
  pages: number;
};

/**
 * One page (ADMIN_PAGE_SIZE rows) of an event's sign-ups, searched, filtered and sorted in PostgreSQL: one count and
 * one page query on the (eventId, …) indexes, never the whole list. Null when the event is missing or out of scope.
 */
export async function listEventRegistrations(eventId: string, query: RegistrationListQuery): Promise<RegistrationPage | null> {
  const user = await requireCoordinator();
  const found = await findScopedEvent(user, eventId);
  if (!found) return null;
  // The event's counts per status, the filtered count and the requested page, all at once; only a page number past
  // the end (an old link) costs one more query.
  const list = async () => {
    const where: Prisma.RegistrationWhereInput = { AND: [registrationScopeForEvents(user, [found]), ...(await registrationFilterWhere(query))] };
    const pageOf = (page: number) =>
      db.registration.findMany({ where, orderBy: listOrder(query), skip: (page - 1) * ADMIN_PAGE_SIZE, take: ADMIN_PAGE_SIZE, select: registrationRowSelect });
    const [total, requested] = await Promise.all([db.registration.count({ where }), pageOf(query.page)]);
    const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
    const page = Math.min(query.page, pages);
    return { items: page === query.page ? requested : await pageOf(page), total, page, pages };
  };
  const [counts, result] = await Promise.all([countByStatus(user, [found]), list()]);
  return { event: withCounts(found, counts.get(found.id)!), ...result };
}

/** Everything a coordinator may see about one sign-up: answers and consents, never the token hashes. */
export const registrationDetailSelect = {
  id: true,
  fullName: true,
  email: true,
  phone: true,
  organisationName: true,
  noOrganisation: true,
  organisation: { select: { name: true, slug: true } },
  roleInOrganisation: true,
  community: true,
  groupType: true,
  voivodeshipCode: true,
  voivodeship: { select: voivodeshipNameSelect },
  city: true,
  contactLanguage: true,
  contactLanguageOther: true,
  locale: true,
  interpretationNeeded: true,
  interpretationLanguage: true,
  accessibilityNeeds: true,
  expectations: true,
  heardFrom: true,
  policyVersion: true,
  consentProcessingAt: true,
  consentSensitiveAt: true,
  consentNewsletterAt: true,
  consentImageAt: true,
  status: true,
  expiresAt: true,
  emailConfirmedAt: true,
  confirmedAt: true,
  waitlistedAt: true,
  cancelledAt: true,
  attendedAt: true,
  anonymisedAt: true,
  internalNotes: true,
  createdAt: true,
  updatedAt: true,
  event: { select: adminEventSelect },
} satisfies Prisma.RegistrationSelect;

const historySelect = { id: true, at: true, actorLabel: true, action: true, details: true } satisfies Prisma.AuditLogSelect;

export type RegistrationHistoryEntry = { id: string; at: Date; actorLabel: string; action: string; details: Prisma.JsonValue };
export type RegistrationDetail = Prisma.RegistrationGetPayload<{ select: typeof registrationDetailSelect }> & {
  history: RegistrationHistoryEntry[];
};

/**
 * One sign-up with its history from the audit log, or null when it does not exist or is outside the user's scope
 * (the page answers 404 for both). Opening it is personal-data access: it writes a `registration.view` audit entry.
 */
export async function getRegistrationDetail(registrationId: string): Promise<RegistrationDetail | null> {
  const user = await requireCoordinator();
  if (!idSchema.safeParse(registrationId).success) return null;
  const registration = await db.registration.findFirst({
    where: { AND: [{ id: registrationId }, scopeFilter(user).registration] },
    select: registrationDetailSelect,
  });
  if (!registration) return null;
  const history = await db.auditLog.findMany({
    where: { entityType: "registration", entityId: registration.id, action: { not: "registration.view" } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: historySelect,
  });
  await recordAudit({
    actor: { userId: user.id, label: user.email },
    action: "registration.view",
    entityType: "registration",
    entityId: registration.id,
    voivodeshipCode: registrationRegion(registration),
  });
  return { ...registration, history: history.map((h) => ({ ...h, id: h.id.toString() })) };
}
