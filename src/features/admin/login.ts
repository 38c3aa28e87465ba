import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { recordAudit } from "@/features/audit/data";
import { clearRateLimit, hitRateLimit, type RateLimit } from "@/features/rate-limit/data";
import { db } from "@/server/db";
import { loginSchema } from "./schema";

/** Wrong passwords per account (e-mail), whether or not the account exists. A success clears the count. */
export const LOGIN_ACCOUNT_LIMIT: RateLimit = { bucket: "login-account", limit: 5, windowSeconds: 15 * 60 };
/** Attempts per client IP, successful or not: slows down trying many accounts from one place. */
export const LOGIN_IP_LIMIT: RateLimit = { bucket: "login-ip", limit: 30, windowSeconds: 15 * 60 };

export type LoginResult = { ok: true; userId: string } | { ok: false; error: "invalidCredentials" | "throttled" };

// Verified when the e-mail is unknown, so that a wrong address takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

/**
 * Checks an e-mail and password for the Credentials provider. Throttled attempts are refused before the password
 * is looked at; unknown e-mail, wrong password, inactive account and an account without a password (invitation
 * not accepted) all give the same answer.
 */
export async function verifyLogin(input: unknown, ip: string): Promise<LoginResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalidCredentials" };
  const { email, password } = parsed.data;

  if (!(await hitRateLimit(LOGIN_IP_LIMIT, ip)).allowed) return { ok: false, error: "throttled" };
  if (!(await hitRateLimit(LOGIN_ACCOUNT_LIMIT, email)).allowed) return { ok: false, error: "throttled" };

  const user = await db.user.findFirst({ where: { email: { equals: email, mode: "insensitive" } }, select: { id: true, email: true, passwordHash: true, isActive: true } });
  dummyHash ??= hash("not-a-real-password-only-for-timing");
  const matches = await verify(user?.passwordHash ?? (await dummyHash), password).catch(() => false);
  if (!user || !user.passwordHash || !user.isActive || !matches) return { ok: false, error: "invalidCredentials" };

  await clearRateLimit(LOGIN_ACCOUNT_LIMIT.bucket, email);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await recordAudit({ actor: { userId: user.id, label: user.email }, action: "user.login", entityType: "user", entityId: user.id });
  return { ok: true, userId: user.id };
}
