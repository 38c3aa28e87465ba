// RODO tools against a real database: the retention job (anonymises exactly the old rows, keeps what reports count,
// idempotent) and the admins' data-subject tools (find, export as JSON, erase everything of one address and nothing
// of anyone else's, with the waiting list promoted). See docs/decisions/012-outbox-audit-privacy.md.
// Other test files share this database and may run the retention job too: the old rows here are from 1980, and
// the job is called with a 40-year retention period, so it only ever touches them.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma, RegistrationStatus } from "@/generated/prisma/client";
import { anonymisedAddress, ANONYMISED_NAME } from "@/features/privacy/anonymise";
import { erasePersonalData, exportPersonalData, findPersonalData } from "@/features/privacy/data";
import { applyRetention, retentionCutoff } from "@/features/privacy/retention";
import { runAsUser } from "@/server/session";
import { OFFERS, VOIVODESHIPS } from "../../prisma/seed/content";
import { disconnectTestDb, testDb } from "../support/test-db";

const db = testDb();
const run = randomBytes(4).toString("hex");
const DAY = 24 * 3600_000;
const MONTHS = 480; // 40 years: the cutoff is in the 1980s
const users = {} as Record<"admin" | "ma", string>;
const events = {} as Record<"old" | "recent" | "future" | "pastForErase", string>;
const eventIds = () => Object.values(events);
const subject = `Osoba.Erase-${run}@Privacy.test`; // the data subject, typed with capitals
const subjectNormalized = subject.toLowerCase();
const other = `other-${run}@privacy.test`;
let offerId = "";
const created = { registrations: [] as string[], applications: [] as string[], organisations: [] as string[], mails: [] as string[] };

async function thrown(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (error) {
    return String((error as { digest?: string }).digest ?? (error as Error).message);
  }
  throw new Error("expected the call to throw");
}

async function createEvent(key: keyof typeof events, startsAt: Date, extra: Partial<Prisma.EventUncheckedCreateInput> = {}) {
  const event = await db.event.create({
    data: {
      slug: `privacy-${key.toLowerCase()}-${run}`,
      titlePl: `Spotkanie ${key} ${run}`,
      summaryPl: "Test",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      format: "ONSITE",
      venueName: "Sala",
      status: "PUBLISHED",
      voivodeshipCode: "PL-MA",
      ...extra,
    },
  });
  events[key] = event.id;
}

async function createRegistration(event: keyof typeof events, email: string, status: RegistrationStatus, extra: Partial<Prisma.RegistrationUncheckedCreateInput> = {}) {
  const at = new Date();
  const registration = await db.registration.create({
    data: {
      eventId: events[event],
      fullName: `Anna ${event} ${run}`,
      email,
      emailNormalized: email.toLowerCase(),
      phone: "+48 600 000 000",
      organisationName: "Fundacja Prywatna",
      community: "ukraińska",
      accessibilityNeeds: "pętla indukcyjna",
      consentSensitiveAt: at,
      expectations: "Poznać ludzi",
      city: "Kraków",
      groupType: "MIGRANT_GROUP",
      voivodeshipCode: "PL-MA",
      interpretationNeeded: true,
      interpretationLanguage: "uk",
      internalNotes: "notatka",
      policyVersion: "2026-01",
      consentProcessingAt: at,
      status,
      confirmedAt: status === "CONFIRMED" || status === "ATTENDED" ? at : null,
      attendedAt: status === "ATTENDED" ? at : null,
      waitlistedAt: status === "WAITLISTED" ? at : null,
      manageTokenHash: randomBytes(32).toString("hex"),
      ...extra,
    },
  });
  created.registrations.push(registration.id);
  return registration.id;
}

async function createApplication(email: string, status: "NEW" | "ACCEPTED" | "DECLINED" | "WITHDRAWN", when: Date | null) {
  const application = await db.offerApplication.create({
    data: {
      offerId,
      fullName: `Jan ${run}`,
      email,
      emailNormalized: email.toLowerCase(),
      phone: "+48 600 000 001",
      voivodeshipCode: "PL-PK",
      city: "Rzeszów",
      answers: { idea: "Mój pomysł", motivation: "Chcę" },
      reviewerNotes: "dobry",
      score: 7,
      status,
      decidedAt: status === "ACCEPTED" || status === "DECLINED" ? when : null,
      withdrawnAt: status === "WITHDRAWN" ? when : null,
      policyVersion: "2026-01",
      consentProcessingAt: new Date(),
      manageTokenHash: randomBytes(32).toString("hex"),
    },
  });
  created.applications.push(application.id);
  return application.id;
}

async function createMail(to: string, link: { registrationId?: string; applicationId?: string; organisationId?: string }, status: "SENT" | "PENDING" | "FAILED" = "SENT") {
  const mail = await db.outboxMail.create({
    data: {
      kind: "registration.confirmed",
      toAddress: to,
      locale: "pl",
      subject: `Temat ${run}`,
      html: `<p>Dzień dobry ${to}</p>`,
      text: `Dzień dobry ${to}`,
      status,
      sentAt: status === "SENT" ? new Date() : null,
      nextAttemptAt: new Date(Date.now() + 365 * DAY), // never picked up by another test's outbox run
      ...link,
    },
  });
  created.mails.push(mail.id);
  return mail.id;
}

beforeAll(async () => {
  await db.voivodeship.createMany({ data: [...VOIVODESHIPS], skipDuplicates: true });
  await db.programmeOffer.createMany({ data: [...OFFERS], skipDuplicates: true });
  offerId = (await db.programmeOffer.findFirstOrThrow({ select: { id: true } })).id;
  for (const [key, role, codes] of [
    ["admin", "ADMIN", []],
    ["ma", "COORDINATOR", ["PL-MA"]],
  ] as const) {
    const user = await db.user.create({
      data: { email: `${key}-${run}@privacy.test`, name: key, role, voivodeships: { create: codes.map((voivodeshipCode) => ({ voivodeshipCode })) } },
    });
    users[key] = user.id;
  }
  await createEvent("old", new Date("1980-05-10T10:00:00Z"));
  await createEvent("recent", new Date("1990-05-10T10:00:00Z"));
  await createEvent("future", new Date(Date.now() + 20 * DAY), { capacity: 1 });
  await createEvent("pastForErase", new Date(Date.now() - 20 * DAY));
});

afterAll(async () => {
  const entityIds = [...created.registrations, ...created.applications, ...created.organisations, ...created.mails, ...eventIds()];
  await db.auditLog.deleteMany({ where: { OR: [{ entityId: { in: entityIds } }, { actorUserId: { in: Object.values(users) } }] } });
  await db.outboxMail.deleteMany({ where: { OR: [{ id: { in: created.mails } }, { registrationId: { in: created.registrations } }] } });
  await db.registration.deleteMany({ where: { id: { in: created.registrations } } });
  await db.offerApplication.deleteMany({ where: { id: { in: created.applications } } });
  await db.organisation.deleteMany({ where: { id: { in: created.organisations } } });
  await db.event.deleteMany({ where: { id: { in: eventIds() } } });
  await db.user.deleteMany({ where: { id: { in: Object.values(users) } } });
  await disconnectTestDb();
});

const counts = async (eventId: string) =>
  (await db.registration.groupBy({ by: ["status", "voivodeshipCode", "groupType", "interpretationLanguage"], where: { eventId }, _count: { _all: true }, orderBy: { status: "asc" } })).map(
    (g) => ({ ...g, _count: g._count._all }),
  );

describe("retention", () => {
  it("computes the cutoff in calendar months", () => {
    expect(retentionCutoff(new Date("2026-11-29T05:00:00Z"), 12).toISOString()).toBe("2025-11-29T05:00:00.000Z");
  });

  it("anonymises sign-ups of meetings that ended long ago and decided or withdrawn applications, exactly those, keeping the counts", async () => {
    const oldAttended = await createRegistration("old", `old-a-${run}@privacy.test`, "ATTENDED");
    const oldCancelled = await createRegistration("old", `old-b-${run}@privacy.test`, "CANCELLED", { cancelledAt: new Date("1980-05-01T00:00:00Z") });
    const recent = await createRegistration("recent", `recent-${run}@privacy.test`, "ATTENDED");
    const oldMail = await createMail(`old-a-${run}@privacy.test`, { registrationId: oldAttended });
    const recentMail = await createMail(`recent-${run}@privacy.test`, { registrationId: recent });
    const decidedOld = await createApplication(`app-a-${run}@privacy.test`, "ACCEPTED", new Date("1980-01-01T00:00:00Z"));
    const withdrawnOld = await createApplication(`app-b-${run}@privacy.test`, "WITHDRAWN", new Date("1980-01-01T00:00:00Z"));
    const decidedRecent = await createApplication(`app-c-${run}@privacy.test`, "DECLINED", new Date("1990-01-01T00:00:00Z"));
    const undecided = await createApplication(`app-d-${run}@privacy.test`, "NEW", null);
    await db.offerApplication.update({ where: { id: undecided }, data: { createdAt: new Date("1980-01-01T00:00:00Z") } });
    const appMail = await createMail(`app-a-${run}@privacy.test`, { applicationId: decidedOld });
    const before = await counts(events.old);

    const now = new Date();
    const result = await applyRetention({ now, months: MONTHS, batchSize: 1 }); // batch of 1: the loops must go on
    expect(result.registrations).toBeGreaterThanOrEqual(2);
    expect(result.applications).toBeGreaterThanOrEqual(2);

    const row = await db.registration.findUniqueOrThrow({ where: { id: oldAttended } });
    expect(row).toMatchObject({
      fullName: ANONYMISED_NAME,
      email: anonymisedAddress(oldAttended),
      emailNormalized: anonymisedAddress(oldAttended),
      phone: null,
      organisationName: null,
      community: null,
      accessibilityNeeds: null,
      expectations: null,
      city: null,
      internalNotes: null,
      // what reports count stays
      status: "ATTENDED",
      voivodeshipCode: "PL-MA",
      groupType: "MIGRANT_GROUP",
      interpretationNeeded: true,
      interpretationLanguage: "uk",
    });
    expect(row.anonymisedAt).toEqual(now);
    expect(row.attendedAt).toBeInstanceOf(Date);
    expect((await db.registration.findUniqueOrThrow({ where: { id: oldCancelled } })).anonymisedAt).toEqual(now);
    expect(await counts(events.old)).toEqual(before);

    const recentRow = await db.registration.findUniqueOrThrow({ where: { id: recent } });
    expect(recentRow).toMatchObject({ anonymisedAt: null, fullName: `Anna recent ${run}`, email: `recent-${run}@privacy.test` });

    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: oldMail } })).toMatchObject({ toAddress: anonymisedAddress(oldMail), html: "", text: "", status: "SENT", subject: `Temat ${run}` });
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: appMail } })).toMatchObject({ toAddress: anonymisedAddress(appMail), text: "" });
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: recentMail } })).toMatchObject({ toAddress: `recent-${run}@privacy.test` });

    const app = await db.offerApplication.findUniqueOrThrow({ where: { id: decidedOld } });
    expect(app).toMatchObject({ fullName: ANONYMISED_NAME, email: anonymisedAddress(decidedOld), phone: null, city: null, answers: {}, reviewerNotes: null, status: "ACCEPTED", score: 7, voivodeshipCode: "PL-PK" });
    expect((await db.offerApplication.findUniqueOrThrow({ where: { id: withdrawnOld } })).anonymisedAt).toEqual(now);
    expect((await db.offerApplication.findUniqueOrThrow({ where: { id: decidedRecent } })).anonymisedAt).toBeNull();
    expect((await db.offerApplication.findUniqueOrThrow({ where: { id: undecided } })).anonymisedAt).toBeNull();

    // one audit entry for the event, by the system; one for the batch of applications
    const eventAudit = await db.auditLog.findMany({ where: { action: "registration.anonymise", entityId: events.old } });
    expect(eventAudit).toHaveLength(1);
    expect(eventAudit[0]).toMatchObject({ actorLabel: "system", actorUserId: null, entityType: "event", voivodeshipCode: "PL-MA", details: expect.objectContaining({ count: 2, reason: "retention" }) });
    expect(await db.auditLog.count({ where: { action: "registration.anonymise", entityId: events.recent } })).toBe(0);
    const appAudit = await db.auditLog.findMany({ where: { action: "application.anonymise", at: { gte: now } } });
    expect(appAudit.flatMap((a) => (a.details as { ids: string[] }).ids)).toEqual(expect.arrayContaining([decidedOld, withdrawnOld]));
    expect(appAudit.every((a) => a.actorLabel === "system")).toBe(true);

    // idempotent: a second run changes nothing and writes no new entries
    const again = await applyRetention({ now: new Date(), months: MONTHS });
    expect(again).toMatchObject({ registrations: 0, applications: 0 });
    expect((await db.registration.findUniqueOrThrow({ where: { id: oldAttended } })).anonymisedAt).toEqual(now);
    expect(await db.auditLog.count({ where: { action: "registration.anonymise", entityId: events.old } })).toBe(1);
  });
});

describe("data-subject tools", () => {
  const asAdmin = <T>(fn: () => Promise<T>) => runAsUser(users.admin, fn);
  const ids = {} as Record<"futureConfirmed" | "waiting" | "past" | "otherFuture" | "application" | "otherApplication" | "organisation" | "otherOrganisation" | "mailTo" | "mailOrg" | "otherMail" | "pendingMail", string>;

  beforeAll(async () => {
    ids.futureConfirmed = await createRegistration("future", subject, "CONFIRMED");
    ids.waiting = await createRegistration("future", other, "WAITLISTED");
    ids.past = await createRegistration("pastForErase", subject, "ATTENDED");
    ids.otherFuture = await createRegistration("pastForErase", other, "CONFIRMED");
    ids.application = await createApplication(subject, "NEW", null);
    ids.otherApplication = await createApplication(other, "NEW", null);
    const organisation = (email: string, slug: string) =>
      db.organisation.create({
        data: { slug: `privacy-${slug}-${run}`, name: `Fundacja ${slug} ${run}`, type: "NGO", voivodeshipCode: "PL-MA", city: "Kraków", contactPersonName: "Kontakt", contactPersonEmail: email, contactPersonPhone: "+48 600 000 002" },
      });
    ids.organisation = (await organisation(subject.toUpperCase(), "own")).id;
    ids.otherOrganisation = (await organisation(other, "other")).id;
    created.organisations.push(ids.organisation, ids.otherOrganisation);
    ids.mailTo = await createMail(subject, { registrationId: ids.futureConfirmed });
    ids.mailOrg = await createMail(subjectNormalized, { organisationId: ids.organisation });
    ids.pendingMail = await createMail(subject, { applicationId: ids.application }, "PENDING");
    ids.otherMail = await createMail(other, { registrationId: ids.waiting });
    await db.auditLog.create({ data: { actorLabel: "registrant", action: "registration.create", entityType: "registration", entityId: ids.futureConfirmed } });
  });

  it("are for admins only: a coordinator gets a 404, nobody logged in goes to the login page", async () => {
    const calls: Array<() => Promise<unknown>> = [() => findPersonalData({ email: subject }), () => exportPersonalData({ email: subject }), () => erasePersonalData({ email: subject, confirmation: subject })];
    for (const call of calls) {
      expect(await thrown(() => runAsUser(users.ma, call))).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
      expect(await thrown(() => runAsUser(null, call))).toContain("/pl/admin/login");
    }
    expect((await db.registration.findUniqueOrThrow({ where: { id: ids.futureConfirmed } })).anonymisedAt).toBeNull();
  });

  it("finds everything held about an address, whatever its case, and audits the look-up by ids only", async () => {
    expect(await asAdmin(() => findPersonalData({ email: "not an address" }))).toEqual({ ok: false, error: "email" });
    expect(await asAdmin(() => findPersonalData({ email: "  " }))).toEqual({ ok: false, error: "emailRequired" });
    const result = await asAdmin(() => findPersonalData({ email: `  ${subject.toUpperCase()} ` }));
    if (!result.ok) throw new Error(result.error);
    const { data } = result;
    expect(data.registrations.map((r) => r.id).sort()).toEqual([ids.futureConfirmed, ids.past].sort());
    expect(data.applications.map((a) => a.id)).toEqual([ids.application]);
    expect(data.organisations.map((o) => o.id)).toEqual([ids.organisation]);
    expect(data.mails.map((m) => m.id).sort()).toEqual([ids.mailTo, ids.mailOrg, ids.pendingMail].sort());
    expect(data.audit.map((a) => a.entityId)).toContain(ids.futureConfirmed);
    expect(data.registrations[0]).not.toHaveProperty("manageTokenHash");
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "personaldata.view", actorUserId: users.admin }, orderBy: { at: "desc" } });
    expect(JSON.stringify(entry.details)).not.toContain(subjectNormalized);
    expect(entry.details).toMatchObject({ registrations: expect.arrayContaining([ids.past]), mails: 3 });
  });

  it("exports the data as JSON and audits the export", async () => {
    const result = await asAdmin(() => exportPersonalData({ email: subject }));
    if (!result.ok) throw new Error(result.error);
    const json = JSON.parse(result.json);
    expect(json.email).toBe(subjectNormalized);
    expect(json.registrations).toHaveLength(2);
    expect(json.registrations[0]).toMatchObject({ fullName: expect.stringContaining("Anna"), community: "ukraińska", phone: "+48 600 000 000" });
    expect(json.applications[0]).toMatchObject({ id: ids.application, answers: { idea: "Mój pomysł" } });
    expect(json.organisations[0]).toMatchObject({ contactPersonName: "Kontakt" });
    expect(json.mails).toHaveLength(3);
    expect(result.json).not.toContain(other);
    expect(await db.auditLog.count({ where: { action: "personaldata.export", actorUserId: users.admin } })).toBe(1);
  });

  it("refuses to erase without the address typed again, and changes nothing", async () => {
    for (const confirmation of ["", `x${subject}`, undefined]) {
      expect(await asAdmin(() => erasePersonalData({ email: subject, confirmation }))).toEqual({ ok: false, error: "confirmationMismatch" });
    }
    expect(await asAdmin(() => erasePersonalData({ email: "nope", confirmation: "nope" }))).toEqual({ ok: false, error: "email" });
    expect((await db.registration.findUniqueOrThrow({ where: { id: ids.futureConfirmed } })).anonymisedAt).toBeNull();
    expect(await db.auditLog.count({ where: { action: "personaldata.erase", actorUserId: users.admin } })).toBe(0);
  });

  it("erases everything of the address and nothing of anyone else's; a freed place goes to the waiting list", async () => {
    const pastBefore = await counts(events.pastForErase);
    const result = await asAdmin(() => erasePersonalData({ email: subject, confirmation: subject.toUpperCase() }));
    expect(result).toEqual({ ok: true, counts: { registrations: 2, cancelled: 1, applications: 1, withdrawn: 1, organisations: 1, mails: 3 }, eventSlugs: [`privacy-future-${run}`] });

    // the upcoming meeting: cancelled, then anonymised; the person waiting got the place and a mail
    expect(await db.registration.findUniqueOrThrow({ where: { id: ids.futureConfirmed } })).toMatchObject({ status: "CANCELLED", fullName: ANONYMISED_NAME, phone: null });
    expect(await db.registration.findUniqueOrThrow({ where: { id: ids.waiting } })).toMatchObject({ status: "CONFIRMED", fullName: `Anna future ${run}`, anonymisedAt: null });
    expect(await db.outboxMail.count({ where: { registrationId: ids.waiting, kind: "registration.promoted" } })).toBe(1);
    expect(await db.registration.count({ where: { eventId: events.future, status: { in: ["CONFIRMED", "ATTENDED"] } } })).toBe(1);
    // the past meeting: attendance still counts
    expect(await db.registration.findUniqueOrThrow({ where: { id: ids.past } })).toMatchObject({ status: "ATTENDED", email: anonymisedAddress(ids.past), community: null });
    expect(await counts(events.pastForErase)).toEqual(pastBefore);

    expect(await db.offerApplication.findUniqueOrThrow({ where: { id: ids.application } })).toMatchObject({ status: "WITHDRAWN", fullName: ANONYMISED_NAME, answers: {} });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: ids.organisation } })).toMatchObject({ contactPersonName: null, contactPersonEmail: null, contactPersonPhone: null, name: `Fundacja own ${run}` });
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: ids.mailOrg } })).toMatchObject({ toAddress: anonymisedAddress(ids.mailOrg), text: "" });
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: ids.pendingMail } })).toMatchObject({ status: "FAILED", text: "" });

    // someone else's data is untouched
    expect(await db.registration.findUniqueOrThrow({ where: { id: ids.otherFuture } })).toMatchObject({ email: other, anonymisedAt: null, status: "CONFIRMED" });
    expect(await db.offerApplication.findUniqueOrThrow({ where: { id: ids.otherApplication } })).toMatchObject({ email: other, anonymisedAt: null, status: "NEW" });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: ids.otherOrganisation } })).toMatchObject({ contactPersonEmail: other });
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: ids.otherMail } })).toMatchObject({ toAddress: other, text: `Dzień dobry ${other}` });

    // audited: the cancellation and one erase entry naming the rows, never the address
    expect(await db.auditLog.findFirst({ where: { action: "registration.status", entityId: ids.futureConfirmed } })).toMatchObject({ actorUserId: users.admin, details: expect.objectContaining({ reason: "erasure" }) });
    const erase = await db.auditLog.findFirstOrThrow({ where: { action: "personaldata.erase", actorUserId: users.admin } });
    expect(erase.details).toMatchObject({ registrations: expect.arrayContaining([ids.futureConfirmed, ids.past]), cancelled: [ids.futureConfirmed], applications: [ids.application] });
    expect(JSON.stringify(erase.details)).not.toContain(subjectNormalized);

    // nothing is left to find, and erasing again changes nothing
    const after = await asAdmin(() => findPersonalData({ email: subject }));
    expect(after.ok && [after.data.registrations, after.data.applications, after.data.organisations, after.data.mails].every((l) => l.length === 0)).toBe(true);
    expect(await asAdmin(() => erasePersonalData({ email: subject, confirmation: subject }))).toEqual({
      ok: true,
      counts: { registrations: 0, cancelled: 0, applications: 0, withdrawn: 0, organisations: 0, mails: 0 },
      eventSlugs: [],
    });
  });
});
