// The coordinators' status workflow against a real database (src/features/admin-registrations/status.ts): manual
// confirmation and promotion within the capacity, the waiting list moving up, the mails each change queues, attendance,
// bulk changes, internal notes, the audit trail, and the region scope (docs/decisions/006-region-scope.md).
// DAL code runs "as" a user through runAsUser(). Other test files share this database: every row here is our own.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma, RegistrationStatus } from "@/generated/prisma/client";
import { changeRegistrationStatus, saveInternalNote } from "@/features/admin-registrations/status";
import { runAsUser } from "@/server/session";
import { createEvent, ensureVoivodeships, unique } from "../support/fixtures";
import { disconnectTestDb, testDb } from "../support/test-db";

const db = testDb();
const run = randomBytes(4).toString("hex");
const SECRET_LINK = "secret-123"; // in the fixture events' onlineMeetingUrl
const users = {} as Record<"admin" | "ma" | "pk", { id: string; email: string }>;
const eventIds: string[] = [];
let sequence = 0;

async function createUser(key: keyof typeof users, role: "ADMIN" | "COORDINATOR", codes: string[]) {
  const email = `${key}-${run}@admin-status.test`;
  const user = await db.user.create({
    data: { email, name: `${key} ${run}`, role, voivodeships: { create: codes.map((voivodeshipCode) => ({ voivodeshipCode })) } },
  });
  users[key] = { id: user.id, email };
}

async function event(overrides: Partial<Prisma.EventUncheckedCreateInput> = {}) {
  const created = await createEvent({ voivodeshipCode: "PL-MA", ...overrides });
  eventIds.push(created.id);
  return created;
}

/** A sign-up already in `status`, as the public flow would have left it; created one after another in time. */
async function signUp(eventId: string, status: RegistrationStatus, extra: Partial<Prisma.RegistrationUncheckedCreateInput> = {}) {
  const email = `${unique("person")}@admin-status.test`;
  const at = new Date(Date.now() - 3600_000 + sequence++ * 10);
  return db.registration.create({
    data: {
      eventId,
      fullName: `Osoba ${run}`,
      email,
      emailNormalized: email,
      locale: "pl",
      voivodeshipCode: "PL-MA",
      policyVersion: "2026-01",
      consentProcessingAt: at,
      status,
      createdAt: at,
      manageTokenHash: randomBytes(32).toString("hex"),
      confirmTokenHash: status === "PENDING_EMAIL" ? randomBytes(32).toString("hex") : null,
      expiresAt: status === "PENDING_EMAIL" ? new Date(Date.now() + 3600_000) : null,
      emailConfirmedAt: status === "PENDING_EMAIL" || status === "EXPIRED" ? null : at,
      confirmedAt: status === "CONFIRMED" || status === "ATTENDED" ? at : null,
      waitlistedAt: status === "WAITLISTED" ? at : null,
      cancelledAt: status === "CANCELLED" ? at : null,
      ...extra,
    },
  });
}

const asUser = <T>(key: keyof typeof users, fn: () => Promise<T>) => runAsUser(users[key].id, fn);
const statusOf = async (id: string) => (await db.registration.findUniqueOrThrow({ where: { id } })).status;
const mailsOf = (registrationId: string) => db.outboxMail.findMany({ where: { registrationId }, orderBy: { createdAt: "asc" } });
const statusAudits = (entityId: string) => db.auditLog.findMany({ where: { entityId, action: "registration.status" }, orderBy: { at: "asc" } });

beforeAll(async () => {
  await ensureVoivodeships();
  await createUser("admin", "ADMIN", []);
  await createUser("ma", "COORDINATOR", ["PL-MA"]);
  await createUser("pk", "COORDINATOR", ["PL-PK"]);
});

afterAll(async () => {
  const registrations = await db.registration.findMany({ where: { eventId: { in: eventIds } }, select: { id: true } });
  const ids = registrations.map((r) => r.id);
  await db.auditLog.deleteMany({ where: { OR: [{ entityId: { in: ids } }, { actorUserId: { in: Object.values(users).map((u) => u.id) } }] } });
  await db.outboxMail.deleteMany({ where: { registrationId: { in: ids } } });
  await db.registration.deleteMany({ where: { id: { in: ids } } });
  await db.event.deleteMany({ where: { id: { in: eventIds } } });
  await db.user.deleteMany({ where: { id: { in: Object.values(users).map((u) => u.id) } } });
  await disconnectTestDb();
});

describe("manual confirmation and promotion", () => {
  it("confirms an unconfirmed address by hand when a place is free, and says so in the mail with the link", async () => {
    const e = await event({ capacity: 2 });
    const pending = await signUp(e.id, "PENDING_EMAIL");
    const result = await asUser("ma", () => changeRegistrationStatus({ registrationIds: [pending.id], to: "CONFIRMED", notify: true }));
    expect(result).toEqual({ changed: 1, skipped: [], eventSlugs: [e.slug] });
    const row = await db.registration.findUniqueOrThrow({ where: { id: pending.id } });
    expect(row).toMatchObject({ status: "CONFIRMED", confirmTokenHash: null, expiresAt: null });
    expect(row.emailConfirmedAt).toBeInstanceOf(Date);
    expect(row.confirmedAt).toBeInstanceOf(Date);
    const [mail] = await mailsOf(pending.id);
    expect(mail).toMatchObject({ kind: "registration.confirmed", locale: "pl" });
    expect(mail!.text).toContain(SECRET_LINK);
  });

  it("respects the capacity: a full meeting needs the coordinator's explicit choice to exceed it", async () => {
    const e = await event({ capacity: 2 });
    await signUp(e.id, "CONFIRMED");
    await signUp(e.id, "CONFIRMED");
    const pending = await signUp(e.id, "PENDING_EMAIL");
    const waiting = await signUp(e.id, "WAITLISTED");

    const refused = await asUser("ma", () => changeRegistrationStatus({ registrationIds: [pending.id, waiting.id], to: "CONFIRMED", notify: true }));
    expect(refused).toEqual({
      changed: 0,
      skipped: [
        { id: pending.id, reason: "full" },
        { id: waiting.id, reason: "full" },
      ],
      eventSlugs: [],
    });
    expect(await statusOf(pending.id)).toBe("PENDING_EMAIL");
    expect(await statusOf(waiting.id)).toBe("WAITLISTED");
    expect(await mailsOf(pending.id)).toEqual([]);
    expect(await statusAudits(pending.id)).toEqual([]);

    const forced = await asUser("ma", () =>
      changeRegistrationStatus({ registrationIds: [waiting.id], to: "CONFIRMED", notify: true, personalMessage: "Zapraszamy jako prelegentkę.", overCapacity: true }),
    );
    expect(forced.changed).toBe(1);
    expect(await db.registration.count({ where: { eventId: e.id, status: "CONFIRMED" } })).toBe(3);
    const [promoted] = await mailsOf(waiting.id);
    expect(promoted!.kind).toBe("registration.promoted"); // a manual promotion from the waiting list
    expect(promoted!.text).toContain("Zapraszamy jako prelegentkę.");
    expect((await statusAudits(waiting.id))[0]!.details).toEqual({ from: "WAITLISTED", to: "CONFIRMED", notify: true, overCapacity: true });
  });

  it("a waiting person picked by hand takes a free place; someone unconfirmed lets the waiting list go first", async () => {
    // capacity raised after the list filled up: one place free, two people waiting
    const e = await event({ capacity: 2 });
    await signUp(e.id, "CONFIRMED");
    const first = await signUp(e.id, "WAITLISTED");
    const second = await signUp(e.id, "WAITLISTED");
    const pending = await signUp(e.id, "PENDING_EMAIL");

    expect((await asUser("ma", () => changeRegistrationStatus({ registrationIds: [pending.id], to: "CONFIRMED", notify: false }))).skipped).toEqual([
      { id: pending.id, reason: "full" },
    ]);
    expect(await statusOf(first.id)).toBe("CONFIRMED"); // the free place went to the head of the waiting list
    expect(await statusOf(second.id)).toBe("WAITLISTED");

    // picked by hand, the last person waiting gets the next free place ahead of the others
    const third = await signUp(e.id, "WAITLISTED");
    await db.event.update({ where: { id: e.id }, data: { capacity: 3 } });
    expect((await asUser("ma", () => changeRegistrationStatus({ registrationIds: [third.id], to: "CONFIRMED", notify: false }))).changed).toBe(1);
    expect(await statusOf(second.id)).toBe("WAITLISTED");
  });

  it("puts someone on the waiting list only when no place is free, with their position in the mail", async () => {
    const e = await event({ capacity: 1 });
    const pending = await signUp(e.id, "PENDING_EMAIL");
    expect((await asUser("ma", () => changeRegistrationStatus({ registrationIds: [pending.id], to: "WAITLISTED", notify: true }))).skipped).toEqual([
      { id: pending.id, reason: "placeFree" },
    ]);
    await signUp(e.id, "CONFIRMED");
    await signUp(e.id, "WAITLISTED");
    expect((await asUser("ma", () => changeRegistrationStatus({ registrationIds: [pending.id], to: "WAITLISTED", notify: true }))).changed).toBe(1);
    const row = await db.registration.findUniqueOrThrow({ where: { id: pending.id } });
    expect(row.waitlistedAt).toBeInstanceOf(Date);
    expect(row.emailConfirmedAt).toBeInstanceOf(Date);
    const [mail] = await mailsOf(pending.id);
    expect(mail!.kind).toBe("registration.waitlisted");
    expect(mail!.text).toMatch(/numerem 2\b/);
    expect(mail!.text).not.toContain(SECRET_LINK);
  });
});

describe("ending a sign-up", () => {
  it("cancelling a confirmed person promotes the first waitlisted and queues the promoted mail", async () => {
    const e = await event({ capacity: 1 });
    const confirmed = await signUp(e.id, "CONFIRMED");
    const first = await signUp(e.id, "WAITLISTED");
    const second = await signUp(e.id, "WAITLISTED");

    const result = await asUser("ma", () => changeRegistrationStatus({ registrationIds: [confirmed.id], to: "CANCELLED", notify: true }));
    expect(result).toEqual({ changed: 1, skipped: [], eventSlugs: [e.slug] });
    const cancelled = await db.registration.findUniqueOrThrow({ where: { id: confirmed.id } });
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.cancelledAt).toBeInstanceOf(Date);
    expect((await mailsOf(confirmed.id)).map((m) => m.kind)).toEqual(["registration.cancelled"]);

    expect(await statusOf(first.id)).toBe("CONFIRMED");
    expect(await statusOf(second.id)).toBe("WAITLISTED");
    const [promoted] = await mailsOf(first.id);
    expect(promoted!.kind).toBe("registration.promoted");
    expect(promoted!.text).toContain(SECRET_LINK);
    expect(await db.auditLog.count({ where: { entityId: first.id, action: "registration.promote", actorLabel: "system" } })).toBe(1);
  });

  it("cancelling several people at once promotes only after all of them, never one of the selection", async () => {
    const e = await event({ capacity: 1 });
    const confirmed = await signUp(e.id, "CONFIRMED");
    const waitingToCancel = await signUp(e.id, "WAITLISTED");
    const next = await signUp(e.id, "WAITLISTED");
    await asUser("ma", () => changeRegistrationStatus({ registrationIds: [confirmed.id, waitingToCancel.id], to: "CANCELLED", notify: false }));
    expect(await statusOf(waitingToCancel.id)).toBe("CANCELLED");
    expect(await mailsOf(waitingToCancel.id)).toEqual([]); // notify: false
    expect(await statusOf(next.id)).toBe("CONFIRMED");
  });

  it("rejecting queues the rejected mail in the registrant's language, with the personal message and without the online link", async () => {
    const e = await event({ capacity: 1, format: "HYBRID", venueName: "Dom Kultury", venueAddress: "ul. Długa 1, Kraków" });
    const confirmed = await signUp(e.id, "CONFIRMED", { locale: "uk" });
    const waiting = await signUp(e.id, "WAITLISTED");
    const message = "На жаль, ця зустріч лише для членів коаліції.";
    const result = await asUser("ma", () => changeRegistrationStatus({ registrationIds: [confirmed.id], to: "REJECTED", notify: true, personalMessage: message }));
    expect(result.changed).toBe(1);
    expect(await statusOf(confirmed.id)).toBe("REJECTED");
    const [mail] = await mailsOf(confirmed.id);
    expect(mail).toMatchObject({ kind: "registration.rejected", locale: "uk", toAddress: confirmed.email });
    expect(mail!.subject).toContain("Вашу заявку не прийнято");
    expect(mail!.text).toContain(message);
    expect(mail!.html).toContain('lang="uk"');
    expect(mail!.text + mail!.html).not.toContain(SECRET_LINK);
    expect(mail!.attachments).toBeNull(); // no calendar entry either
    // the freed place went to the waiting list
    expect(await statusOf(waiting.id)).toBe("CONFIRMED");
  });

  it("brings a cancelled sign-up back only when the person has no other active sign-up for the meeting", async () => {
    const e = await event({ capacity: 10 });
    const old = await signUp(e.id, "CANCELLED");
    const again = await signUp(e.id, "PENDING_EMAIL", { email: old.email, emailNormalized: old.emailNormalized });
    const refused = await asUser("ma", () => changeRegistrationStatus({ registrationIds: [old.id], to: "CONFIRMED", notify: true }));
    expect(refused.skipped).toEqual([{ id: old.id, reason: "duplicate" }]);
    expect(await statusOf(old.id)).toBe("CANCELLED");

    await asUser("ma", () => changeRegistrationStatus({ registrationIds: [again.id], to: "CANCELLED", notify: false }));
    expect((await asUser("ma", () => changeRegistrationStatus({ registrationIds: [old.id], to: "CONFIRMED", notify: false }))).changed).toBe(1);
    const back = await db.registration.findUniqueOrThrow({ where: { id: old.id } });
    expect(back).toMatchObject({ status: "CONFIRMED", cancelledAt: null });
  });

  it("refuses transitions that are not in the workflow, and places for a cancelled meeting", async () => {
    const e = await event({ capacity: 10 });
    const attended = await signUp(e.id, "ATTENDED");
    const confirmed = await signUp(e.id, "CONFIRMED");
    const result = await asUser("ma", () =>
      Promise.all([
        changeRegistrationStatus({ registrationIds: [attended.id], to: "CANCELLED", notify: true }),
        changeRegistrationStatus({ registrationIds: [confirmed.id], to: "WAITLISTED", notify: true }),
        changeRegistrationStatus({ registrationIds: [confirmed.id], to: "CONFIRMED", notify: true }),
      ]),
    );
    expect(result.map((r) => r.skipped[0]?.reason)).toEqual(["notAllowed", "notAllowed", "notAllowed"]);

    const cancelledEvent = await event({ status: "CANCELLED" });
    const pending = await signUp(cancelledEvent.id, "PENDING_EMAIL");
    expect((await asUser("ma", () => changeRegistrationStatus({ registrationIds: [pending.id], to: "CONFIRMED", notify: true }))).skipped[0]?.reason).toBe(
      "eventClosed",
    );
    expect(await db.outboxMail.count({ where: { registrationId: { in: [attended.id, confirmed.id, pending.id] } } })).toBe(0);
  });
});

describe("attendance", () => {
  it("marks confirmed and waiting people as attended, without any mail", async () => {
    const e = await event({ capacity: 1 });
    const confirmed = await signUp(e.id, "CONFIRMED");
    const waiting = await signUp(e.id, "WAITLISTED");
    const cancelled = await signUp(e.id, "CANCELLED");
    const result = await asUser("ma", () => changeRegistrationStatus({ registrationIds: [confirmed.id, waiting.id, cancelled.id], to: "ATTENDED", notify: true }));
    expect(result).toEqual({ changed: 2, skipped: [{ id: cancelled.id, reason: "notAllowed" }], eventSlugs: [e.slug] });
    for (const id of [confirmed.id, waiting.id]) {
      const row = await db.registration.findUniqueOrThrow({ where: { id } });
      expect(row.status).toBe("ATTENDED");
      expect(row.attendedAt).toBeInstanceOf(Date);
      expect(await mailsOf(id)).toEqual([]);
    }
  });
});

describe("bulk changes", () => {
  it("confirms 30 sign-ups in one go: places in sign-up order, the rest reported, then waitlisted", async () => {
    const e = await event({ capacity: 25 });
    const people = [];
    for (let i = 0; i < 30; i++) people.push(await signUp(e.id, "PENDING_EMAIL", { locale: i % 2 ? "uk" : "en" }));
    const ids = people.map((p) => p.id);

    const result = await asUser("ma", () => changeRegistrationStatus({ registrationIds: [...ids].reverse(), to: "CONFIRMED", notify: true, personalMessage: "Do zobaczenia!" }));
    expect(result.changed).toBe(25);
    expect(result.skipped).toEqual(ids.slice(25).reverse().map((id) => ({ id, reason: "full" })));
    const confirmed = await db.registration.findMany({ where: { eventId: e.id, status: "CONFIRMED" }, select: { id: true } });
    expect(confirmed.map((r) => r.id).sort()).toEqual(ids.slice(0, 25).sort());
    const mails = await db.outboxMail.findMany({ where: { registrationId: { in: ids } } });
    expect(mails).toHaveLength(25);
    expect(mails.every((m) => m.kind === "registration.confirmed" && m.text.includes("Do zobaczenia!"))).toBe(true);
    expect(mails.filter((m) => m.locale === "uk")).toHaveLength(12);
    expect(await db.auditLog.count({ where: { entityId: { in: ids }, action: "registration.status", actorUserId: users.ma.id } })).toBe(25);

    const rest = await asUser("ma", () => changeRegistrationStatus({ registrationIds: ids.slice(25), to: "WAITLISTED", notify: true }));
    expect(rest.changed).toBe(5);
    const waiting = await db.registration.findMany({ where: { eventId: e.id, status: "WAITLISTED" }, orderBy: { waitlistedAt: "asc" }, select: { id: true } });
    expect(waiting.map((r) => r.id)).toEqual(ids.slice(25)); // the waiting list keeps the sign-up order
  }, 60_000);
});

describe("region scope", () => {
  it("a małopolskie coordinator cannot change nor learn about a podkarpackie sign-up, even inside a mixed selection", async () => {
    const ma = await event({ capacity: 10 });
    const pk = await event({ capacity: 10, voivodeshipCode: "PL-PK" });
    const online = await event({ capacity: 10, voivodeshipCode: null });
    const mine = [await signUp(ma.id, "CONFIRMED"), await signUp(ma.id, "PENDING_EMAIL", { voivodeshipCode: "PL-PK" }), await signUp(online.id, "CONFIRMED")];
    const theirs = [await signUp(pk.id, "CONFIRMED", { voivodeshipCode: "PL-MA" }), await signUp(pk.id, "PENDING_EMAIL"), await signUp(online.id, "CONFIRMED", { voivodeshipCode: "PL-PK" })];
    const missing = randomUUID();

    const ids = [mine[0]!.id, theirs[0]!.id, mine[1]!.id, theirs[1]!.id, missing, mine[2]!.id, theirs[2]!.id, "not-an-id"];
    const result = await asUser("ma", () => changeRegistrationStatus({ registrationIds: ids, to: "CANCELLED", notify: true }));
    expect(result.changed).toBe(3);
    // another region's sign-ups look exactly like ids that do not exist
    expect(result.skipped).toEqual([theirs[0]!.id, theirs[1]!.id, missing, theirs[2]!.id, "not-an-id"].map((id) => ({ id, reason: "notFound" })));
    expect(result.eventSlugs.sort()).toEqual([ma.slug, online.slug].sort());
    for (const r of theirs) {
      const row = await db.registration.findUniqueOrThrow({ where: { id: r.id } });
      expect(row.status).toBe(r.status);
      expect(row.updatedAt).toEqual(r.updatedAt);
      expect(await mailsOf(r.id)).toEqual([]);
      expect(await db.auditLog.count({ where: { entityId: r.id } })).toBe(0);
    }
    for (const r of mine) expect(await statusOf(r.id)).toBe("CANCELLED");

    expect(await asUser("ma", () => saveInternalNote(theirs[0]!.id, "podejrzane"))).toBeNull();
    expect((await db.registration.findUniqueOrThrow({ where: { id: theirs[0]!.id } })).internalNotes).toBeNull();
    // and their own coordinator can
    expect((await asUser("pk", () => changeRegistrationStatus({ registrationIds: [theirs[1]!.id], to: "CONFIRMED", notify: false }))).changed).toBe(1);
  });

  it("without a session nothing changes", async () => {
    const e = await event();
    const r = await signUp(e.id, "CONFIRMED");
    await expect(runAsUser(null, () => changeRegistrationStatus({ registrationIds: [r.id], to: "CANCELLED", notify: true }))).rejects.toMatchObject({
      digest: expect.stringContaining("/pl/admin/login"),
    });
    await expect(runAsUser(null, () => saveInternalNote(r.id, "x"))).rejects.toMatchObject({ digest: expect.stringContaining("/pl/admin/login") });
    expect(await statusOf(r.id)).toBe("CONFIRMED");
  });
});

describe("audit and notes", () => {
  it("every change writes an audit entry with the acting user, the region and what changed", async () => {
    const online = await event({ voivodeshipCode: null });
    const r = await signUp(online.id, "CONFIRMED", { voivodeshipCode: "PL-PK" });
    await asUser("admin", () => changeRegistrationStatus({ registrationIds: [r.id], to: "ATTENDED", notify: false }));
    const [entry] = await statusAudits(r.id);
    expect(entry).toMatchObject({
      actorUserId: users.admin.id,
      actorLabel: users.admin.email,
      entityType: "registration",
      voivodeshipCode: "PL-PK", // a coalition-wide meeting: the registrant's region
      details: { from: "CONFIRMED", to: "ATTENDED", notify: false },
    });
  });

  it("notes are scoped, limited to 2000 characters, and audited without their text", async () => {
    const e = await event();
    const r = await signUp(e.id, "CONFIRMED");
    expect(await asUser("ma", () => saveInternalNote(r.id, "Dzwonić po 16.\nPotrzebuje tłumacza."))).toEqual({ ok: true });
    expect((await db.registration.findUniqueOrThrow({ where: { id: r.id } })).internalNotes).toBe("Dzwonić po 16.\nPotrzebuje tłumacza.");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: r.id, action: "registration.note" } });
    expect(audit).toMatchObject({ actorUserId: users.ma.id, voivodeshipCode: "PL-MA" });
    expect(JSON.stringify(audit.details)).not.toContain("Dzwonić");

    expect(await asUser("ma", () => saveInternalNote(r.id, "x".repeat(2001)))).toEqual({ ok: false, fieldErrors: { note: "tooLong" } });
    expect(await asUser("pk", () => saveInternalNote(r.id, "nie moja"))).toBeNull();
    expect(await asUser("ma", () => saveInternalNote(r.id, "   "))).toEqual({ ok: true });
    expect((await db.registration.findUniqueOrThrow({ where: { id: r.id } })).internalNotes).toBeNull();
    expect(await db.auditLog.count({ where: { entityId: r.id, action: "registration.note" } })).toBe(2);
  });
});
