import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { z } from "zod";
import type { Prisma, UserRole } from "@/generated/prisma/client";
import { loginPath } from "@/features/admin/routes";
import { routing, type Locale } from "@/i18n/routing";
import { db } from "./db";

// Who is logged in, and what they may see. The session cookie holds only the user id; the user, their role and
// their voivodeships are read from the database on every request (once per request, React `cache`), so
// deactivating an account or changing its scope takes effect at the next request. See docs/decisions/006-region-scope.md.

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  /** ISO 3166-2 codes (PL-MA …) of the coordinator's regions; admins see everything whatever this holds */
  voivodeshipCodes: string[];
  isAdmin: boolean;
};

const currentUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  isActive: true,
  passwordChangedAt: true,
  voivodeships: { select: { voivodeshipCode: true }, orderBy: { voivodeshipCode: "asc" } },
} satisfies Prisma.UserSelect;

/** A session is valid unless the password was set or reset after it logged in. */
export function sessionOutlivesPassword(loginAt: number | null, passwordChangedAt: Date | null): boolean {
  if (!passwordChangedAt) return true;
  return loginAt !== null && loginAt >= passwordChangedAt.getTime();
}

const userId = z.guid();

/**
 * `loginAt` (ms): when the session's login happened; a session from before the account's last password change is
 * over (null: a session cookie from before loginAt existed). Tests acting as a user pass undefined: no session.
 */
async function loadUser(id: string | null | undefined, loginAt?: number | null): Promise<CurrentUser | null> {
  if (!id || !userId.safeParse(id).success) return null;
  const row = await db.user.findUnique({ where: { id }, select: currentUserSelect });
  if (!row || !row.isActive) return null;
  if (loginAt !== undefined && !sessionOutlivesPassword(loginAt, row.passwordChangedAt)) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    voivodeshipCodes: row.voivodeships.map((v) => v.voivodeshipCode),
    isAdmin: row.role === "ADMIN",
  };
}

const sessionUser = cache(async () => {
  // Imported on use: next-auth's ESM build imports "next/server" without an extension, which Next's bundler resolves
  // but plain Node (the DAL tests, which supply the user through runAsUser) cannot.
  const { auth } = await import("./auth");
  const session = await auth();
  const user = session?.user as { id?: string; loginAt?: number | null } | undefined;
  return loadUser(user?.id, user?.loginAt ?? null);
});

// Tests call the DAL "as" a user without a request or a cookie (see runAsUser).
const actingUser = new AsyncLocalStorage<{ userId: string | null }>();

/**
 * Tests only: runs `fn` as if `userId` were logged in (`null`: nobody is). The user is still loaded from the
 * database like a real session, so role, scope and `isActive` apply. Refused in production builds.
 */
export function runAsUser<T>(userId: string | null, fn: () => Promise<T>): Promise<T> {
  if (process.env.NODE_ENV === "production") throw new Error("runAsUser is for tests only");
  return actingUser.run({ userId }, fn);
}

/** The logged-in, active user, or null. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const acting = actingUser.getStore();
  return acting ? loadUser(acting.userId) : sessionUser();
}

type RequireOptions = {
  /** the page being opened (a path under /<locale>/admin), to return to after logging in */
  next?: string;
};

async function requestLocale(next?: string): Promise<Locale> {
  const fromNext = next?.split("/")[1];
  if (fromNext && (routing.locales as readonly string[]).includes(fromNext)) return fromNext as Locale;
  try {
    return (await getLocale()) as Locale;
  } catch {
    return routing.defaultLocale; // outside a request (tests)
  }
}

/** The logged-in user, or a redirect to the login page of the current locale. */
export async function requireUser(options: RequireOptions = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  redirect(loginPath(await requestLocale(options.next), options.next));
}

/** A coordinator or an admin: anyone allowed into the coordinator area. Scope their queries with scopeFilter(). */
export async function requireCoordinator(options: RequireOptions = {}): Promise<CurrentUser> {
  const user = await requireUser(options);
  if (user.role !== "ADMIN" && user.role !== "COORDINATOR") notFound();
  return user;
}

/** An admin; anyone else gets a 404 (the page does not exist for them). */
export async function requireAdmin(options: RequireOptions = {}): Promise<CurrentUser> {
  const user = await requireUser(options);
  if (!user.isAdmin) notFound();
  return user;
}

// Region scope (docs/decisions/006-region-scope.md): an event belongs to its voivodeship; an event without one is
// coalition-wide and visible to every coordinator. A registration belongs to its event's voivodeship, or, for a
// coalition-wide event, to the registrant's own voivodeship.

type Scoped = Pick<CurrentUser, "isAdmin" | "voivodeshipCodes">;

/** Prisma `where` fragments limiting events and registrations to what `user` may see. Admins: no limit. */
export function scopeFilter(user: Scoped): { event: Prisma.EventWhereInput; registration: Prisma.RegistrationWhereInput } {
  if (user.isAdmin) return { event: {}, registration: {} };
  const codes = user.voivodeshipCodes;
  return {
    event: { OR: [{ voivodeshipCode: { in: codes } }, { voivodeshipCode: null }] },
    registration: {
      OR: [{ event: { voivodeshipCode: { in: codes } } }, { event: { voivodeshipCode: null }, voivodeshipCode: { in: codes } }],
    },
  };
}

/**
 * The same registration rule for sign-ups of known events, without joining Event: an event in one of the user's
 * voivodeships contributes all its sign-ups, a coalition-wide one only those from the user's voivodeships, any
 * other event none (so passing a wrong event can never widen the scope). Used for lists and counts.
 */
export function registrationScopeForEvents(user: Scoped, events: Array<{ id: string; voivodeshipCode: string | null }>): Prisma.RegistrationWhereInput {
  if (user.isAdmin) return { eventId: { in: events.map((e) => e.id) } };
  const codes = user.voivodeshipCodes;
  const regional = events.filter((e) => e.voivodeshipCode !== null && codes.includes(e.voivodeshipCode)).map((e) => e.id);
  const coalitionWide = events.filter((e) => e.voivodeshipCode === null).map((e) => e.id);
  return { OR: [{ eventId: { in: regional } }, { eventId: { in: coalitionWide }, voivodeshipCode: { in: codes } }] };
}

/** The voivodeship a registration belongs to under that rule (null: only admins see it). For audit entries. */
export function registrationRegion(r: { voivodeshipCode: string | null; event: { voivodeshipCode: string | null } }): string | null {
  return r.event.voivodeshipCode ?? r.voivodeshipCode;
}
