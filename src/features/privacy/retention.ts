import "server-only";
import { recordAudit, SYSTEM_ACTOR } from "@/features/audit/data";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { anonymiseApplications, anonymiseRegistrations, clearMails } from "./anonymise";

// RODO retention (docs/decisions/012-outbox-audit-privacy.md): personal data is kept for RETENTION_MONTHS after it
// stops being needed — the end of the meeting for a sign-up, the decision or withdrawal for an offer application —
// then anonymised by a periodic job. Idempotent (only rows not anonymised yet) and batched; one audit entry per
// event's sign-ups and one per batch of applications, by "system".

/** The instant `months` calendar months before `now`. */
export function retentionCutoff(now: Date, months: number) {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

const DECIDED = ["ACCEPTED", "WAITLISTED", "DECLINED"] as const;

export type RetentionResult = { registrations: number; events: number; applications: number; mails: number };

/**
 * Anonymises sign-ups of meetings that ended before the cutoff and applications decided or withdrawn before it.
 * `batchSize` bounds each transaction; the job loops until nothing is left.
 */
export async function applyRetention({ now = new Date(), months = env.RETENTION_MONTHS, batchSize = 500 }: { now?: Date; months?: number; batchSize?: number } = {}): Promise<RetentionResult> {
  const cutoff = retentionCutoff(now, months);
  const result: RetentionResult = { registrations: 0, events: 0, applications: 0, mails: 0 };

  // Sign-ups, one event at a time (one audit entry per event), in batches within an event.
  for (;;) {
    const next = await db.registration.findFirst({
      where: { anonymisedAt: null, event: { endsAt: { lt: cutoff } } },
      select: { eventId: true, event: { select: { voivodeshipCode: true, endsAt: true } } },
    });
    if (!next) break;
    let count = 0;
    let mails = 0;
    for (;;) {
      const rows = await db.registration.findMany({ where: { eventId: next.eventId, anonymisedAt: null }, select: { id: true }, take: batchSize });
      if (!rows.length) break;
      const ids = rows.map((r) => r.id);
      const [changed, cleared] = await db.$transaction(async (tx) => [await anonymiseRegistrations(tx, ids, now), await clearMails(tx, { registrationIds: ids })]);
      count += changed;
      mails += cleared;
      if (rows.length < batchSize) break;
    }
    if (count === 0) continue; // another process got there first
    await recordAudit({
      actor: SYSTEM_ACTOR,
      action: "registration.anonymise",
      entityType: "event",
      entityId: next.eventId,
      voivodeshipCode: next.event.voivodeshipCode,
      details: { reason: "retention", count, mails, retentionMonths: months, eventEndedAt: next.event.endsAt.toISOString() },
    });
    result.registrations += count;
    result.mails += mails;
    result.events++;
  }

  // Applications, in batches (one audit entry per batch, listing the ids).
  for (;;) {
    const rows = await db.offerApplication.findMany({
      where: {
        anonymisedAt: null,
        OR: [
          { status: { in: [...DECIDED] }, decidedAt: { lt: cutoff } },
          { status: "WITHDRAWN", withdrawnAt: { lt: cutoff } },
        ],
      },
      select: { id: true },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (!rows.length) break;
    const ids = rows.map((r) => r.id);
    await db.$transaction(async (tx) => {
      const count = await anonymiseApplications(tx, ids, now);
      const mails = await clearMails(tx, { applicationIds: ids });
      await recordAudit({ actor: SYSTEM_ACTOR, action: "application.anonymise", entityType: "application", details: { reason: "retention", count, mails, retentionMonths: months, ids } }, tx);
      result.applications += count;
      result.mails += mails;
    });
    if (rows.length < batchSize) break;
  }
  return result;
}
