import "server-only";
import type { RateLimit } from "@/features/rate-limit/data";
import type { Locale } from "@/i18n/routing";
import { createRegistration, type SignUpError, type SignUpOutcome } from "./data";
import { fieldErrorsOf, normaliseEmail, registrationSchema, REGISTRATION_FIELDS, type FieldErrors } from "./schema";
import { checkFormToken, keepFormToken } from "./tokens";
import { logFailure } from "@/server/log";

/** What the form shows after a submission. Error values are message keys. */
export type SubmitState =
  | { status: "idle" }
  | { status: "done"; outcome: SignUpOutcome | "discarded" }
  | { status: "error"; fieldErrors?: FieldErrors; formError?: SignUpError | "formExpired" | "rateLimited" | "unavailable"; values: Record<string, string>; formToken?: string };

const limits = {
  ip: { bucket: "registration:ip", limit: Number(process.env.RATE_LIMIT_REGISTRATION_IP ?? 20), windowSeconds: 600 },
  email: { bucket: "registration:email", limit: Number(process.env.RATE_LIMIT_REGISTRATION_EMAIL ?? 5), windowSeconds: 3600 },
};

/** The submitted values to put back into the form after an error (never the anti-spam fields). */
function keptValues(raw: Record<string, unknown>) {
  const values: Record<string, string> = {};
  for (const field of REGISTRATION_FIELDS) {
    const value = raw[field];
    if (typeof value === "string") values[field] = value.slice(0, 2000);
    else if (value === true) values[field] = "on";
  }
  return values;
}

/**
 * The whole server side of the sign-up form: validation, bot checks, rate limits, then the database.
 * Bots (honeypot filled; a valid form sent faster than a person can fill it, or with a forged token) get the same
 * neutral answer as a success and nothing is stored.
 */
export async function submitRegistration(eventSlug: string, raw: Record<string, unknown>, context: { ip: string; locale: Locale; now?: Date }): Promise<SubmitState> {
  const now = context.now ?? new Date();
  return keepFormToken(await submit(eventSlug, raw, { ...context, now }), raw.formToken, now.getTime());
}

async function submit(eventSlug: string, raw: Record<string, unknown>, context: { ip: string; locale: Locale; now: Date }): Promise<SubmitState> {
  const now = context.now;
  if (typeof raw.website === "string" && raw.website !== "") return { status: "done", outcome: "discarded" };
  const values = keptValues(raw);
  // Invalid answers get their errors whatever the timing: nothing is stored, and a person may be quick to press Send.
  const parsed = registrationSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const token = checkFormToken(raw.formToken, now.getTime());
  if (token === "tooFast" || token === "invalid") return { status: "done", outcome: "discarded" };
  if (token === "expired") return { status: "error", formError: "formExpired", values };

  try {
    // The rate limits are counted in the sign-up's own statement: one round trip to the database for the whole sign-up.
    const rateLimits: Array<[RateLimit, string]> = [
      [limits.ip, context.ip],
      [limits.email, `${eventSlug}:${normaliseEmail(parsed.data.email)}`],
    ];
    const result = await createRegistration(eventSlug, parsed.data, { locale: context.locale, now, rateLimits });
    if (result.ok) return { status: "done", outcome: result.outcome };
    if ("fieldErrors" in result) return { status: "error", fieldErrors: result.fieldErrors, values };
    return { status: "error", formError: result.error, values };
  } catch (error) {
    // The database is unreachable or failed: nothing was saved, so say so and give the answers back to resend.
    logFailure("[registration] sign-up failed", error);
    return { status: "error", formError: "unavailable", values };
  }
}
