import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { insertRow } from "@/server/sql";

export type AuditActor = { userId?: string | null; label: string };

export type AuditEntry = {
  actor: AuditActor;
  /** verb.noun style, e.g. "registration.confirm", "registration.view", "registration.export" */
  action: string;
  entityType: string;
  entityId?: string | null;
  voivodeshipCode?: string | null;
  details?: Prisma.InputJsonValue;
};

type Writer = Pick<Prisma.TransactionClient, "auditLog">;

/** Appends to the audit log; pass the transaction client so the entry commits (or not) with the change. */
export async function recordAudit(entry: AuditEntry, client: Writer = db) {
  await client.auditLog.create({ data: auditLogData(entry) });
}

/** The audit row of an entry, for callers that batch it with the change it records. */
export function auditLogData(entry: AuditEntry) {
  return {
    actorUserId: entry.actor.userId ?? null,
    actorLabel: entry.actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    voivodeshipCode: entry.voivodeshipCode ?? null,
    details: entry.details,
  } satisfies Prisma.AuditLogUncheckedCreateInput;
}

export const SYSTEM_ACTOR: AuditActor = { label: "system" };
export const REGISTRANT_ACTOR: AuditActor = { label: "registrant" };

/** The audit row of an entry as `INSERT … SELECT …`, for one-statement writes: append `FROM <cte>` to tie it to a row. */
export function auditLogInsert(entry: AuditEntry) {
  return insertRow("AuditLog", auditLogData(entry), { actorUserId: "uuid", details: "jsonb" });
}
