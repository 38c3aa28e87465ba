import "server-only";
import type { ApplicationStatus, Prisma } from "@/generated/prisma/client";
import { ADMIN_PAGE_SIZE, idSchema } from "@/features/admin-registrations/schema";
import { recordAudit } from "@/features/audit/data";
import { applicationOfferSelect, getApplicationOffer, mailApplicationSelect, queueApplicationMail } from "@/features/applications/data";
import { APPLICATION_STATUSES, hasFollowUp } from "@/features/applications/schema";
import { followUpTokenFor, hashToken } from "@/features/applications/tokens";
import { kickOutbox } from "@/features/outbox/data";
import { db } from "@/server/db";
import { requireCoordinator, type CurrentUser } from "@/server/session";
import { DECISION_STATUSES, NEXT_STATUSES, reviewSchema, statusChangeSchema, type ApplicationListQuery } from "./schema";

// The coordinator area's review of offer applications. Every function starts with requireCoordinator() and puts
// applicationScope(user) into its `where`: an application belongs to its voivodeship (the one the applicant works
// in), so a coordinator sees, finds, counts and changes only those of their own voivodeships; admins see all. As in
// docs/decisions/006-region-scope.md, out of scope and non-existent look the same: null.

// schema.ts (isomorphic, no Prisma import) lists the statuses itself: it must name exactly the database's ones.
APPLICATION_STATUSES satisfies readonly ApplicationStatus[];
const allStatusesListed: [ApplicationStatus] extends [(typeof APPLICATION_STATUSES)[number]] ? true : never = true;
void allStatusesListed;

/** Prisma `where` fragment limiting applications to what `user` may see. Admins: no limit. */
export function applicationScope(user: Pick<CurrentUser, "isAdmin" | "voivodeshipCodes">): Prisma.OfferApplicationWhereInput {
  return user.isAdmin ? {} : { voivodeshipCode: { in: user.voivodeshipCodes } };
}

const actorOf = (user: CurrentUser) => ({ userId: user.id, label: user.email });

export type ApplicationCounts = Record<ApplicationStatus, number>;
const emptyCounts = (): ApplicationCounts => Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0])) as ApplicationCounts;

/** Every offer with the user's visible applications counted per status: one grouped query. */
export async function listOffersWithApplicationCounts() {
  const user = await requireCoordinator();
  const [offers, groups] = await Promise.all([
    db.programmeOffer.findMany({ orderBy: { sortOrder: "asc" }, select: applicationOfferSelect }),
    db.offerApplication.groupBy({ by: ["offerId", "status"], where: applicationScope(user), _count: { _all: true } }),
  ]);
  return offers.map((offer) => {
    const counts = emptyCounts();
    for (const g of groups) if (g.offerId === offer.id) counts[g.status] = g._count._all;
    return { ...offer, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
  });
}

export type OfferWithCounts = Awaited<ReturnType<typeof listOffersWithApplicationCounts>>[number];

const voivodeshipNameSelect = { code: true, namePl: true, nameUk: true, nameEn: true } satisfies Prisma.VoivodeshipSelect;

export const applicationRowSelect = {
  id: true,
  fullName: true,
  email: true,
  organisationName: true,
  organisation: { select: { name: true } },
  voivodeshipCode: true,
  voivodeship: { select: voivodeshipNameSelect },
  city: true,
  status: true,
  score: true,
  createdAt: true,
  anonymisedAt: true,
} satisfies Prisma.OfferApplicationSelect;

export type ApplicationRow = Prisma.OfferApplicationGetPayload<{ select: typeof applicationRowSelect }>;

/** The list's search and filters as `where` conditions (the export of the list uses them too). */
export function applicationListWhere(query: Pick<ApplicationListQuery, "q" | "status" | "voivodeship">): Prisma.OfferApplicationWhereInput[] {
  const where: Prisma.OfferApplicationWhereInput[] = [];
  if (query.q) {
    const q = query.q;
    where.push({
      OR: [
        { fullName: { contains: q, mode: "insensitive" } },
        { emailNormalized: { contains: q.toLowerCase() } },
        { organisationName: { contains: q, mode: "insensitive" } },
        { organisation: { name: { contains: q, mode: "insensitive" } } },
        { city: { contains: q, mode: "insensitive" } },
      ],
    });
  }
  if (query.status) where.push({ status: query.status });
  if (query.voivodeship) where.push({ voivodeshipCode: query.voivodeship });
  return where;
}

function listOrder(query: ApplicationListQuery): Prisma.OfferApplicationOrderByWithRelationInput[] {
  const dir = query.dir;
  // ties broken by sending order, then id, so pages never overlap or skip rows
  if (query.sort === "name") return [{ fullName: dir }, { createdAt: "asc" }, { id: "asc" }];
  if (query.sort === "status") return [{ status: dir }, { createdAt: "asc" }, { id: "asc" }];
  if (query.sort === "score") return [{ score: { sort: dir, nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }];
  return [{ createdAt: dir }, { id: dir }];
}

/**
 * One page of an offer's applications in the user's scope, searched, filtered and sorted in PostgreSQL, with the
 * offer's counts per status. Null when there is no such offer.
 */
export async function listOfferApplications(offerSlug: string, query: ApplicationListQuery) {
  const user = await requireCoordinator();
  const offer = typeof offerSlug === "string" ? await getApplicationOffer(offerSlug) : null;
  if (!offer) return null;
  const scope: Prisma.OfferApplicationWhereInput = { AND: [{ offerId: offer.id }, applicationScope(user)] };
  const where: Prisma.OfferApplicationWhereInput = { AND: [scope, ...applicationListWhere(query)] };
  const [total, groups] = await Promise.all([
    db.offerApplication.count({ where }),
    db.offerApplication.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
  ]);
  const counts = emptyCounts();
  for (const g of groups) counts[g.status] = g._count._all;
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const items = total
    ? await db.offerApplication.findMany({ where, orderBy: listOrder(query), skip: (page - 1) * ADMIN_PAGE_SIZE, take: ADMIN_PAGE_SIZE, select: applicationRowSelect })
    : [];
  return { offer, counts, all: Object.values(counts).reduce((a, b) => a + b, 0), items, total, page, pages };
}

/** Everything a coordinator may see about one application, never the token hashes. */
export const applicationDetailSelect = {
  ...applicationRowSelect,
  phone: true,
  contactLanguage: true,
  locale: true,
  answers: true,
  followUpAnswers: true,
  reviewerNotes: true,
  policyVersion: true,
  consentProcessingAt: true,
  consentImageAt: true,
  consentNewsletterAt: true,
  decidedAt: true,
  withdrawnAt: true,
  updatedAt: true,
  offer: { select: applicationOfferSelect },
} satisfies Prisma.OfferApplicationSelect;

const historySelect = { id: true, at: true, actorLabel: true, action: true, details: true } satisfies Prisma.AuditLogSelect;

/** The scoped row of one application (a lookup by id with the scope ANDed in), or null. */
async function findScoped<S extends Prisma.OfferApplicationSelect>(user: CurrentUser, applicationId: string, select: S) {
  if (typeof applicationId !== "string" || !idSchema.safeParse(applicationId).success) return null;
  return db.offerApplication.findFirst({ where: { AND: [{ id: applicationId }, applicationScope(user)] }, select });
}

/**
 * One application with its history from the audit log, or null when it does not exist or is outside the user's
 * scope. Opening it is personal-data access: it writes an `application.view` audit entry.
 */
export async function getApplicationDetail(applicationId: string) {
  const user = await requireCoordinator();
  const application = await findScoped(user, applicationId, { ...applicationDetailSelect, followUpTokenHash: true });
  if (!application) return null;
  const history = await db.auditLog.findMany({
    where: { entityType: "application", entityId: application.id, action: { not: "application.view" } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: historySelect,
  });
  await recordAudit({ actor: actorOf(user), action: "application.view", entityType: "application", entityId: application.id, voivodeshipCode: application.voivodeshipCode });
  const { followUpTokenHash, ...rest } = application;
  return {
    ...rest,
    followUpSent: followUpTokenHash !== null,
    canSendFollowUp: application.status === "ACCEPTED" && hasFollowUp(application.offer.kind) && application.followUpAnswers === null,
    nextStatuses: NEXT_STATUSES[application.status],
    history: history.map((h) => ({ ...h, id: h.id.toString() })),
  };
}

export type ApplicationDetail = NonNullable<Awaited<ReturnType<typeof getApplicationDetail>>>;

export type ReviewError = "invalid" | "notAllowed";
type Outcome = { ok: true } | { ok: false; error: ReviewError; fieldErrors?: Record<string, string> };

/**
 * Moves an application along new → in review → accepted / waitlisted / declined. Decisions are mailed to the
 * applicant in their language, with the coordinator's optional message. Null when not found or out of scope.
 */
export async function changeApplicationStatus(applicationId: string, raw: unknown, now = new Date()): Promise<Outcome | null> {
  const user = await requireCoordinator();
  const current = await findScoped(user, applicationId, { id: true, status: true, voivodeshipCode: true });
  if (!current) return null;
  const parsed = statusChangeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])) };
  const { status, message } = parsed.data;
  if (!NEXT_STATUSES[current.status].includes(status)) return { ok: false, error: "notAllowed" };
  const decision = (DECISION_STATUSES as readonly string[]).includes(status);
  try {
    return await db.$transaction(async (tx) => {
      // only from the status the coordinator saw: two coordinators deciding at once cannot both win
      const { count } = await tx.offerApplication.updateMany({
        where: { AND: [{ id: current.id, status: current.status }, applicationScope(user)] },
        data: { status, decidedAt: decision ? now : null },
      });
      if (count === 0) return { ok: false as const, error: "notAllowed" as const };
      const application = await tx.offerApplication.findUniqueOrThrow({ where: { id: current.id }, select: mailApplicationSelect });
      if (decision) await queueApplicationMail(tx, status.toLowerCase() as "accepted" | "waitlisted" | "declined", application, { personalMessage: message });
      await recordAudit(
        { actor: actorOf(user), action: "application.status", entityType: "application", entityId: current.id, voivodeshipCode: current.voivodeshipCode, details: { from: current.status, to: status, mailed: decision, message: decision && message !== "" } },
        tx,
      );
      return { ok: true as const };
    });
  } finally {
    kickOutbox();
  }
}

/** Saves the score (0–10, or none) and the reviewer's notes; each change is audited. Null when not found or out of scope. */
export async function reviewApplication(applicationId: string, raw: unknown): Promise<Outcome | null> {
  const user = await requireCoordinator();
  const current = await findScoped(user, applicationId, { id: true, score: true, reviewerNotes: true, voivodeshipCode: true });
  if (!current) return null;
  const parsed = reviewSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])) };
  const score = parsed.data.score;
  const reviewerNotes = parsed.data.reviewerNotes || null;
  await db.$transaction(async (tx) => {
    await tx.offerApplication.updateMany({ where: { AND: [{ id: current.id }, applicationScope(user)] }, data: { score, reviewerNotes } });
    const audit = (action: string, details?: Prisma.InputJsonValue) =>
      recordAudit({ actor: actorOf(user), action, entityType: "application", entityId: current.id, voivodeshipCode: current.voivodeshipCode, details }, tx);
    if (score !== current.score) await audit("application.score", { from: current.score, to: score });
    if (reviewerNotes !== current.reviewerNotes) await audit("application.note");
  });
  return { ok: true };
}

/**
 * Sends an accepted applicant of the course or the incubator the link to the follow-up form (again, if asked:
 * the link stays the same). Null when not found or out of scope.
 */
export async function sendApplicationFollowUp(applicationId: string): Promise<Outcome | null> {
  const user = await requireCoordinator();
  const current = await findScoped(user, applicationId, { id: true, status: true, voivodeshipCode: true, followUpAnswers: true, offer: { select: { kind: true } } });
  if (!current) return null;
  if (current.status !== "ACCEPTED" || !hasFollowUp(current.offer.kind) || current.followUpAnswers !== null) return { ok: false, error: "notAllowed" };
  try {
    await db.$transaction(async (tx) => {
      await tx.offerApplication.updateMany({
        where: { AND: [{ id: current.id, status: "ACCEPTED" }, applicationScope(user)] },
        data: { followUpTokenHash: hashToken(followUpTokenFor(current.id)) },
      });
      const application = await tx.offerApplication.findUniqueOrThrow({ where: { id: current.id }, select: mailApplicationSelect });
      await queueApplicationMail(tx, "followUp", application);
      await recordAudit({ actor: actorOf(user), action: "application.followUp", entityType: "application", entityId: current.id, voivodeshipCode: current.voivodeshipCode }, tx);
    });
    return { ok: true };
  } finally {
    kickOutbox();
  }
}
