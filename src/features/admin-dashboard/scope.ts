import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { registrationScopeForEvents, scopeFilter, type CurrentUser } from "@/server/session";

// The selection of sign-ups that the dashboard and the report pack count: the user's region scope
// (docs/decisions/006-region-scope.md) for a known list of events, narrowed to one voivodeship when asked. The
// voivodeship filter is the same rule again, as if a coordinator of that one voivodeship were asking, so it can only
// narrow the user's scope, never widen it (docs/decisions/009-admin-dashboard-and-reports.md).

export type SelectionEvent = { id: string; voivodeshipCode: string | null };
type Scoped = Pick<CurrentUser, "isAdmin" | "voivodeshipCodes">;

const regionOnly = (voivodeship: string): Scoped => ({ isAdmin: false, voivodeshipCodes: [voivodeship] });

/** Events in the user's scope, narrowed to those a coordinator of `voivodeship` would see. */
export function selectionEventWhere(user: Scoped, voivodeship?: string): Prisma.EventWhereInput {
  return voivodeship ? { AND: [scopeFilter(user).event, scopeFilter(regionOnly(voivodeship)).event] } : scopeFilter(user).event;
}

/** Prisma `where` for the selected sign-ups of `events`. */
export function selectionWhere(user: Scoped, events: readonly SelectionEvent[], voivodeship?: string): Prisma.RegistrationWhereInput {
  const scope = registrationScopeForEvents(user, [...events]);
  return voivodeship ? { AND: [scope, registrationScopeForEvents(regionOnly(voivodeship), [...events])] } : scope;
}

/**
 * The same as SQL on `"Registration" r`, for the aggregates Prisma cannot express (counts per calendar day, several
 * breakdowns in one scan). Written
 * like registrationScopeForEvents in src/server/session.ts; tests/integration/admin-reports.test.ts checks both
 * select the same sign-ups.
 */
export function selectionSql(user: Scoped, events: readonly SelectionEvent[], voivodeship?: string): Prisma.Sql {
  const scope = scopeSql(user, events);
  return voivodeship ? Prisma.sql`(${scope} AND ${scopeSql(regionOnly(voivodeship), events)})` : scope;
}

function scopeSql(user: Scoped, events: readonly SelectionEvent[]): Prisma.Sql {
  if (user.isAdmin) return Prisma.sql`r."eventId" = ANY(${events.map((e) => e.id)}::uuid[])`;
  const codes = user.voivodeshipCodes;
  const regional = events.filter((e) => e.voivodeshipCode !== null && codes.includes(e.voivodeshipCode)).map((e) => e.id);
  const coalitionWide = events.filter((e) => e.voivodeshipCode === null).map((e) => e.id);
  return Prisma.sql`(r."eventId" = ANY(${regional}::uuid[]) OR (r."eventId" = ANY(${coalitionWide}::uuid[]) AND r."voivodeshipCode" = ANY(${codes}::text[])))`;
}
