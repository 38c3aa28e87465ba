import "server-only";
import { createHmac, randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit, type AuditActor } from "@/features/audit/data";
import { enqueueMail, kickOutbox } from "@/features/outbox/data";
import { hitRateLimits } from "@/features/rate-limit/data";
import { fieldErrorsOf, normaliseEmail } from "@/features/registrations/schema";
import { checkFormToken, hashToken, keepFormToken } from "@/features/registrations/tokens";
import type { Locale } from "@/i18n/routing";
import { PRIVACY_POLICY_VERSION } from "@/lib/policy";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { keptJoinValues, organisationColumns, organisationJoinSchema, type JoinValues, type OrganisationJoinData } from "./join-schema";
import { buildOrganisationMail, type OrganisationMailKind } from "./mail";
import { firstFreeSlug, slugify } from "./slug";
import { logFailure } from "@/server/log";

// The public side of "add your organisation or group": the form's server side, and the contact person's own page
// behind the personal link in every mail (status, the coordinator's note, edit and resubmit when changes were
// asked for). Coordinators' side: src/features/admin-organisations. The public directory (./data.ts) shows only
// APPROVED organisations and never selects the contact person.

type Tx = Prisma.TransactionClient;

export const ORGANISATION_CONTACT_ACTOR: AuditActor = { label: "organisation" };

/**
 * The personal link's token: an HMAC of the organisation's id under AUTH_SECRET with its own purpose prefix (as the
 * sign-up's manage link, docs/decisions/007-registration-tokens.md), so every later mail can carry the same link.
 * The database keeps only its SHA-256 (manageTokenHash).
 */
export const organisationTokenFor = (organisationId: string) =>
  createHmac("sha256", env.AUTH_SECRET).update(`organisation-submission:${organisationId}`).digest("base64url");

export const submissionUrl = (locale: string, organisationId: string) =>
  `${env.APP_URL}/${locale}/organisations/submission/${organisationTokenFor(organisationId)}`;

export const mailOrganisationSelect = {
  id: true,
  slug: true,
  name: true,
  submittedLocale: true,
  contactPersonName: true,
  contactPersonEmail: true,
} satisfies Prisma.OrganisationSelect;

export type MailOrganisation = Prisma.OrganisationGetPayload<{ select: typeof mailOrganisationSelect }>;

/** Writes one mail to the organisation's contact person to the outbox, in the caller's transaction and their language. */
export async function queueOrganisationMail(tx: Tx, kind: OrganisationMailKind, organisation: MailOrganisation, extra: { note?: string } = {}) {
  if (!organisation.contactPersonEmail) return; // organisations entered by coordinators may have no contact person
  const locale = (["pl", "uk", "en"].includes(organisation.submittedLocale) ? organisation.submittedLocale : "pl") as Locale;
  const mail = buildOrganisationMail(kind, {
    locale,
    contactName: organisation.contactPersonName ?? organisation.name,
    organisationName: organisation.name,
    submissionUrl: submissionUrl(locale, organisation.id),
    profileUrl: kind === "approved" ? `${env.APP_URL}/${locale}/organisations/${organisation.slug}` : undefined,
    note: extra.note,
  });
  await enqueueMail(tx, { kind: `organisation.${kind}`, to: organisation.contactPersonEmail, locale, ...mail, organisationId: organisation.id });
}

// ---------------------------------------------------------------------------------------------------------------
// The form's server side

export type JoinOutcome = "created" | "duplicate";
export type JoinFormError = "formExpired" | "rateLimited" | "unavailable";

export type JoinSubmitState =
  | { status: "done"; outcome: JoinOutcome | "discarded" }
  | { status: "error"; fieldErrors?: Record<string, string>; formError?: JoinFormError; values: JoinValues; formToken?: string };

const limits = {
  ip: { bucket: "organisation:ip", limit: Number(process.env.RATE_LIMIT_ORGANISATION_IP ?? 10), windowSeconds: 600 },
  email: { bucket: "organisation:email", limit: Number(process.env.RATE_LIMIT_ORGANISATION_EMAIL ?? 5), windowSeconds: 3600 },
};

/**
 * Validation, bot checks (honeypot, signed minimum fill time), rate limits in PostgreSQL, then the database — as the
 * sign-up form (src/features/registrations/submit.ts). Bots get the same neutral answer as a success; nothing is stored.
 */
export async function submitOrganisation(raw: Record<string, unknown>, context: { ip: string; locale: Locale; now?: Date }): Promise<JoinSubmitState> {
  const now = context.now ?? new Date();
  return keepFormToken(await submit(raw, { ...context, now }), raw.formToken, now.getTime());
}

async function submit(raw: Record<string, unknown>, context: { ip: string; locale: Locale; now: Date }): Promise<JoinSubmitState> {
  const now = context.now;
  if (typeof raw.website === "string" && raw.website !== "") return { status: "done", outcome: "discarded" };
  const values = keptJoinValues(raw);
  const parsed = organisationJoinSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf<string>(parsed.error) as Record<string, string>, values };
  const token = checkFormToken(raw.formToken, now.getTime());
  if (token === "tooFast" || token === "invalid") return { status: "done", outcome: "discarded" };
  if (token === "expired") return { status: "error", formError: "formExpired", values };
  try {
    const [byIp, byEmail] = await hitRateLimits([
      [limits.ip, context.ip],
      [limits.email, normaliseEmail(parsed.data.contactPersonEmail)],
    ]);
    if (!byIp!.allowed || !byEmail!.allowed) return { status: "error", formError: "rateLimited", values };
    const outcome = await createOrganisationSubmission(parsed.data, { locale: context.locale, now });
    return { status: "done", outcome };
  } catch (error) {
    // The database is unreachable or failed: nothing was saved, so say so and give the answers back to resend.
    logFailure("[organisation] submission failed", error);
    return { status: "error", formError: "unavailable", values };
  }
}

const isSlugClash = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && JSON.stringify(error.meta ?? {}).includes("slug");

/**
 * Stores a PENDING organisation with a unique slug made from its name and queues the acknowledgement with the
 * personal link, in one transaction. The same name from the same contact address while still waiting creates
 * nothing: the contact person gets their link again.
 */
export async function createOrganisationSubmission(data: OrganisationJoinData, context: { locale: Locale; now?: Date }): Promise<JoinOutcome> {
  const now = context.now ?? new Date();
  const base = slugify(data.name);
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.$transaction(async (tx) => {
          // Same name, same slug base: two submissions at once queue up here, so neither takes the other's slug.
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('organisation-slug'), hashtext(${base}))`;
          const existing = await tx.organisation.findFirst({
            where: {
              name: { equals: data.name, mode: "insensitive" },
              contactPersonEmail: { equals: data.contactPersonEmail, mode: "insensitive" },
              moderationStatus: { in: ["PENDING", "CHANGES_REQUESTED"] },
            },
            select: mailOrganisationSelect,
          });
          if (existing) {
            await queueOrganisationMail(tx, "received", existing);
            return "duplicate" as const;
          }
          const taken = await tx.organisation.findMany({ where: { slug: { startsWith: base || "organizacja" } }, select: { slug: true } });
          const id = randomUUID();
          const organisation = await tx.organisation.create({
            data: {
              id,
              slug: firstFreeSlug(base, new Set(taken.map((t) => t.slug))),
              ...organisationColumns(data),
              moderationStatus: "PENDING",
              submittedLocale: context.locale,
              policyVersion: PRIVACY_POLICY_VERSION,
              consentAt: now,
              manageTokenHash: hashToken(organisationTokenFor(id)),
              createdAt: now,
            },
            select: mailOrganisationSelect,
          });
          await queueOrganisationMail(tx, "received", organisation);
          await recordAudit(
            { actor: ORGANISATION_CONTACT_ACTOR, action: "organisation.create", entityType: "organisation", entityId: id, voivodeshipCode: data.voivodeshipCode, details: { type: data.type } },
            tx,
          );
          return "created" as const;
        });
      } catch (error) {
        // "Name 2" and a second "Name" can both want name-2 under different locks: try again with the slug taken.
        if (attempt < 3 && isSlugClash(error)) continue;
        throw error;
      }
    }
  } finally {
    kickOutbox();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The contact person's own page

const submissionSelect = {
  id: true,
  slug: true,
  name: true,
  type: true,
  communities: true,
  languages: true,
  voivodeshipCode: true,
  voivodeship: { select: { namePl: true, nameUk: true, nameEn: true } },
  city: true,
  descriptionPl: true,
  descriptionUk: true,
  descriptionEn: true,
  website: true,
  publicEmail: true,
  publicPhone: true,
  publishContact: true,
  contactPersonName: true,
  contactPersonEmail: true,
  contactPersonPhone: true,
  moderationStatus: true,
  moderationNote: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.OrganisationSelect;

/** What the contact person sees behind their personal link, or null for an unknown link. */
export async function getOrganisationSubmission(token: string) {
  if (typeof token !== "string" || token.length < 20 || token.length > 100) return null;
  const row = await db.organisation.findUnique({ where: { manageTokenHash: hashToken(token) }, select: submissionSelect });
  if (!row) return null;
  return { ...row, canEdit: row.moderationStatus === "CHANGES_REQUESTED" };
}

export type OrganisationSubmission = NonNullable<Awaited<ReturnType<typeof getOrganisationSubmission>>>;

export type ResubmitResult =
  | { ok: true }
  | { ok: false; formError: "notFound" | "notEditable" | "unavailable"; values?: JoinValues }
  | { ok: false; fieldErrors: Record<string, string>; values: JoinValues };

/** The contact person's corrected answers after a coordinator asked for changes: saved and back to PENDING. */
export async function resubmitOrganisation(token: string, raw: Record<string, unknown>): Promise<ResubmitResult> {
  const values = keptJoinValues(raw);
  const current = await getOrganisationSubmission(token);
  if (!current) return { ok: false, formError: "notFound" };
  if (!current.canEdit) return { ok: false, formError: "notEditable", values };
  const parsed = organisationJoinSchema.safeParse({ ...raw, consentProcessing: true });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf<string>(parsed.error) as Record<string, string>, values };
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.organisation.updateMany({
        where: { id: current.id, moderationStatus: "CHANGES_REQUESTED" },
        // the note answered is kept in the audit log (organisation.requestChanges)
        data: { ...organisationColumns(parsed.data), moderationStatus: "PENDING", moderationNote: null },
      });
      if (count === 0) return { ok: false as const, formError: "notEditable" as const, values };
      await recordAudit(
        { actor: ORGANISATION_CONTACT_ACTOR, action: "organisation.resubmit", entityType: "organisation", entityId: current.id, voivodeshipCode: parsed.data.voivodeshipCode },
        tx,
      );
      return { ok: true as const };
    });
  } catch (error) {
    logFailure("[organisation] resubmission failed", error);
    return { ok: false, formError: "unavailable", values };
  }
}
