import "server-only";
import { hash } from "@node-rs/argon2";
import { Prisma, type AuthTokenKind } from "@/generated/prisma/client";
import { idSchema } from "@/features/admin-registrations/schema";
import { recordAudit, type AuditActor } from "@/features/audit/data";
import { enqueueMail, kickOutbox } from "@/features/outbox/data";
import { LOGIN_ACCOUNT_LIMIT } from "@/features/admin/login";
import { clearRateLimit, hitRateLimit, type RateLimit } from "@/features/rate-limit/data";
import { hashToken, randomToken } from "@/features/registrations/tokens";
import type { Locale } from "@/i18n/routing";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { requireAdmin, type CurrentUser } from "@/server/session";
import { buildAccountMail } from "./mail";
import {
  accountFieldErrors,
  accountScopeSchema,
  forgotPasswordSchema,
  INVITATION_DAYS,
  inviteAccountSchema,
  linkTokenSchema,
  PASSWORD_RESET_MINUTES,
  setPasswordSchema,
} from "./schema";

// Accounts of the coordinator area. Managing them is for admins only: every function that lists or changes accounts
// starts with requireAdmin() (anyone else: 404). The token functions at the end (accepting an invitation, asking
// for and using a password-reset link) work without a session, by the link's token alone: the database keeps only
// the token's SHA-256, a token is single-use (claimed with a conditional update) and expires.

type Tx = Prisma.TransactionClient;

const actorOf = (user: CurrentUser): AuditActor => ({ userId: user.id, label: user.email });

/** Password-reset requests per client IP: enough for a shared office, not for trying addresses in bulk. */
export const PASSWORD_RESET_IP_LIMIT: RateLimit = { bucket: "password-reset-ip", limit: 10, windowSeconds: 15 * 60 };
/** Password-reset requests per e-mail address, whether or not it has an account: stops mail-bombing someone. */
export const PASSWORD_RESET_EMAIL_LIMIT: RateLimit = { bucket: "password-reset-email", limit: 3, windowSeconds: 60 * 60 };

const TOKEN_LIFETIME_MS: Record<AuthTokenKind, number> = {
  INVITATION: INVITATION_DAYS * 24 * 3600 * 1000,
  PASSWORD_RESET: PASSWORD_RESET_MINUTES * 60 * 1000,
};

const TOKEN_PATH: Record<AuthTokenKind, string> = { INVITATION: "invitation", PASSWORD_RESET: "reset-password" };

export const tokenUrl = (kind: AuthTokenKind, locale: Locale, token: string) => `${env.APP_URL}/${locale}/admin/${TOKEN_PATH[kind]}/${token}`;

const accountSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  isActive: true,
  lastLoginAt: true,
  createdAt: true,
  passwordHash: true,
  voivodeships: { select: { voivodeshipCode: true }, orderBy: { voivodeshipCode: "asc" } },
  tokens: {
    where: { kind: "INVITATION", usedAt: null },
    select: { expiresAt: true },
    orderBy: { expiresAt: "desc" },
    take: 1,
  },
} satisfies Prisma.UserSelect;

type AccountRow = Prisma.UserGetPayload<{ select: typeof accountSelect }>;

export type Account = {
  id: string;
  name: string;
  email: string;
  role: "ADMIN" | "COORDINATOR";
  isActive: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
  voivodeshipCodes: string[];
  /** the person has set a password (accepted the invitation) */
  hasPassword: boolean;
  /** the invitation has not been accepted yet: "pending" while its link works, "expired" after */
  invitation: "pending" | "expired" | null;
  invitationExpiresAt: Date | null;
  isSelf: boolean;
};

function toAccount(row: AccountRow, self: CurrentUser, now: Date): Account {
  const token = row.tokens[0];
  const invitation = row.passwordHash ? null : token && token.expiresAt > now ? "pending" : "expired";
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    isActive: row.isActive,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
    voivodeshipCodes: row.voivodeships.map((v) => v.voivodeshipCode),
    hasPassword: row.passwordHash !== null,
    invitation,
    invitationExpiresAt: invitation ? (token?.expiresAt ?? null) : null,
    isSelf: row.id === self.id,
  };
}

/** Every account, admins first, then by name. Admins only. */
export async function listAccounts(now = new Date()): Promise<Account[]> {
  const user = await requireAdmin();
  const rows = await db.user.findMany({ select: accountSelect, orderBy: [{ role: "asc" }, { name: "asc" }, { id: "asc" }] });
  return rows.map((row) => toAccount(row, user, now));
}

/** One account, or null (not found or not a UUID). Admins only. */
export async function getAccount(userId: string, now = new Date()): Promise<Account | null> {
  const user = await requireAdmin();
  if (!idSchema.safeParse(userId).success) return null;
  const row = await db.user.findUnique({ where: { id: userId }, select: accountSelect });
  return row ? toAccount(row, user, now) : null;
}

/** A new link of `kind` for the user, in the caller's transaction; earlier unused links of that kind stop working. */
async function issueToken(tx: Tx, userId: string, kind: AuthTokenKind, now: Date) {
  await tx.authToken.deleteMany({ where: { userId, kind, usedAt: null } });
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[kind]);
  await tx.authToken.create({ data: { userId, kind, tokenHash: hashToken(token), expiresAt } });
  return { token, expiresAt };
}

async function queueInvitationMail(tx: Tx, account: { email: string; name: string; role: "ADMIN" | "COORDINATOR" }, inviter: CurrentUser, locale: Locale, token: string) {
  const mail = buildAccountMail("invitation", { locale, name: account.name, url: tokenUrl("INVITATION", locale, token), inviterName: inviter.name, role: account.role });
  await enqueueMail(tx, { kind: "account.invitation", to: account.email, locale, ...mail });
}

export type AccountResult = { ok: true; userId: string } | { ok: false; fieldErrors: Record<string, string>; formError?: string };

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Creates an account without a password and mails the person a single-use link (valid INVITATION_DAYS days) to set
 * one, in `locale` (the language the admin was using). An address that already has an account is refused.
 */
export async function inviteAccount(raw: unknown, locale: Locale, now = new Date()): Promise<AccountResult> {
  const admin = await requireAdmin();
  const parsed = inviteAccountSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: accountFieldErrors(parsed.error) };
  const { name, email, role, voivodeships } = parsed.data;
  const codes = role === "ADMIN" ? [] : voivodeships;
  const taken = { ok: false as const, fieldErrors: { email: "emailTaken" } };
  if (await db.user.findFirst({ where: { email: { equals: email, mode: "insensitive" } }, select: { id: true } })) return taken;
  try {
    const userId = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name, role, passwordHash: null, isActive: true, voivodeships: { create: codes.map((voivodeshipCode) => ({ voivodeshipCode })) } },
        select: { id: true },
      });
      const { token, expiresAt } = await issueToken(tx, user.id, "INVITATION", now);
      await queueInvitationMail(tx, { email, name, role }, admin, locale, token);
      await recordAudit(
        { actor: actorOf(admin), action: "user.invite", entityType: "user", entityId: user.id, details: { email, role, voivodeships: codes, locale, expiresAt: expiresAt.toISOString() } },
        tx,
      );
      return user.id;
    });
    kickOutbox();
    return { ok: true, userId };
  } catch (error) {
    if (isUniqueViolation(error)) return taken;
    throw error;
  }
}

export type SimpleResult = { ok: true } | { ok: false; error: "notFound" | "self" | "alreadyAccepted" | "inactive" };

/** A fresh invitation link for someone who has not set a password yet; the previous link stops working. */
export async function resendInvitation(userId: string, locale: Locale, now = new Date()): Promise<SimpleResult> {
  const admin = await requireAdmin();
  if (!idSchema.safeParse(userId).success) return { ok: false, error: "notFound" };
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, passwordHash: true, isActive: true } });
  if (!user) return { ok: false, error: "notFound" };
  if (user.passwordHash) return { ok: false, error: "alreadyAccepted" };
  if (!user.isActive) return { ok: false, error: "inactive" };
  await db.$transaction(async (tx) => {
    const { token, expiresAt } = await issueToken(tx, user.id, "INVITATION", now);
    await queueInvitationMail(tx, user, admin, locale, token);
    await recordAudit({ actor: actorOf(admin), action: "user.reinvite", entityType: "user", entityId: user.id, details: { email: user.email, locale, expiresAt: expiresAt.toISOString() } }, tx);
  });
  kickOutbox();
  return { ok: true };
}

/**
 * Changes an account's role and voivodeships (the change applies from the person's next request). An admin cannot
 * change their own role: the last admin must not lock everyone out by accident.
 */
export async function updateAccount(userId: string, raw: unknown): Promise<AccountResult | null> {
  const admin = await requireAdmin();
  if (!idSchema.safeParse(userId).success) return null;
  const current = await db.user.findUnique({ where: { id: userId }, select: { id: true, role: true, voivodeships: { select: { voivodeshipCode: true }, orderBy: { voivodeshipCode: "asc" } } } });
  if (!current) return null;
  const parsed = accountScopeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: accountFieldErrors(parsed.error) };
  const { role, voivodeships } = parsed.data;
  if (current.id === admin.id && role !== current.role) return { ok: false, fieldErrors: { role: "ownRole" } };
  const codes = role === "ADMIN" ? [] : voivodeships;
  const before = current.voivodeships.map((v) => v.voivodeshipCode);
  if (role === current.role && JSON.stringify(before) === JSON.stringify(codes)) return { ok: true, userId };
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { role } });
    await tx.userVoivodeship.deleteMany({ where: { userId } });
    if (codes.length) await tx.userVoivodeship.createMany({ data: codes.map((voivodeshipCode) => ({ userId, voivodeshipCode })) });
    await recordAudit(
      { actor: actorOf(admin), action: "user.update", entityType: "user", entityId: userId, details: { from: { role: current.role, voivodeships: before }, to: { role, voivodeships: codes } } },
      tx,
    );
  });
  return { ok: true, userId };
}

/**
 * Deactivates or reactivates an account. A deactivated person cannot log in, and their open sessions stop working
 * at the next request (src/server/session.ts loads the user, and checks isActive, on every request); their unused
 * invitation and reset links are revoked. Nobody can deactivate themselves.
 */
export async function setAccountActive(userId: string, active: boolean): Promise<SimpleResult> {
  const admin = await requireAdmin();
  if (!idSchema.safeParse(userId).success) return { ok: false, error: "notFound" };
  if (userId === admin.id) return { ok: false, error: "self" };
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, isActive: true } });
  if (!user) return { ok: false, error: "notFound" };
  if (user.isActive === active) return { ok: true };
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { isActive: active } });
    if (!active) await tx.authToken.deleteMany({ where: { userId, usedAt: null } });
    await recordAudit({ actor: actorOf(admin), action: active ? "user.reactivate" : "user.deactivate", entityType: "user", entityId: userId, details: { email: user.email } }, tx);
  });
  return { ok: true };
}

// ---- links in mails: no session, the token is the key ----

export type ForgotPasswordResult = { ok: true } | { ok: false; fieldErrors?: Record<string, string>; formError?: "throttled" };

/**
 * "Forgot password": mails a single-use link (valid PASSWORD_RESET_MINUTES) to an active account that has a
 * password. The answer is the same whether or not the address has an account; only the rate limits (per IP and per
 * address, counted for every address) can refuse.
 */
export async function requestPasswordReset(raw: unknown, ip: string, locale: Locale, now = new Date()): Promise<ForgotPasswordResult> {
  const parsed = forgotPasswordSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: accountFieldErrors(parsed.error) };
  const { email } = parsed.data;
  if (!(await hitRateLimit(PASSWORD_RESET_IP_LIMIT, ip)).allowed) return { ok: false, formError: "throttled" };
  if (!(await hitRateLimit(PASSWORD_RESET_EMAIL_LIMIT, email)).allowed) return { ok: false, formError: "throttled" };
  const user = await db.user.findFirst({ where: { email: { equals: email, mode: "insensitive" } }, select: { id: true, email: true, name: true, isActive: true, passwordHash: true } });
  // An invited person who never set a password needs a new invitation from an admin, not a reset link.
  if (!user || !user.isActive || !user.passwordHash) return { ok: true };
  await db.$transaction(async (tx) => {
    const { token, expiresAt } = await issueToken(tx, user.id, "PASSWORD_RESET", now);
    const mail = buildAccountMail("passwordReset", { locale, name: user.name, url: tokenUrl("PASSWORD_RESET", locale, token) });
    await enqueueMail(tx, { kind: "account.passwordReset", to: user.email, locale, ...mail });
    await recordAudit({ actor: { userId: user.id, label: user.email }, action: "user.passwordResetRequest", entityType: "user", entityId: user.id, details: { ip, expiresAt: expiresAt.toISOString() } }, tx);
  });
  kickOutbox();
  return { ok: true };
}

const usableToken = (kind: AuthTokenKind, token: string, now: Date): Prisma.AuthTokenWhereInput => ({
  tokenHash: hashToken(token),
  kind,
  usedAt: null,
  expiresAt: { gt: now },
  user: { isActive: true },
});

/** Whose link this is, for the page behind it; null when the link is unknown, used, expired or its account inactive. */
export async function getLinkAccount(kind: AuthTokenKind, token: string, now = new Date()): Promise<{ name: string; email: string } | null> {
  if (!linkTokenSchema.safeParse(token).success) return null;
  const row = await db.authToken.findFirst({ where: usableToken(kind, token, now), select: { user: { select: { name: true, email: true, passwordHash: true } } } });
  if (!row) return null;
  if (kind === "INVITATION" && row.user.passwordHash) return null; // accepted by another link meanwhile
  return { name: row.user.name, email: row.user.email };
}

export type SetPasswordResult = { ok: true; email: string } | { ok: false; fieldErrors?: Record<string, string>; formError?: "invalidLink" };

/**
 * Sets the password of the account behind an invitation or reset link (argon2id, as the login checks it), uses the
 * link up and revokes the account's other unused links of the same kind. Two submissions of one link: one wins.
 */
export async function setPasswordWithLink(kind: AuthTokenKind, token: string, raw: unknown, now = new Date()): Promise<SetPasswordResult> {
  if (!linkTokenSchema.safeParse(token).success) return { ok: false, formError: "invalidLink" };
  const parsed = setPasswordSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: accountFieldErrors(parsed.error) };
  const row = await db.authToken.findFirst({ where: usableToken(kind, token, now), select: { id: true, userId: true, user: { select: { passwordHash: true } } } });
  if (!row || (kind === "INVITATION" && row.user.passwordHash)) return { ok: false, formError: "invalidLink" };
  const passwordHash = await hash(parsed.data.password); // argon2id with the library's defaults, as src/features/admin/login.ts verifies
  const email = await db.$transaction(async (tx) => {
    // claim the link: only one of two concurrent submissions updates the row
    const { count } = await tx.authToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (count === 0) return null;
    // passwordChangedAt ends every session that logged in before (src/server/session.ts): a reset locks out whoever
    // may have had the old password
    const user = await tx.user.update({ where: { id: row.userId }, data: { passwordHash, passwordChangedAt: now }, select: { id: true, email: true } });
    await tx.authToken.deleteMany({ where: { userId: user.id, kind, usedAt: null } });
    await recordAudit(
      { actor: { userId: user.id, label: user.email }, action: kind === "INVITATION" ? "user.acceptInvitation" : "user.passwordReset", entityType: "user", entityId: user.id },
      tx,
    );
    return user.email;
  });
  if (!email) return { ok: false, formError: "invalidLink" };
  await clearRateLimit(LOGIN_ACCOUNT_LIMIT.bucket, email.toLowerCase()); // earlier wrong guesses no longer block the new password
  return { ok: true, email };
}
