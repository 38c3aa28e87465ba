import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Locale } from "@/i18n/routing";
import { localized } from "@/lib/localized";
import { PRIVACY_POLICY_VERSION } from "@/lib/policy";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { recordAudit, type AuditActor } from "@/features/audit/data";
import { enqueueMail, kickOutbox } from "@/features/outbox/data";
import { buildApplicationMail, type ApplicationMailKind } from "./mail";
import { fieldErrorsOf, normaliseEmail } from "@/features/registrations/schema";
import {
  answersOf,
  followUpSchemas,
  hasFollowUp,
  OPEN_STATUSES,
  type ApplicationData,
  type ApplicationStatus,
  type OfferKind,
} from "./schema";
import { applicationTokenFor, followUpTokenFor, hashToken } from "./tokens";

// The public side of offer applications: sending one, the applicant's own page behind the link in every mail
// (see and withdraw), and the follow-up form. Coordinators' side: src/features/admin-applications.

type Tx = Prisma.TransactionClient;

export const APPLICANT_ACTOR: AuditActor = { label: "applicant" };

export const applicationOfferSelect = {
  id: true,
  kind: true,
  slug: true,
  titlePl: true,
  titleUk: true,
  titleEn: true,
  acceptsApplications: true,
} satisfies Prisma.ProgrammeOfferSelect;

export type ApplicationOffer = Prisma.ProgrammeOfferGetPayload<{ select: typeof applicationOfferSelect }>;

/** The offer an application form is for, or null. */
export function getApplicationOffer(slug: string): Promise<ApplicationOffer | null> {
  if (slug.length > 100) return Promise.resolve(null);
  return db.programmeOffer.findUnique({ where: { slug }, select: applicationOfferSelect });
}

export const mailApplicationSelect = {
  id: true,
  fullName: true,
  email: true,
  locale: true,
  status: true,
  voivodeshipCode: true,
  offer: { select: applicationOfferSelect },
} satisfies Prisma.OfferApplicationSelect;

export type MailApplication = Prisma.OfferApplicationGetPayload<{ select: typeof mailApplicationSelect }>;

export const applicationUrl = (locale: string, applicationId: string) => `${env.APP_URL}/${locale}/applications/${applicationTokenFor(applicationId)}`;
export const followUpUrl = (locale: string, applicationId: string) => `${env.APP_URL}/${locale}/applications/${followUpTokenFor(applicationId)}/follow-up`;

/** Writes one mail about an application to the outbox, in the caller's transaction, in the applicant's language. */
export async function queueApplicationMail(tx: Tx, kind: ApplicationMailKind, application: MailApplication, extra: { personalMessage?: string } = {}) {
  const locale = application.locale as Locale;
  const mail = buildApplicationMail(kind, {
    locale,
    fullName: application.fullName,
    offerTitle: localized(application.offer, "title", locale),
    applicationUrl: applicationUrl(locale, application.id),
    followUpUrl: kind === "followUp" ? followUpUrl(locale, application.id) : undefined,
    followUpExpected: hasFollowUp(application.offer.kind),
    personalMessage: extra.personalMessage,
  });
  await enqueueMail(tx, { kind: `application.${kind}`, to: application.email, locale, ...mail, applicationId: application.id });
}

// ---------------------------------------------------------------------------------------------------------------
// Sending an application

export type ApplyOutcome = "created" | "duplicate";
export type ApplyError = "offerNotFound" | "closed";

/**
 * Saves a NEW application and queues the acknowledgement with the personal link, in one transaction. One open
 * application per (offer, e-mail): a second one creates nothing and the person gets their link again.
 */
export async function createApplication(
  offer: ApplicationOffer,
  data: ApplicationData,
  context: { locale: Locale; now?: Date },
): Promise<{ ok: true; outcome: ApplyOutcome } | { ok: false; error: ApplyError } | { ok: false; fieldErrors: Record<string, string> }> {
  if (!offer.acceptsApplications) return { ok: false, error: "closed" };
  const now = context.now ?? new Date();
  const kind = offer.kind as OfferKind;
  if (data.organisationMode === "directory") {
    const organisation = await db.organisation.findFirst({ where: { id: data.organisationId, moderationStatus: "APPROVED" }, select: { id: true } });
    if (!organisation) return { ok: false, fieldErrors: { organisationId: "chooseOrganisation" } };
  }
  const emailNormalized = normaliseEmail(data.email);
  try {
    return await db.$transaction(async (tx) => {
      // No unique index can say "one open application": two identical submissions at once queue up here instead.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('offer-application'), hashtext(${`${offer.id}:${emailNormalized}`}))`;
      const existing = await tx.offerApplication.findFirst({
        where: { offerId: offer.id, emailNormalized, status: { in: [...OPEN_STATUSES] } },
        select: mailApplicationSelect,
      });
      if (existing) {
        await queueApplicationMail(tx, "manageLink", existing);
        return { ok: true as const, outcome: "duplicate" as const };
      }
      const id = crypto.randomUUID();
      const application = await tx.offerApplication.create({
        data: {
          id,
          offerId: offer.id,
          fullName: data.fullName,
          email: data.email,
          emailNormalized,
          phone: data.phone || null,
          organisationId: data.organisationMode === "directory" ? data.organisationId : null,
          organisationName: data.organisationMode === "other" ? data.organisationName : null,
          voivodeshipCode: data.voivodeshipCode,
          city: data.city || null,
          locale: context.locale,
          contactLanguage: data.contactLanguage,
          answers: answersOf(kind, data),
          status: "NEW",
          policyVersion: PRIVACY_POLICY_VERSION,
          consentProcessingAt: now,
          consentImageAt: kind === "FILM_PORTRAIT" && data.consentImage === true ? now : null,
          consentNewsletterAt: data.consentNewsletter ? now : null,
          manageTokenHash: hashToken(applicationTokenFor(id)),
          createdAt: now,
        },
        select: mailApplicationSelect,
      });
      await queueApplicationMail(tx, "received", application);
      await recordAudit({ actor: APPLICANT_ACTOR, action: "application.create", entityType: "application", entityId: id, voivodeshipCode: data.voivodeshipCode, details: { offer: kind } }, tx);
      return { ok: true as const, outcome: "created" as const };
    });
  } finally {
    kickOutbox();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The applicant's own page

const managedSelect = {
  id: true,
  fullName: true,
  email: true,
  phone: true,
  organisationName: true,
  organisation: { select: { name: true } },
  voivodeshipCode: true,
  voivodeship: { select: { namePl: true, nameUk: true, nameEn: true } },
  city: true,
  contactLanguage: true,
  locale: true,
  answers: true,
  status: true,
  createdAt: true,
  decidedAt: true,
  withdrawnAt: true,
  followUpTokenHash: true,
  followUpAnswers: true,
  consentImageAt: true,
  consentNewsletterAt: true,
  offer: { select: applicationOfferSelect },
} satisfies Prisma.OfferApplicationSelect;

const canWithdraw = (status: ApplicationStatus) => (OPEN_STATUSES as readonly string[]).includes(status);

/** What the person sees behind their personal link, or null for an unknown link. */
export async function getManagedApplication(token: string) {
  if (token.length > 100) return null;
  const row = await db.offerApplication.findUnique({ where: { manageTokenHash: hashToken(token) }, select: managedSelect });
  if (!row) return null;
  const { followUpTokenHash, ...application } = row;
  const followUpOpen = followUpTokenHash !== null && application.status === "ACCEPTED" && hasFollowUp(application.offer.kind);
  return {
    ...application,
    canWithdraw: canWithdraw(application.status),
    /** the follow-up form's path (without locale) while it waits for answers */
    followUpPath: followUpOpen && application.followUpAnswers === null ? `/applications/${followUpTokenFor(application.id)}/follow-up` : null,
  };
}

export type ManagedApplication = NonNullable<Awaited<ReturnType<typeof getManagedApplication>>>;

/** The applicant withdraws their application (any open status); they get a confirmation mail. */
export async function withdrawApplication(token: string, now = new Date()): Promise<{ ok: boolean }> {
  const current = await getManagedApplication(token);
  if (!current || !current.canWithdraw) return { ok: false };
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.offerApplication.updateMany({
        where: { id: current.id, status: { in: [...OPEN_STATUSES] } },
        data: { status: "WITHDRAWN", withdrawnAt: now, followUpTokenHash: null },
      });
      if (count === 0) return { ok: false };
      const application = await tx.offerApplication.findUniqueOrThrow({ where: { id: current.id }, select: mailApplicationSelect });
      await queueApplicationMail(tx, "withdrawn", application);
      await recordAudit({ actor: APPLICANT_ACTOR, action: "application.withdraw", entityType: "application", entityId: current.id, voivodeshipCode: current.voivodeshipCode, details: { from: current.status } }, tx);
      return { ok: true };
    });
  } finally {
    kickOutbox();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Follow-up form (accepted applicants of the course and the incubator, once a coordinator has sent the link)

/** The follow-up form behind its link, or null when the link is unknown or no longer valid. */
export async function getFollowUp(token: string) {
  if (token.length > 100) return null;
  const row = await db.offerApplication.findUnique({
    where: { followUpTokenHash: hashToken(token) },
    select: { id: true, fullName: true, status: true, followUpAnswers: true, voivodeshipCode: true, offer: { select: applicationOfferSelect } },
  });
  if (!row || row.status !== "ACCEPTED" || !hasFollowUp(row.offer.kind)) return null;
  return { ...row, kind: row.offer.kind as "ANIMATORS_COURSE" | "INCUBATOR", answered: row.followUpAnswers !== null };
}

export type FollowUpError = "notFound" | "alreadyAnswered";

/** Stores the follow-up answers, once. */
export async function submitFollowUp(
  token: string,
  raw: Record<string, unknown>,
): Promise<{ ok: true } | { ok: false; formError: FollowUpError } | { ok: false; fieldErrors: Record<string, string> }> {
  const current = await getFollowUp(token);
  if (!current) return { ok: false, formError: "notFound" };
  if (current.answered) return { ok: false, formError: "alreadyAnswered" };
  const parsed = followUpSchemas[current.kind].safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf<string>(parsed.error) as Record<string, string> };
  return db.$transaction(async (tx) => {
    const { count } = await tx.offerApplication.updateMany({
      where: { id: current.id, status: "ACCEPTED", followUpAnswers: { equals: Prisma.DbNull } },
      data: { followUpAnswers: parsed.data },
    });
    if (count === 0) return { ok: false as const, formError: "alreadyAnswered" as const };
    await recordAudit({ actor: APPLICANT_ACTOR, action: "application.followUpAnswer", entityType: "application", entityId: current.id, voivodeshipCode: current.voivodeshipCode }, tx);
    return { ok: true as const };
  });
}
