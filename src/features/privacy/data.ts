import "server-only";
import type { Prisma, RegistrationStatus } from "@/generated/prisma/client";
import { recordAudit } from "@/features/audit/data";
import { kickOutbox } from "@/features/outbox/data";
import { lockEvent, promoteFromWaitlist } from "@/features/registrations/data";
import { db } from "@/server/db";
import { requireAdmin, type CurrentUser } from "@/server/session";
import { anonymiseApplications, anonymiseRegistrations, clearMails, clearOrganisationContacts } from "./anonymise";
import { personalDataErasureSchema, personalDataLookupSchema, privacyErrorOf, type PrivacyError } from "./schema";

// The admins' data-subject tools (RODO art. 15, 17, 20): everything the portal holds about one e-mail address, its
// export as JSON and its erasure. Admins only: every function starts with requireAdmin() (a coordinator gets a 404).
// Looking, exporting and erasing are audited; the audit entries name the rows by id, never by the address, so the
// log does not keep what was erased. See docs/decisions/012-outbox-audit-privacy.md.

const actorOf = (user: CurrentUser) => ({ userId: user.id, label: user.email });

const eventSelect = { id: true, slug: true, titlePl: true, titleUk: true, titleEn: true, startsAt: true, endsAt: true, status: true, voivodeshipCode: true } satisfies Prisma.EventSelect;

/** A sign-up as the person gave it (and the coordinators' note about it); never token hashes. */
const registrationSelect = {
  id: true,
  status: true,
  fullName: true,
  email: true,
  phone: true,
  organisationId: true,
  organisationName: true,
  noOrganisation: true,
  roleInOrganisation: true,
  community: true,
  groupType: true,
  voivodeshipCode: true,
  city: true,
  contactLanguage: true,
  contactLanguageOther: true,
  locale: true,
  interpretationNeeded: true,
  interpretationLanguage: true,
  accessibilityNeeds: true,
  expectations: true,
  heardFrom: true,
  policyVersion: true,
  consentProcessingAt: true,
  consentSensitiveAt: true,
  consentNewsletterAt: true,
  consentImageAt: true,
  emailConfirmedAt: true,
  confirmedAt: true,
  waitlistedAt: true,
  cancelledAt: true,
  attendedAt: true,
  internalNotes: true,
  createdAt: true,
  updatedAt: true,
  event: { select: eventSelect },
} satisfies Prisma.RegistrationSelect;

const applicationSelect = {
  id: true,
  status: true,
  fullName: true,
  email: true,
  phone: true,
  organisationId: true,
  organisationName: true,
  voivodeshipCode: true,
  city: true,
  locale: true,
  contactLanguage: true,
  answers: true,
  followUpAnswers: true,
  score: true,
  reviewerNotes: true,
  policyVersion: true,
  consentProcessingAt: true,
  consentSensitiveAt: true,
  consentImageAt: true,
  consentNewsletterAt: true,
  decidedAt: true,
  withdrawnAt: true,
  createdAt: true,
  updatedAt: true,
  offer: { select: { id: true, slug: true, kind: true, titlePl: true, titleUk: true, titleEn: true } },
} satisfies Prisma.OfferApplicationSelect;

const organisationSelect = {
  id: true,
  slug: true,
  name: true,
  voivodeshipCode: true,
  moderationStatus: true,
  contactPersonName: true,
  contactPersonEmail: true,
  contactPersonPhone: true,
  submittedLocale: true,
  policyVersion: true,
  consentAt: true,
  createdAt: true,
} satisfies Prisma.OrganisationSelect;

const mailSelect = {
  id: true,
  kind: true,
  toAddress: true,
  locale: true,
  subject: true,
  status: true,
  attempts: true,
  lastError: true,
  sentAt: true,
  createdAt: true,
  registrationId: true,
  applicationId: true,
  organisationId: true,
} satisfies Prisma.OutboxMailSelect;

const auditSelect = { id: true, at: true, actorLabel: true, action: true, entityType: true, entityId: true, voivodeshipCode: true, details: true } satisfies Prisma.AuditLogSelect;

/** Lists on the page stop here; the export has everything. */
const PAGE_LIMIT = 200;

async function collect(email: string, limit?: number) {
  const [registrations, applications, organisations] = await Promise.all([
    db.registration.findMany({ where: { emailNormalized: email }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: registrationSelect }),
    db.offerApplication.findMany({ where: { emailNormalized: email }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: applicationSelect }),
    db.organisation.findMany({ where: { contactPersonEmail: { equals: email, mode: "insensitive" } }, orderBy: { createdAt: "desc" }, select: organisationSelect }),
  ]);
  const ids = {
    registrations: registrations.map((r) => r.id),
    applications: applications.map((a) => a.id),
    organisations: organisations.map((o) => o.id),
  };
  const entityIds = [...ids.registrations, ...ids.applications, ...ids.organisations];
  const mailWhere: Prisma.OutboxMailWhereInput = {
    OR: [
      { toAddress: { equals: email, mode: "insensitive" } },
      { registrationId: { in: ids.registrations } },
      { applicationId: { in: ids.applications } },
    ],
  };
  const [mails, mailCount, audit, auditCount] = await Promise.all([
    db.outboxMail.findMany({ where: mailWhere, orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: mailSelect, take: limit }),
    db.outboxMail.count({ where: mailWhere }),
    entityIds.length
      ? db.auditLog.findMany({ where: { entityId: { in: entityIds } }, orderBy: [{ at: "desc" }, { id: "desc" }], select: auditSelect, take: limit })
      : Promise.resolve([]),
    entityIds.length ? db.auditLog.count({ where: { entityId: { in: entityIds } } }) : Promise.resolve(0),
  ]);
  return {
    email,
    registrations,
    applications,
    organisations,
    mails,
    mailCount,
    audit: audit.map((a) => ({ ...a, id: a.id.toString() })),
    auditCount,
    ids,
  };
}

export type PersonalData = Awaited<ReturnType<typeof collect>>;
export type LookupResult = { ok: true; data: PersonalData } | { ok: false; error: PrivacyError };

const summary = (data: PersonalData) => ({ ...data.ids, mails: data.mailCount });

/**
 * Everything held about one address: sign-ups, applications, organisations where it is the contact person, outbox
 * mails (to it or about those rows) and the audit entries of those rows. Writes a `personaldata.view` entry.
 */
export async function findPersonalData(input: { email: unknown }): Promise<LookupResult> {
  const user = await requireAdmin();
  const parsed = personalDataLookupSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: privacyErrorOf(parsed.error) };
  const data = await collect(parsed.data.email, PAGE_LIMIT);
  await recordAudit({ actor: actorOf(user), action: "personaldata.view", entityType: "person", details: summary(data) });
  return { ok: true, data };
}

/** The same, complete, as a JSON document for the person (RODO art. 15 and 20). Writes a `personaldata.export` entry. */
export async function exportPersonalData(input: { email: unknown }): Promise<{ ok: true; json: string } | { ok: false; error: PrivacyError }> {
  const user = await requireAdmin();
  const parsed = personalDataLookupSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: privacyErrorOf(parsed.error) };
  const now = new Date();
  const { ids, mailCount, auditCount, ...data } = await collect(parsed.data.email);
  void mailCount;
  void auditCount;
  await recordAudit({ actor: actorOf(user), action: "personaldata.export", entityType: "person", details: { ...ids, mails: data.mails.length } });
  const document = { exportedAt: now.toISOString(), exportedBy: "KOMM", ...data };
  return { ok: true, json: JSON.stringify(document, (_key, value) => (typeof value === "bigint" ? value.toString() : value), 2) };
}

export type ErasureCounts = { registrations: number; cancelled: number; applications: number; withdrawn: number; organisations: number; mails: number };
/** `eventSlugs`: events whose places changed (their public pages show places, so the caller revalidates them). */
export type ErasureResult = { ok: true; counts: ErasureCounts; eventSlugs: string[] } | { ok: false; error: PrivacyError };

/** Sign-ups that still hold or wait for a place in a meeting that has not ended: cancelled before they are anonymised. */
const OPEN_STATUSES: RegistrationStatus[] = ["PENDING_EMAIL", "CONFIRMED", "WAITLISTED"];
const UNDECIDED = ["NEW", "IN_REVIEW"] as const;

/**
 * Erases (anonymises, with the retention job's functions) everything held about an address. Sign-ups of meetings
 * that have not ended are cancelled first, under the event's lock, and a freed place goes to the waiting list as
 * with any cancellation; sign-ups of past meetings keep their status so attendance still counts. Undecided
 * applications become withdrawn. The person gets no mail (their address is what is being erased). One
 * `personaldata.erase` audit entry, plus a `registration.status` entry per cancelled sign-up.
 */
export async function erasePersonalData(input: { email: unknown; confirmation: unknown }, now = new Date()): Promise<ErasureResult> {
  const user = await requireAdmin();
  const parsed = personalDataErasureSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: privacyErrorOf(parsed.error) };
  const { email } = parsed.data;
  const actor = actorOf(user);
  const counts: ErasureCounts = { registrations: 0, cancelled: 0, applications: 0, withdrawn: 0, organisations: 0, mails: 0 };
  const erased = { registrations: [] as string[], cancelled: [] as string[], applications: [] as string[], withdrawn: [] as string[], organisations: [] as string[] };

  const registrations = await db.registration.findMany({ where: { emailNormalized: email, anonymisedAt: null }, select: { id: true, eventId: true } });
  const byEvent = new Map<string, string[]>();
  const eventSlugs: string[] = [];
  for (const r of registrations) byEvent.set(r.eventId, [...(byEvent.get(r.eventId) ?? []), r.id]);
  try {
    for (const [eventId, ids] of byEvent) {
      await db.$transaction(
        async (tx) => {
          const event = await lockEvent(tx, eventId);
          const rows = await tx.registration.findMany({ where: { id: { in: ids }, anonymisedAt: null }, select: { id: true, status: true, voivodeshipCode: true } });
          const open = event.status === "PUBLISHED" && event.endsAt > now;
          let freedPlace = false;
          for (const row of rows) {
            if (!open || !OPEN_STATUSES.includes(row.status)) continue;
            await tx.registration.update({ where: { id: row.id }, data: { status: "CANCELLED", cancelledAt: now } });
            await recordAudit(
              {
                actor,
                action: "registration.status",
                entityType: "registration",
                entityId: row.id,
                voivodeshipCode: event.voivodeshipCode ?? row.voivodeshipCode,
                details: { from: row.status, to: "CANCELLED", notify: false, reason: "erasure" },
              },
              tx,
            );
            if (row.status === "CONFIRMED") freedPlace = true;
            erased.cancelled.push(row.id);
            if (!eventSlugs.includes(event.slug)) eventSlugs.push(event.slug);
          }
          const rowIds = rows.map((r) => r.id);
          counts.registrations += await anonymiseRegistrations(tx, rowIds, now);
          counts.mails += await clearMails(tx, { registrationIds: rowIds });
          erased.registrations.push(...rowIds);
          if (freedPlace) await promoteFromWaitlist(tx, event, now);
        },
        { maxWait: 60_000, timeout: 60_000 },
      );
    }
  } finally {
    if (erased.cancelled.length) kickOutbox(); // promotion mails to the people waiting
  }
  counts.cancelled = erased.cancelled.length;

  await db.$transaction(async (tx) => {
    const applications = await tx.offerApplication.findMany({ where: { emailNormalized: email, anonymisedAt: null }, select: { id: true, status: true } });
    const undecided = applications.filter((a) => (UNDECIDED as readonly string[]).includes(a.status)).map((a) => a.id);
    if (undecided.length) await tx.offerApplication.updateMany({ where: { id: { in: undecided } }, data: { status: "WITHDRAWN", withdrawnAt: now } });
    erased.withdrawn = undecided;
    erased.applications = applications.map((a) => a.id);
    counts.withdrawn = undecided.length;
    counts.applications = await anonymiseApplications(tx, erased.applications, now);

    const organisations = await tx.organisation.findMany({ where: { contactPersonEmail: { equals: email, mode: "insensitive" } }, select: { id: true } });
    erased.organisations = organisations.map((o) => o.id);
    counts.organisations = await clearOrganisationContacts(tx, erased.organisations, now);

    counts.mails += await clearMails(tx, { applicationIds: erased.applications, address: email });
    await recordAudit({ actor, action: "personaldata.erase", entityType: "person", details: { ...erased, mails: counts.mails } }, tx);
  });
  return { ok: true, counts, eventSlugs };
}
