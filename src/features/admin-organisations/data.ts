import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ADMIN_PAGE_SIZE, idSchema } from "@/features/admin-registrations/schema";
import { recordAudit } from "@/features/audit/data";
import { kickOutbox } from "@/features/outbox/data";
import { mailOrganisationSelect, queueOrganisationMail } from "@/features/organisations/join";
import { organisationColumns, organisationJoinSchema } from "@/features/organisations/join-schema";
import { fieldErrorsOf } from "@/features/registrations/schema";
import { db } from "@/server/db";
import { requireCoordinator, type CurrentUser } from "@/server/session";
import { DECISION_RULES, decisionsFrom, MODERATION_STATUSES, moderationSchema, type OrganisationListQuery } from "./schema";

// Coordinators' moderation of the organisation directory. An organisation belongs to its voivodeship: every
// function starts with requireCoordinator() and ANDs organisationScope(user) into its `where`, including look-ups
// by id, so a coordinator sees, counts and changes only their own voivodeships' organisations; admins see all.
// Out of scope and non-existent look the same: null (the page answers 404). See docs/decisions/006-region-scope.md.

/** Prisma `where` fragment limiting organisations to what `user` may see. Admins: no limit. */
export function organisationScope(user: Pick<CurrentUser, "isAdmin" | "voivodeshipCodes">): Prisma.OrganisationWhereInput {
  return user.isAdmin ? {} : { voivodeshipCode: { in: user.voivodeshipCodes } };
}

const actorOf = (user: CurrentUser) => ({ userId: user.id, label: user.email });

const voivodeshipSelect = { code: true, slug: true, namePl: true, nameUk: true, nameEn: true } satisfies Prisma.VoivodeshipSelect;

const rowSelect = {
  id: true,
  slug: true,
  name: true,
  type: true,
  city: true,
  isPartner: true,
  moderationStatus: true,
  createdAt: true,
  updatedAt: true,
  voivodeship: { select: voivodeshipSelect },
} satisfies Prisma.OrganisationSelect;

export type ModerationCounts = Record<(typeof MODERATION_STATUSES)[number], number>;

/**
 * One page of the organisations in the user's scope, filtered in PostgreSQL, waiting ones first (the status enum's
 * order: pending, changes requested, approved, rejected, unpublished), oldest first within a status; with the
 * scope's counts per status.
 */
export async function listOrganisationsForModeration(query: OrganisationListQuery) {
  const user = await requireCoordinator();
  const scope = organisationScope(user);
  const filters: Prisma.OrganisationWhereInput[] = [];
  if (query.q) filters.push({ OR: [{ name: { contains: query.q, mode: "insensitive" } }, { city: { contains: query.q, mode: "insensitive" } }] });
  if (query.status) filters.push({ moderationStatus: query.status });
  if (query.voivodeship) filters.push({ voivodeshipCode: query.voivodeship });
  if (query.type) filters.push({ type: query.type });
  const where: Prisma.OrganisationWhereInput = { AND: [scope, ...filters] };
  const [total, groups] = await Promise.all([
    db.organisation.count({ where }),
    db.organisation.groupBy({ by: ["moderationStatus"], where: scope, _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(MODERATION_STATUSES.map((s) => [s, 0])) as ModerationCounts;
  for (const g of groups) counts[g.moderationStatus] = g._count._all;
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const items = total
    ? await db.organisation.findMany({
        where,
        orderBy: [{ moderationStatus: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        skip: (page - 1) * ADMIN_PAGE_SIZE,
        take: ADMIN_PAGE_SIZE,
        select: rowSelect,
      })
    : [];
  return { items, total, page, pages, counts };
}

export type ModerationRow = Awaited<ReturnType<typeof listOrganisationsForModeration>>["items"][number];

/** Everything a coordinator may see of one organisation, contact person included; never the token hash. */
const detailSelect = {
  ...rowSelect,
  communities: true,
  languages: true,
  voivodeshipCode: true,
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
  submittedLocale: true,
  policyVersion: true,
  consentAt: true,
  moderationNote: true,
  approvedAt: true,
} satisfies Prisma.OrganisationSelect;

async function findScoped<S extends Prisma.OrganisationSelect>(user: CurrentUser, organisationId: unknown, select: S) {
  if (typeof organisationId !== "string" || !idSchema.safeParse(organisationId).success) return null;
  return db.organisation.findFirst({ where: { AND: [{ id: organisationId }, organisationScope(user)] }, select });
}

/**
 * One organisation with its history from the audit log, or null when it does not exist or is outside the user's
 * scope. It shows the contact person (personal data), so opening it writes an `organisation.view` audit entry.
 */
export async function getOrganisationForModeration(organisationId: string) {
  const user = await requireCoordinator();
  const organisation = await findScoped(user, organisationId, detailSelect);
  if (!organisation) return null;
  const history = await db.auditLog.findMany({
    where: { entityType: "organisation", entityId: organisation.id, action: { not: "organisation.view" } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { id: true, at: true, actorLabel: true, action: true, details: true },
  });
  await recordAudit({ actor: actorOf(user), action: "organisation.view", entityType: "organisation", entityId: organisation.id, voivodeshipCode: organisation.voivodeshipCode });
  return {
    ...organisation,
    decisions: decisionsFrom(organisation.moderationStatus),
    /** the voivodeships this user may move it to (an admin: any) */
    canMoveAnywhere: user.isAdmin,
    allowedVoivodeships: user.voivodeshipCodes,
    history: history.map((h) => ({ ...h, id: h.id.toString() })),
  };
}

export type OrganisationForModeration = NonNullable<Awaited<ReturnType<typeof getOrganisationForModeration>>>;

/** What changed, for revalidating the public pages that show it (the action does that: it needs a request). */
export type PublicPagesChanged = { slug: string; voivodeshipSlugs: string[] };

export type ModerationResult =
  | ({ ok: true } & PublicPagesChanged)
  | { ok: false; error: "invalid" | "notAllowed"; fieldErrors?: Record<string, string> };

/**
 * Approve, ask for changes, reject, unpublish or republish. Approving, asking for changes and rejecting mail the
 * contact person in their language with the coordinator's note. Audited as organisation.<decision>.
 * Null when not found or out of scope.
 */
export async function moderateOrganisation(organisationId: string, raw: unknown, now = new Date()): Promise<ModerationResult | null> {
  const user = await requireCoordinator();
  const current = await findScoped(user, organisationId, { id: true, slug: true, moderationStatus: true, approvedAt: true, voivodeshipCode: true, voivodeship: { select: { slug: true } } });
  if (!current) return null;
  const parsed = moderationSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf<string>(parsed.error) as Record<string, string> };
  const { decision, note } = parsed.data;
  const rule = DECISION_RULES[decision];
  if (!rule.from.includes(current.moderationStatus)) return { ok: false, error: "notAllowed" };
  try {
    return await db.$transaction(async (tx) => {
      // only from the status the coordinator saw: two coordinators deciding at once cannot both win
      const { count } = await tx.organisation.updateMany({
        where: { AND: [{ id: current.id, moderationStatus: current.moderationStatus }, organisationScope(user)] },
        data: {
          moderationStatus: rule.to,
          ...(rule.mail ? { moderationNote: note || null } : {}),
          ...(rule.to === "APPROVED" && !current.approvedAt ? { approvedAt: now } : {}),
        },
      });
      if (count === 0) return { ok: false as const, error: "notAllowed" as const };
      if (rule.mail) {
        const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: current.id }, select: mailOrganisationSelect });
        await queueOrganisationMail(tx, rule.mail, organisation, { note });
      }
      await recordAudit(
        {
          actor: actorOf(user),
          action: `organisation.${decision}`,
          entityType: "organisation",
          entityId: current.id,
          voivodeshipCode: current.voivodeshipCode,
          details: { from: current.moderationStatus, to: rule.to, mailed: rule.mail !== null, ...(note ? { note } : {}) },
        },
        tx,
      );
      return { ok: true as const, slug: current.slug, voivodeshipSlugs: [current.voivodeship.slug] };
    });
  } finally {
    kickOutbox();
  }
}

export type UpdateResult = ({ ok: true } & PublicPagesChanged) | { ok: false; fieldErrors: Record<string, string> };

/**
 * A coordinator's edit of an organisation's entry, with the public form's rules. The organisation's own consents
 * (publishing its public contact, the processing clause) are not the coordinator's to give: they stay as they are.
 * A coordinator can move an organisation only into their own voivodeships. Null when not found or out of scope.
 */
export async function updateOrganisation(organisationId: string, raw: Record<string, unknown>): Promise<UpdateResult | null> {
  const user = await requireCoordinator();
  const current = await findScoped(user, organisationId, { ...detailSelect, voivodeship: { select: { slug: true } } });
  if (!current) return null;
  const parsed = organisationJoinSchema.safeParse({ ...raw, publishContact: current.publishContact, consentProcessing: true });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf<string>(parsed.error) as Record<string, string> };
  if (!user.isAdmin && !user.voivodeshipCodes.includes(parsed.data.voivodeshipCode)) return { ok: false, fieldErrors: { voivodeshipCode: "outOfScope" } };
  const columns = organisationColumns(parsed.data);
  const changed = (Object.keys(columns) as Array<keyof typeof columns>).filter((k) => JSON.stringify(columns[k]) !== JSON.stringify(current[k]));
  const moved = await db.$transaction(async (tx) => {
    await tx.organisation.updateMany({ where: { AND: [{ id: current.id }, organisationScope(user)] }, data: columns });
    await recordAudit(
      {
        actor: actorOf(user),
        action: "organisation.edit",
        entityType: "organisation",
        entityId: current.id,
        voivodeshipCode: columns.voivodeshipCode,
        details: { fields: changed, ...(columns.voivodeshipCode !== current.voivodeshipCode ? { from: current.voivodeshipCode, to: columns.voivodeshipCode } : {}) },
      },
      tx,
    );
    return tx.voivodeship.findUniqueOrThrow({ where: { code: columns.voivodeshipCode }, select: { slug: true } });
  });
  return { ok: true, slug: current.slug, voivodeshipSlugs: [...new Set([current.voivodeship.slug, moved.slug])] };
}
