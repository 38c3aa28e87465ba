import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/server/env";

// Links in application mails, like the sign-up's manage link (docs/decisions/007-registration-tokens.md): an HMAC of
// the application's id under AUTH_SECRET, so every later mail can carry the same link; the database keeps only its
// SHA-256 (hashToken). A different purpose prefix per link, so one link never opens the other's page.

const tokenFor = (purpose: string, applicationId: string) => createHmac("sha256", env.AUTH_SECRET).update(`${purpose}:${applicationId}`).digest("base64url");

/** The applicant's personal link to see their application and its status, and to withdraw it. */
export const applicationTokenFor = (applicationId: string) => tokenFor("application", applicationId);

/** The follow-up form's link; it works only once a coordinator has sent it (its hash is then stored). */
export const followUpTokenFor = (applicationId: string) => tokenFor("application-follow-up", applicationId);

export { hashToken } from "@/features/registrations/tokens";
