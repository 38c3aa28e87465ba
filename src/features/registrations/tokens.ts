import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/server/env";

// Links in mails carry tokens; the database stores only their SHA-256 hashes.
// The manage token is an HMAC of the registration id under AUTH_SECRET: unguessable without the secret, and
// re-derivable so that every later mail (confirmed, promoted, reminder …) can carry the same personal link.
// See docs/decisions/007-registration-tokens.md.

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function manageTokenFor(registrationId: string) {
  return createHmac("sha256", env.AUTH_SECRET).update(`manage:${registrationId}`).digest("base64url");
}

export const randomToken = () => randomBytes(32).toString("base64url");

// Anti-spam "form token": when the form was rendered, signed so it cannot be forged. A submission sooner than
// MIN_FILL_MS after that is a bot; older than MAX_AGE_MS is a stale page (asked to send again).
export const MIN_FILL_MS = 3000;
const MAX_AGE_MS = 24 * 3600 * 1000;

const sign = (value: string) => createHmac("sha256", env.AUTH_SECRET).update(`form:${value}`).digest("base64url");

export function issueFormToken(now = Date.now()) {
  return `${now}.${sign(String(now))}`;
}

export type FormTokenCheck = "ok" | "tooFast" | "expired" | "invalid";

/**
 * The token a form shown back with errors sends next. Normally the one it was first shown with, so the minimum fill
 * time counts from its first showing: without JavaScript the error page is rendered anew with a fresh token, and a
 * person who then corrected one field within MIN_FILL_MS was taken for a bot (told to check their mailbox, with
 * nothing stored). After "the form was open too long, send it again" a new token that may be sent at once (with
 * JavaScript the page keeps its old one, so sending again was refused again). A forged or missing token gets
 * nothing: the page's own is used.
 */
export function keepFormToken<T extends { status: string }>(result: T, token: unknown, now = Date.now()): T {
  if (result.status !== "error") return result;
  const check = checkFormToken(token, now);
  if (check === "ok" || check === "tooFast") return { ...result, formToken: token as string };
  if (check === "expired") return { ...result, formToken: issueFormToken(now - MIN_FILL_MS) };
  return result;
}

export function checkFormToken(token: unknown, now = Date.now()): FormTokenCheck {
  if (typeof token !== "string" || token.length > 100) return "invalid";
  const [issued, signature = ""] = token.split(".");
  const expected = sign(issued ?? "");
  if (signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return "invalid";
  const age = now - Number(issued);
  if (!Number.isFinite(age) || age < MIN_FILL_MS) return "tooFast";
  if (age > MAX_AGE_MS) return "expired";
  return "ok";
}
