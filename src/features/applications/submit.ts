import "server-only";
import { hitRateLimits } from "@/features/rate-limit/data";
import { fieldErrorsOf, normaliseEmail } from "@/features/registrations/schema";
import { checkFormToken, keepFormToken } from "@/features/registrations/tokens";
import type { Locale } from "@/i18n/routing";
import { createApplication, getApplicationOffer, type ApplyError, type ApplyOutcome } from "./data";
import { applicationFields, applicationSchemaFor, keptValues, type OfferKind } from "./schema";
import { logFailure } from "@/server/log";

/** What the form shows after a submission. Error values are message keys. */
export type ApplySubmitState =
  | { status: "done"; outcome: ApplyOutcome | "discarded" }
  | {
      status: "error";
      fieldErrors?: Record<string, string>;
      formError?: ApplyError | "formExpired" | "rateLimited" | "unavailable";
      values: Record<string, string | string[]>;
      formToken?: string;
    };

const limits = {
  ip: { bucket: "application:ip", limit: Number(process.env.RATE_LIMIT_APPLICATION_IP ?? 20), windowSeconds: 600 },
  email: { bucket: "application:email", limit: Number(process.env.RATE_LIMIT_APPLICATION_EMAIL ?? 5), windowSeconds: 3600 },
};

/**
 * The whole server side of an application form, as for the sign-up form (src/features/registrations/submit.ts):
 * validation with the offer's schema, bot checks (honeypot, signed minimum fill time), rate limits in PostgreSQL,
 * then the database. Bots get the same neutral answer as a success and nothing is stored.
 */
export async function submitApplication(offerSlug: string, raw: Record<string, unknown>, context: { ip: string; locale: Locale; now?: Date }): Promise<ApplySubmitState> {
  const now = context.now ?? new Date();
  return keepFormToken(await submit(offerSlug, raw, { ...context, now }), raw.formToken, now.getTime());
}

async function submit(offerSlug: string, raw: Record<string, unknown>, context: { ip: string; locale: Locale; now: Date }): Promise<ApplySubmitState> {
  const now = context.now;
  if (typeof raw.website === "string" && raw.website !== "") return { status: "done", outcome: "discarded" };
  let offer: Awaited<ReturnType<typeof getApplicationOffer>>;
  try {
    offer = await getApplicationOffer(offerSlug);
  } catch (error) {
    // The database is unreachable: nothing was saved, so say so; the answers stay in the form.
    logFailure("[application] offer lookup failed", error);
    return { status: "error", formError: "unavailable", values: keptValues(raw, Object.keys(raw).filter((k) => k !== "website" && k !== "formToken")) };
  }
  const kind = offer?.kind as OfferKind | undefined;
  const values = keptValues(raw, kind ? applicationFields(kind) : []);
  if (!offer || !kind) return { status: "error", formError: "offerNotFound", values };
  if (!offer.acceptsApplications) return { status: "error", formError: "closed", values };
  // Invalid answers get their errors whatever the timing: nothing is stored, and a person may be quick to press Send.
  const parsed = applicationSchemaFor(kind).safeParse(raw);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf<string>(parsed.error) as Record<string, string>, values };
  const token = checkFormToken(raw.formToken, now.getTime());
  if (token === "tooFast" || token === "invalid") return { status: "done", outcome: "discarded" };
  if (token === "expired") return { status: "error", formError: "formExpired", values };

  try {
    const [byIp, byEmail] = await hitRateLimits([
      [limits.ip, context.ip],
      [limits.email, `${offerSlug}:${normaliseEmail(parsed.data.email)}`],
    ]);
    if (!byIp!.allowed || !byEmail!.allowed) return { status: "error", formError: "rateLimited", values };
    const result = await createApplication(offer, parsed.data, { locale: context.locale, now });
    if (result.ok) return { status: "done", outcome: result.outcome };
    if ("fieldErrors" in result) return { status: "error", fieldErrors: result.fieldErrors, values };
    return { status: "error", formError: result.error, values };
  } catch (error) {
    logFailure("[application] saving failed", error);
    return { status: "error", formError: "unavailable", values };
  }
}
