import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit, type AuditActor } from "@/features/audit/data";
import { kickOutbox } from "@/features/outbox/data";
import {
  ACTIVE_STATUSES,
  assignPlace,
  HOLDS_PLACE,
  lockEvent,
  mailRegistrationSelect,
  promoteFromWaitlist,
  queueMail,
  waitlistPosition,
  type MailEvent,
} from "@/features/registrations/data";
import { db } from "@/server/db";
import { registrationRegion, requireCoordinator, scopeFilter, type CurrentUser } from "@/server/session";
import { idSchema } from "./schema";
import { canChangeStatus, internalNoteSchema, registrationStatusChangeSchema, type SkipReason, type StatusTarget } from "./status-schema";

// The coordinators' status workflow: manual confirmation and promotion, waiting list, cancellation, rejection and
// attendance, for one sign-up or a selection. Like every DAL function here it starts with requireCoordinator() and
// reads only sign-ups within scopeFilter(user): another region's ids are skipped exactly like ids that do not exist
// (docs/decisions/006-region-scope.md). Places change only under the event's row lock, as in
// src/features/registrations/data.ts, and each change's mail and audit entry commit with it.

type Tx = Prisma.TransactionClient;
type Change = { to: StatusTarget; notify: boolean; personalMessage: string; overCapacity: boolean };

// A selection of 50 sign-ups waits for the event's lock behind the public confirmations: give it time.
const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 } as const;

export type StatusChangeResult = {
  changed: number;
  /** in the order the ids were given */
  skipped: Array<{ id: string; reason: SkipReason }>;
  /** events whose sign-ups changed: their public pages show places, so the caller revalidates them */
  eventSlugs: string[];
};

const changeSelect = { ...mailRegistrationSelect, emailNormalized: true, emailConfirmedAt: true, confirmedAt: true, anonymisedAt: true } satisfies Prisma.RegistrationSelect;
type ChangeRow = Prisma.RegistrationGetPayload<{ select: typeof changeSelect }>;

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Changes the status of the given sign-ups (see ALLOWED_FROM in status-schema.ts for the transitions). Each change
 * writes a `registration.status` audit entry with the acting user and, when `notify`, queues the matching mail in
 * the person's language with the optional personal message. A place freed by cancelling or rejecting goes to the
 * waiting list (those people are always told). Ids that cannot be changed come back in `skipped` with the reason.
 */
export async function changeRegistrationStatus(
  input: { registrationIds: string[]; to: StatusTarget; notify: boolean; personalMessage?: string; overCapacity?: boolean },
  now = new Date(),
): Promise<StatusChangeResult> {
  const user = await requireCoordinator();
  const { registrationIds, ...change } = registrationStatusChangeSchema.parse(input);
  const wellFormed = registrationIds.filter((id) => idSchema.safeParse(id).success);
  const visible = wellFormed.length
    ? await db.registration.findMany({ where: { AND: [{ id: { in: wellFormed } }, scopeFilter(user).registration] }, select: { id: true, eventId: true } })
    : [];

  const reasons = new Map<string, SkipReason | "changed">(registrationIds.map((id) => [id, "notFound"]));
  const byEvent = new Map<string, string[]>();
  for (const r of visible) byEvent.set(r.eventId, [...(byEvent.get(r.eventId) ?? []), r.id]);
  const eventSlugs: string[] = [];
  let changed = 0;
  try {
    for (const [eventId, ids] of byEvent) {
      const outcome = await changeForEvent(user, eventId, ids, change, now);
      for (const [id, reason] of outcome.reasons) reasons.set(id, reason);
      const n = [...outcome.reasons.values()].filter((r) => r === "changed").length;
      if (n) eventSlugs.push(outcome.slug);
      changed += n;
    }
  } finally {
    if (changed) kickOutbox();
  }
  const skipped = registrationIds.flatMap((id) => {
    const reason = reasons.get(id)!;
    return reason === "changed" ? [] : [{ id, reason }];
  });
  return { changed, skipped, eventSlugs };
}

/** One event's part of a change, in one transaction under the event's lock. */
async function changeForEvent(user: CurrentUser, eventId: string, ids: string[], change: Change, now: Date) {
  // The partial unique index (one active sign-up per address and event) is checked before reinstating someone, but a
  // public sign-up does not take the event lock and may slip in between: then the whole event's part rolls back and
  // runs once more, and the check sees the new sign-up.
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const event = await lockEvent(tx, eventId);
        // read again under the lock (and within scope once more): statuses may have changed since the first look
        const rows = await tx.registration.findMany({
          where: { AND: [{ id: { in: ids } }, scopeFilter(user).registration] },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }], // earlier sign-ups get the free places first
          select: changeSelect,
        });
        const reasons = new Map<string, SkipReason | "changed">();
        let freedPlace = false;
        for (const row of rows) {
          const reason = await changeOne(tx, event, row, change, { userId: user.id, label: user.email }, now);
          reasons.set(row.id, reason);
          if (reason === "changed" && HOLDS_PLACE.includes(row.status) && (change.to === "CANCELLED" || change.to === "REJECTED")) freedPlace = true;
        }
        // once, after the whole selection: cancelling several people must not promote one of them in between
        if (freedPlace) await promoteFromWaitlist(tx, event, now);
        return { slug: event.slug, reasons };
      }, TX_OPTIONS);
    } catch (error) {
      if (isUniqueViolation(error) && attempt < 3) continue;
      throw error;
    }
  }
}

async function hasOtherActiveSignUp(tx: Tx, row: ChangeRow) {
  const other = await tx.registration.findFirst({
    where: { eventId: row.eventId, emailNormalized: row.emailNormalized, status: { in: ACTIVE_STATUSES }, id: { not: row.id } },
    select: { id: true },
  });
  return other !== null;
}

async function hasFreePlace(tx: Tx, event: MailEvent) {
  if (event.capacity === null) return true;
  return (await tx.registration.count({ where: { eventId: event.id, status: { in: HOLDS_PLACE } } })) < event.capacity;
}

async function changeOne(tx: Tx, event: MailEvent, row: ChangeRow, change: Change, actor: AuditActor, now: Date): Promise<SkipReason | "changed"> {
  const from = row.status;
  const { to } = change;
  if (row.anonymisedAt || !canChangeStatus(from, to)) return "notAllowed";
  const reinstating = !ACTIVE_STATUSES.includes(from);
  // leaving "awaiting confirmation": the mailed confirmation link must not act any more
  const closeLink = { confirmTokenHash: null, expiresAt: null };
  // a coordinator giving a place or a waiting-list position vouches for the address (manual confirmation)
  const addressConfirmed = { emailConfirmedAt: row.emailConfirmedAt ?? now };

  let data: Prisma.RegistrationUpdateInput;
  let overCapacity = false;
  switch (to) {
    case "CONFIRMED": {
      if (event.status === "CANCELLED" || event.endsAt <= now) return "eventClosed";
      if (reinstating && (await hasOtherActiveSignUp(tx, row))) return "duplicate";
      // A waiting person picked by the coordinator takes a free place directly. Anyone else gets one by the usual
      // rule, as if they had confirmed their address themselves: people already waiting come first.
      const free = from === "WAITLISTED" ? await hasFreePlace(tx, event) : (await assignPlace(tx, event, now)).status === "CONFIRMED";
      if (!free && !change.overCapacity) return "full";
      overCapacity = !free;
      data = { status: "CONFIRMED", confirmedAt: now, cancelledAt: null, ...addressConfirmed, ...closeLink };
      break;
    }
    case "WAITLISTED": {
      if (event.status === "CANCELLED" || event.endsAt <= now) return "eventClosed";
      if (reinstating && (await hasOtherActiveSignUp(tx, row))) return "duplicate";
      // Nobody waits while a place is free (the waiting list is promoted whenever one frees up): confirm instead.
      const place = await assignPlace(tx, event, now);
      if (place.status === "CONFIRMED") return "placeFree";
      data = { status: "WAITLISTED", waitlistedAt: place.waitlistedAt, confirmedAt: null, cancelledAt: null, ...addressConfirmed, ...closeLink };
      break;
    }
    case "CANCELLED":
      data = { status: "CANCELLED", cancelledAt: now, ...closeLink };
      break;
    case "REJECTED":
      data = { status: "REJECTED", ...closeLink };
      break;
    case "ATTENDED":
      // the person is there: whatever the capacity, they hold a place now (the database wants its time)
      data = { status: "ATTENDED", attendedAt: now, confirmedAt: row.confirmedAt ?? now, ...closeLink };
      break;
  }

  const updated = await tx.registration.update({ where: { id: row.id }, data, select: mailRegistrationSelect });
  await recordAudit(
    {
      actor,
      action: "registration.status",
      entityType: "registration",
      entityId: row.id,
      voivodeshipCode: registrationRegion({ voivodeshipCode: row.voivodeshipCode, event }),
      details: { from, to, notify: change.notify, ...(overCapacity ? { overCapacity: true } : {}) },
    },
    tx,
  );
  if (change.notify && to !== "ATTENDED") {
    const personalMessage = change.personalMessage || undefined;
    if (to === "WAITLISTED") {
      await queueMail(tx, "waitlisted", updated, event, { waitlistPosition: await waitlistPosition(tx, updated), personalMessage });
    } else {
      const kind = to === "CONFIRMED" ? (from === "WAITLISTED" ? "promoted" : "confirmed") : to === "CANCELLED" ? "cancelled" : "rejected";
      await queueMail(tx, kind, updated, event, { personalMessage });
    }
  }
  return "changed";
}

export type NoteResult = { ok: true } | { ok: false; fieldErrors: { note: string } };

/**
 * Saves the coordinators' internal note on a sign-up (empty text removes it) and records that it changed (not
 * what it says: the audit log outlives the notes). Null when the sign-up is missing or outside the user's scope.
 */
export async function saveInternalNote(registrationId: string, note: unknown): Promise<NoteResult | null> {
  const user = await requireCoordinator();
  if (!idSchema.safeParse(registrationId).success) return null;
  const current = await db.registration.findFirst({
    where: { AND: [{ id: registrationId }, scopeFilter(user).registration] },
    select: { id: true, internalNotes: true, voivodeshipCode: true, event: { select: { voivodeshipCode: true } } },
  });
  if (!current) return null;
  const parsed = internalNoteSchema.safeParse({ note });
  if (!parsed.success) return { ok: false, fieldErrors: { note: parsed.error.issues[0]?.message ?? "invalid" } };
  const text = parsed.data.note || null;
  if (text === current.internalNotes) return { ok: true };
  await db.$transaction(async (tx) => {
    await tx.registration.update({ where: { id: current.id }, data: { internalNotes: text } });
    await recordAudit(
      {
        actor: { userId: user.id, label: user.email },
        action: "registration.note",
        entityType: "registration",
        entityId: current.id,
        voivodeshipCode: registrationRegion(current),
        details: { length: text?.length ?? 0 },
      },
      tx,
    );
  });
  return { ok: true };
}
