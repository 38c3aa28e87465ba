import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ADMIN_PAGE_SIZE } from "@/features/admin-registrations/schema";
import { db } from "@/server/db";
import { requireAdmin } from "@/server/session";
import { warsawDayEnd, warsawDayStart, type AuditQuery } from "./schema";

// The admins' search of the audit log (who did what to which record, when). Admins only: the log covers every
// region and every staff member's actions (docs/decisions/012-outbox-audit-privacy.md).

const entrySelect = {
  id: true,
  at: true,
  actorUserId: true,
  actorLabel: true,
  action: true,
  entityType: true,
  entityId: true,
  voivodeshipCode: true,
  details: true,
} satisfies Prisma.AuditLogSelect;

export type AuditSearchResult =
  | { ok: true; items: Array<Omit<Prisma.AuditLogGetPayload<{ select: typeof entrySelect }>, "id"> & { id: string }>; total: number; page: number; pages: number }
  | { ok: false; error: "dateRange" };

/** One page of audit entries matching the filters, newest first. */
export async function searchAuditLog(query: AuditQuery): Promise<AuditSearchResult> {
  await requireAdmin();
  const from = query.from ? warsawDayStart(query.from) : undefined;
  const to = query.to ? warsawDayEnd(query.to) : undefined;
  if (from && to && to <= from) return { ok: false, error: "dateRange" };
  const filters: Prisma.AuditLogWhereInput[] = [];
  if (query.actor) filters.push({ actorLabel: { contains: query.actor, mode: "insensitive" } });
  if (query.action) filters.push({ action: { startsWith: query.action } });
  if (query.entityType) filters.push({ entityType: query.entityType });
  if (query.entityId) filters.push({ entityId: query.entityId });
  if (query.voivodeship) filters.push({ voivodeshipCode: query.voivodeship });
  if (from || to) filters.push({ at: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } });
  const where: Prisma.AuditLogWhereInput = { AND: filters };
  const total = await db.auditLog.count({ where });
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const items = total
    ? await db.auditLog.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (page - 1) * ADMIN_PAGE_SIZE, take: ADMIN_PAGE_SIZE, select: entrySelect })
    : [];
  return { ok: true, items: items.map((e) => ({ ...e, id: e.id.toString() })), total, page, pages };
}

export type AuditEntryRow = Extract<AuditSearchResult, { ok: true }>["items"][number];
