// The coordinators' event management against a real database (src/features/admin-events/data.ts): creating, editing
// (capacity rules, slugs, Warsaw times), publishing, cancelling with the registrants' mails, duplicating, messages to
// registrants with their delivery progress, the audit trail, and who may manage which event (an event's own region's
// coordinators and admins; coalition-wide events admins only). DAL code runs "as" a user through runAsUser().
// Other test files share this database: every row here is our own (unique slugs and e-mails).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma, RegistrationStatus } from "@/generated/prisma/client";
import {
  cancelManagedEvent,
  countMessageRecipients,
  createManagedEvent,
  duplicateManagedEvent,
  getEventFormOptions,
  getManagedEvent,
  listEventMessages,
  listManagedEvents,
  publishManagedEvent,
  sendEventMessage,
  updateManagedEvent,
} from "@/features/admin-events/data";
import { runAsUser } from "@/server/session";
import { createEvent, ensureVoivodeships } from "../support/fixtures";
import { disconnectTestDb, testDb } from "../support/test-db";

const db = testDb();
const run = randomBytes(4).toString("hex");
const users = {} as Record<"admin" | "ma" | "pk" | "none", { id: string; email: string }>;
const eventIds = new Set<string>();
let sequence = 0;

async function createUser(key: keyof typeof users, role: "ADMIN" | "COORDINATOR", codes: string[]) {
  const email = `${key}-${run}@admin-events.test`;
  const user = await db.user.create({ data: { email, name: `${key} ${run}`, role, voivodeships: { create: codes.map((voivodeshipCode) => ({ voivodeshipCode })) } } });
  users[key] = { id: user.id, email };
}

const as = <T>(key: keyof typeof users, fn: () => Promise<T>) => runAsUser(users[key].id, fn);

async function event(overrides: Partial<Prisma.EventUncheckedCreateInput> = {}) {
  const created = await createEvent({ slug: `admin-events-${run}-${sequence++}`, voivodeshipCode: "PL-MA", ...overrides });
  eventIds.add(created.id);
  return created;
}

function registrationData(eventId: string, status: RegistrationStatus, extra: Partial<Prisma.RegistrationCreateManyInput> = {}): Prisma.RegistrationCreateManyInput {
  const email = `person-${run}-${sequence++}@admin-events.test`;
  const at = new Date(Date.now() - 3600_000 + sequence);
  return {
    eventId,
    fullName: `Osoba ${sequence}`,
    email,
    emailNormalized: email,
    locale: "pl",
    voivodeshipCode: "PL-MA",
    policyVersion: "2026-01",
    consentProcessingAt: at,
    status,
    manageTokenHash: randomBytes(32).toString("hex"),
    emailConfirmedAt: status === "PENDING_EMAIL" ? null : at,
    confirmedAt: status === "CONFIRMED" || status === "ATTENDED" ? at : null,
    waitlistedAt: status === "WAITLISTED" ? at : null,
    cancelledAt: status === "CANCELLED" ? at : null,
    ...extra,
  };
}

const signUp = (eventId: string, status: RegistrationStatus, extra: Partial<Prisma.RegistrationCreateManyInput> = {}) =>
  db.registration.create({ data: registrationData(eventId, status, extra) as Prisma.RegistrationUncheckedCreateInput });

/** A valid event form as the browser posts it (times on Warsaw's clock). */
function form(overrides: Record<string, unknown> = {}) {
  return {
    titlePl: `Spotkanie w Łodzi – żółć ${run}`,
    titleUk: "Зустріч у Лодзі",
    titleEn: "",
    summaryPl: "Krótki opis",
    summaryUk: "",
    summaryEn: "",
    bodyPl: "Pełny opis spotkania.",
    bodyUk: "",
    bodyEn: "",
    slug: "",
    startsAt: "2030-01-20T15:00",
    endsAt: "2030-01-20T17:30",
    format: "ONSITE",
    venueName: "Dom Kultury",
    venueAddress: "ul. Piotrkowska 1",
    onlineMeetingUrl: "",
    capacity: "30",
    registrationOpensAt: "",
    registrationClosesAt: "2030-01-19T23:59",
    meetingLanguage: "pl",
    interpretationOffered: "on",
    voivodeshipCode: "PL-MA",
    offerId: "",
    ...overrides,
  };
}

const audits = (entityId: string, action: string) => db.auditLog.findMany({ where: { entityType: "event", entityId, action }, orderBy: { at: "asc" } });

beforeAll(async () => {
  await ensureVoivodeships();
  await createUser("admin", "ADMIN", []);
  await createUser("ma", "COORDINATOR", ["PL-MA"]);
  await createUser("pk", "COORDINATOR", ["PL-PK"]);
  await createUser("none", "COORDINATOR", []);
});

afterAll(async () => {
  const ids = [...eventIds];
  const registrations = (await db.registration.findMany({ where: { eventId: { in: ids } }, select: { id: true } })).map((r) => r.id);
  const messages = (await db.eventMessage.findMany({ where: { eventId: { in: ids } }, select: { id: true } })).map((m) => m.id);
  await db.outboxMail.deleteMany({ where: { OR: [{ registrationId: { in: registrations } }, { eventMessageId: { in: messages } }] } });
  await db.auditLog.deleteMany({ where: { OR: [{ entityId: { in: [...ids, ...registrations] } }, { actorUserId: { in: Object.values(users).map((u) => u.id) } }] } });
  await db.registration.deleteMany({ where: { id: { in: registrations } } });
  await db.event.deleteMany({ where: { id: { in: ids } } });
  await db.user.deleteMany({ where: { id: { in: Object.values(users).map((u) => u.id) } } });
  await disconnectTestDb();
});

describe("creating an event", () => {
  it("saves a draft with a slug from the Polish title, times converted from Warsaw's clock, and audits it", async () => {
    const result = await as("ma", () => createManagedEvent(form()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    eventIds.add(result.id);
    expect(result.slug).toBe(`spotkanie-w-lodzi-zolc-${run}`);
    const row = await db.event.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({
      status: "DRAFT",
      titlePl: `Spotkanie w Łodzi – żółć ${run}`,
      titleUk: "Зустріч у Лодзі",
      titleEn: null,
      capacity: 30,
      interpretationOffered: true,
      voivodeshipCode: "PL-MA",
      onlineMeetingUrl: null,
      registrationOpensAt: null,
    });
    expect(row.startsAt.toISOString()).toBe("2030-01-20T14:00:00.000Z"); // CET, UTC+1
    expect(row.registrationClosesAt?.toISOString()).toBe("2030-01-19T22:59:00.000Z");
    expect(await audits(result.id, "event.create")).toMatchObject([{ actorLabel: users.ma.email, voivodeshipCode: "PL-MA" }]);

    // the same title again: the next free address
    const second = await as("ma", () => createManagedEvent(form()));
    expect(second).toMatchObject({ ok: true, slug: `spotkanie-w-lodzi-zolc-${run}-2` });
    if (second.ok) eventIds.add(second.id);
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const mine = () => db.event.count({ where: { titlePl: { contains: run } } }); // other files share the database
    const before = await mine();
    const result = await as("ma", () =>
      createManagedEvent(
        form({ titlePl: "", endsAt: "2030-01-20T14:00", format: "HYBRID", venueName: "", capacity: "-3", onlineMeetingUrl: "http://meet.example.org/x", slug: "Zła Ścieżka", startsAt: "2030-01-20T15:00" }),
      ),
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: expect.objectContaining({
        titlePl: "required",
        endsAt: "endBeforeStart",
        venueName: "venueRequired",
        capacity: "capacity",
        onlineMeetingUrl: "onlineUrl",
        slug: "slugFormat",
      }),
    });
    // a summer date: CEST, UTC+2
    const summer = await as("ma", () => createManagedEvent(form({ startsAt: "2030-06-15T15:00", endsAt: "2030-06-15T17:00", registrationClosesAt: "", slug: `summer-${run}` })));
    expect(summer).toMatchObject({ ok: true });
    if (summer.ok) eventIds.add(summer.id);
    expect((await db.event.findUniqueOrThrow({ where: { slug: `summer-${run}` } })).startsAt.toISOString()).toBe("2030-06-15T13:00:00.000Z");
    expect(await as("ma", () => createManagedEvent(form({ startsAt: "2026-03-29T02:30", endsAt: "2026-03-29T05:00", registrationClosesAt: "" })))).toEqual({
      ok: false,
      fieldErrors: { startsAt: "invalidDate" }, // the hour skipped when clocks go forward
    });
    expect(await mine()).toBe(before + 1);
  });

  it("a coordinator can create only in their own voivodeships; coalition-wide events are for admins", async () => {
    expect(await as("ma", () => createManagedEvent(form({ voivodeshipCode: "PL-PK" })))).toEqual({ ok: false, fieldErrors: { voivodeshipCode: "outOfScope" } });
    expect(await as("ma", () => createManagedEvent(form({ voivodeshipCode: "" })))).toEqual({ ok: false, fieldErrors: { voivodeshipCode: "outOfScope" } });
    expect(await as("none", () => getEventFormOptions())).toMatchObject({ voivodeships: [], canCreate: false, canBeCoalitionWide: false });
    const admin = await as("admin", () => createManagedEvent(form({ voivodeshipCode: "", format: "ONLINE", venueName: "", onlineMeetingUrl: "https://meet.example.org/abc", slug: `online-${run}` })));
    expect(admin).toMatchObject({ ok: true, slug: `online-${run}` });
    if (admin.ok) eventIds.add(admin.id);
    expect((await db.event.findUniqueOrThrow({ where: { slug: `online-${run}` } })).voivodeshipCode).toBeNull();
    // a typed address that is taken is refused, not silently changed
    expect(await as("admin", () => createManagedEvent(form({ slug: `online-${run}` })))).toEqual({ ok: false, fieldErrors: { slug: "slugTaken" } });
  });
});

describe("editing", () => {
  it("refuses a capacity below the places already held, changing nothing; raising it promotes the waiting list", async () => {
    const e = await event({ capacity: 3 });
    await signUp(e.id, "CONFIRMED");
    await signUp(e.id, "ATTENDED");
    await signUp(e.id, "CONFIRMED");
    const waiting = await signUp(e.id, "WAITLISTED");
    await signUp(e.id, "PENDING_EMAIL");
    const values = form({ slug: e.slug, titlePl: "Nowy tytuł", capacity: "2" });

    expect(await as("ma", () => updateManagedEvent(e.id, values))).toEqual({
      ok: false,
      fieldErrors: { capacity: "capacityBelowTaken" },
      formError: "capacityBelowTaken",
      placesTaken: 3,
    });
    expect(await db.event.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({ capacity: 3, titlePl: "Spotkanie testowe" });
    expect(await audits(e.id, "event.update")).toEqual([]);

    const raised = await as("ma", () => updateManagedEvent(e.id, { ...values, capacity: "4" }));
    expect(raised).toMatchObject({ ok: true, slug: e.slug });
    expect(await db.event.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({ capacity: 4, titlePl: "Nowy tytuł" });
    expect((await db.registration.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe("CONFIRMED");
    expect(await db.outboxMail.findMany({ where: { registrationId: waiting.id }, select: { kind: true } })).toEqual([{ kind: "registration.promoted" }]);
    const [audit] = await audits(e.id, "event.update");
    expect(audit?.details).toMatchObject({ promoted: 1, fields: expect.arrayContaining(["titlePl", "capacity"]) });

    // no limit is always allowed
    expect(await as("ma", () => updateManagedEvent(e.id, { ...values, capacity: "" }))).toMatchObject({ ok: true });
    expect((await db.event.findUniqueOrThrow({ where: { id: e.id } })).capacity).toBeNull();
  });

  it("changes the address on request (both addresses are revalidated) and refuses one that is taken", async () => {
    const a = await event();
    const b = await event();
    expect(await as("ma", () => updateManagedEvent(a.id, form({ slug: b.slug })))).toEqual({ ok: false, fieldErrors: { slug: "slugTaken" } });
    const result = await as("ma", () => updateManagedEvent(a.id, form({ slug: `renamed-${run}` })));
    expect(result).toMatchObject({ ok: true, slugs: [a.slug, `renamed-${run}`] });
  });

  it("a coordinator cannot move an event out of their voivodeships, nor touch another region's or a coalition-wide event", async () => {
    const ma = await event();
    const pk = await event({ voivodeshipCode: "PL-PK" });
    const all = await event({ voivodeshipCode: null });
    expect(await as("ma", () => updateManagedEvent(ma.id, form({ slug: ma.slug, voivodeshipCode: "PL-PK" })))).toEqual({ ok: false, fieldErrors: { voivodeshipCode: "outOfScope" } });
    for (const id of [pk.id, all.id]) {
      expect(await as("ma", () => getManagedEvent(id))).toBeNull();
      expect(await as("ma", () => updateManagedEvent(id, form()))).toBeNull();
      expect(await as("ma", () => publishManagedEvent(id))).toBeNull();
      expect(await as("ma", () => cancelManagedEvent(id, { confirm: "on" }))).toBeNull();
      expect(await as("ma", () => duplicateManagedEvent(id))).toBeNull();
      expect(await as("ma", () => countMessageRecipients(id, { statuses: ["CONFIRMED"] }))).toBeNull();
      expect(await as("ma", () => sendEventMessage(id, { statuses: ["CONFIRMED"], subjectPl: "Temat", bodyPl: "Treść" }))).toBeNull();
      expect(await as("ma", () => listEventMessages(id))).toBeNull();
    }
    expect((await db.event.findUniqueOrThrow({ where: { id: pk.id } })).status).toBe("PUBLISHED");
    expect(await as("pk", () => getManagedEvent(pk.id))).toMatchObject({ id: pk.id });
    expect(await as("admin", () => getManagedEvent(all.id))).toMatchObject({ id: all.id });
    for (const id of ["nope", "1 OR 1=1", ""]) expect(await as("admin", () => getManagedEvent(id))).toBeNull();
  });

  it("lists only the events the user manages, in upcoming, past and draft views", async () => {
    const upcoming = await event();
    const past = await event({ startsAt: new Date(Date.now() - 5 * 86400_000), endsAt: new Date(Date.now() - 5 * 86400_000 + 3600_000) });
    const draft = await event({ status: "DRAFT" });
    const pk = await event({ voivodeshipCode: "PL-PK" });
    const all = await event({ voivodeshipCode: null });
    await signUp(upcoming.id, "CONFIRMED");
    const ids = async (user: keyof typeof users, view: "upcoming" | "past" | "drafts") => (await as(user, () => listManagedEvents(view))).items.map((e) => e.id);
    const maUpcoming = await ids("ma", "upcoming");
    expect(maUpcoming).toContain(upcoming.id);
    expect(maUpcoming).not.toContain(draft.id);
    expect(maUpcoming).not.toContain(pk.id);
    expect(maUpcoming).not.toContain(all.id);
    expect(await ids("ma", "past")).toContain(past.id);
    expect(await ids("ma", "drafts")).toContain(draft.id);
    const list = await as("ma", () => listManagedEvents("upcoming"));
    expect(list.items.every((e) => e.voivodeshipCode === "PL-MA")).toBe(true);
    expect(list.items.find((e) => e.id === upcoming.id)?.placesTaken).toBe(1);
    expect(await ids("admin", "upcoming")).toEqual(expect.arrayContaining([upcoming.id, pk.id, all.id]));
    expect(await ids("none", "upcoming")).toEqual([]);
  });
});

describe("publishing and duplicating", () => {
  it("publishes a draft once, and audits it", async () => {
    const e = await event({ status: "DRAFT" });
    expect(await as("ma", () => publishManagedEvent(e.id))).toEqual({ ok: true, id: e.id, slug: e.slug });
    expect((await db.event.findUniqueOrThrow({ where: { id: e.id } })).status).toBe("PUBLISHED");
    expect(await as("ma", () => publishManagedEvent(e.id))).toEqual({ ok: false, error: "notAllowed" });
    expect(await audits(e.id, "event.publish")).toHaveLength(1);
  });

  it("duplicates into a new draft with '(copy)' titles, a new address, the same dates and no sign-ups", async () => {
    const source = await event({ titlePl: `Warsztat ${run}`, titleUk: "Майстерня", titleEn: null, capacity: 12 });
    await signUp(source.id, "CONFIRMED");
    const result = await as("ma", () => duplicateManagedEvent(source.id));
    expect(result).toMatchObject({ ok: true, slug: `warsztat-${run}-kopia` });
    if (!result?.ok) throw new Error("not duplicated");
    eventIds.add(result.id);
    const copy = await db.event.findUniqueOrThrow({ where: { id: result.id } });
    expect(copy).toMatchObject({
      status: "DRAFT",
      titlePl: `Warsztat ${run} (kopia)`,
      titleUk: "Майстерня (копія)",
      titleEn: null,
      startsAt: source.startsAt,
      endsAt: source.endsAt,
      capacity: 12,
      onlineMeetingUrl: source.onlineMeetingUrl,
      voivodeshipCode: "PL-MA",
    });
    expect(await db.registration.count({ where: { eventId: copy.id } })).toBe(0);
    expect(await audits(copy.id, "event.duplicate")).toMatchObject([{ details: { from: source.id } }]);
    const again = await as("ma", () => duplicateManagedEvent(source.id));
    expect(again).toMatchObject({ ok: true, slug: `warsztat-${run}-kopia-2` });
    if (again?.ok) eventIds.add(again.id);
  });
});

describe("cancelling", () => {
  it("needs the explicit confirmation; nothing changes without it", async () => {
    const e = await event();
    const r = await signUp(e.id, "CONFIRMED");
    expect(await as("ma", () => cancelManagedEvent(e.id, { message: "x" }))).toEqual({ ok: false, error: "invalid", fieldErrors: { confirm: "confirmCancel" } });
    expect((await db.event.findUniqueOrThrow({ where: { id: e.id } })).status).toBe("PUBLISHED");
    expect(await db.outboxMail.count({ where: { registrationId: r.id } })).toBe(0);
  });

  it("cancels, and mails every active registrant in their own language with the coordinator's words, in one go", async () => {
    const e = await event({ titlePl: "Spotkanie w Krakowie", titleUk: "Зустріч у Кракові", titleEn: null });
    const pl = await signUp(e.id, "CONFIRMED");
    const uk = await signUp(e.id, "WAITLISTED", { locale: "uk" });
    const en = await signUp(e.id, "PENDING_EMAIL", { locale: "en" });
    const gone = await signUp(e.id, "CANCELLED");
    const expired = await signUp(e.id, "EXPIRED");

    const result = await as("ma", () => cancelManagedEvent(e.id, { confirm: "on", message: "Przepraszamy – choroba prowadzącej.\nNowy termin wkrótce." }));
    expect(result).toEqual({ ok: true, id: e.id, slug: e.slug, notified: 3 });
    expect((await db.event.findUniqueOrThrow({ where: { id: e.id } })).status).toBe("CANCELLED");

    const mails = await db.outboxMail.findMany({ where: { registrationId: { in: [pl.id, uk.id, en.id, gone.id, expired.id] } } });
    expect(mails).toHaveLength(3);
    const of = (id: string) => mails.find((m) => m.registrationId === id)!;
    expect(of(pl.id)).toMatchObject({ kind: "registration.eventCancelled", locale: "pl", status: "PENDING", subject: "Spotkanie odwołane: Spotkanie w Krakowie" });
    expect(of(uk.id)).toMatchObject({ locale: "uk" });
    expect(of(uk.id).subject).toContain("Зустріч у Кракові");
    expect(of(en.id)).toMatchObject({ locale: "en" });
    expect(of(en.id).subject).toContain("Spotkanie w Krakowie"); // no English title: the Polish one
    for (const m of mails) {
      expect(m.text).toContain("Przepraszamy – choroba prowadzącej.");
      expect(m.text).not.toContain("secret-123"); // the private online link never goes into this mail
      expect(m.text).toMatch(/\/manage\//);
    }
    expect(await audits(e.id, "event.cancel")).toMatchObject([{ actorLabel: users.ma.email, details: { notified: 3 } }]);
    expect(await as("ma", () => cancelManagedEvent(e.id, { confirm: "on" }))).toEqual({ ok: false, error: "notAllowed" });
    expect(await db.outboxMail.count({ where: { registrationId: pl.id } })).toBe(1);
  });
});

describe("messages to registrants", () => {
  it("counts, sends in each person's language (Polish otherwise), escapes the text, and shows delivery progress", async () => {
    const e = await event({ titlePl: "Forum w Tarnowie", titleUk: "Форум у Тарнові", titleEn: "Forum in Tarnów", capacity: null });
    const plConfirmed = await signUp(e.id, "CONFIRMED", { interpretationNeeded: true, interpretationLanguage: "uk" });
    const ukConfirmed = await signUp(e.id, "CONFIRMED", { locale: "uk" });
    const enWaiting = await signUp(e.id, "WAITLISTED", { locale: "en" });
    const pending = await signUp(e.id, "PENDING_EMAIL");
    const cancelled = await signUp(e.id, "CANCELLED");

    expect(await as("ma", () => countMessageRecipients(e.id, { statuses: ["CONFIRMED", "WAITLISTED"] }))).toEqual({ ok: true, count: 3 });
    expect(await as("ma", () => countMessageRecipients(e.id, { statuses: "CONFIRMED", interpretationOnly: "on" }))).toEqual({ ok: true, count: 1 });
    expect(await as("ma", () => countMessageRecipients(e.id, { statuses: [] }))).toEqual({ ok: false, fieldErrors: { statuses: "chooseStatus" } });
    expect(await as("ma", () => countMessageRecipients(e.id, { statuses: ["CANCELLED"] }))).toEqual({ ok: false, fieldErrors: { statuses: "invalidChoice" } });

    const text = {
      subjectPl: "Zmiana sali",
      bodyPl: "Spotykamy się w sali 2 & 3.\n\nWejście od podwórza < 50 m > od bramy.",
      subjectUk: "Зміна зали",
      bodyUk: "Зустрічаємося в залі 2 & 3.",
    };
    expect(await as("ma", () => sendEventMessage(e.id, { statuses: ["CONFIRMED"], subjectUk: "Тема", subjectPl: "", bodyPl: "" }))).toEqual({
      ok: false,
      fieldErrors: { subjectPl: "required", bodyPl: "required", bodyUk: "translationIncomplete" },
    });
    const result = await as("ma", () => sendEventMessage(e.id, { statuses: ["CONFIRMED", "WAITLISTED"], ...text }));
    expect(result).toMatchObject({ ok: true, recipients: 3 });
    if (!result?.ok) throw new Error("not sent");

    const message = await db.eventMessage.findUniqueOrThrow({ where: { id: result.messageId } });
    expect(message).toMatchObject({ eventId: e.id, recipientCount: 3, createdByUserId: users.ma.id, createdByLabel: users.ma.email, subjectEn: null, audience: { statuses: ["CONFIRMED", "WAITLISTED"], interpretationOnly: false } });
    const mails = await db.outboxMail.findMany({ where: { eventMessageId: message.id } });
    expect(mails.map((m) => m.registrationId).sort()).toEqual([plConfirmed.id, ukConfirmed.id, enWaiting.id].sort());
    const of = (id: string) => mails.find((m) => m.registrationId === id)!;
    expect(of(plConfirmed.id)).toMatchObject({ kind: "event.message", locale: "pl", subject: "Zmiana sali", status: "PENDING" });
    expect(of(ukConfirmed.id)).toMatchObject({ locale: "uk", subject: "Зміна зали" });
    expect(of(ukConfirmed.id).text).toContain("Форум у Тарнові");
    expect(of(enWaiting.id)).toMatchObject({ locale: "pl", subject: "Zmiana sali" }); // not written in English: Polish
    const html = of(plConfirmed.id).html;
    expect(html).toContain("Spotykamy się w sali 2 &amp; 3.");
    expect(html).toContain("Wejście od podwórza &lt; 50 m &gt; od bramy.");
    expect(html).toContain('<html lang="pl"');
    expect(of(plConfirmed.id).text).toContain("Wejście od podwórza < 50 m > od bramy.");
    expect(of(plConfirmed.id).text).not.toContain("secret-123");
    expect(await db.outboxMail.count({ where: { registrationId: { in: [pending.id, cancelled.id] } } })).toBe(0);
    expect(await audits(e.id, "event.message")).toMatchObject([{ details: { messageId: message.id, recipients: 3 } }]);

    // delivery progress: what the worker has done so far, per message
    await db.outboxMail.update({ where: { id: of(plConfirmed.id).id }, data: { status: "SENT", sentAt: new Date() } });
    await db.outboxMail.update({ where: { id: of(ukConfirmed.id).id }, data: { status: "FAILED", attempts: 20 } });
    const second = await as("ma", () => sendEventMessage(e.id, { statuses: ["PENDING_EMAIL"], subjectPl: "Potwierdź adres", bodyPl: "Prosimy o potwierdzenie." }));
    expect(second).toMatchObject({ ok: true, recipients: 1 });
    const progress = await as("ma", () => listEventMessages(e.id));
    expect(progress?.map((m) => [m.subjectPl, m.recipientCount, m.progress])).toEqual([
      ["Potwierdź adres", 1, { pending: 1, sent: 0, failed: 0 }],
      ["Zmiana sali", 3, { pending: 1, sent: 1, failed: 1 }],
    ]);
  });

  it("sends nothing when nobody matches", async () => {
    const e = await event();
    await signUp(e.id, "CANCELLED");
    expect(await as("ma", () => sendEventMessage(e.id, { statuses: ["CONFIRMED"], subjectPl: "Temat", bodyPl: "Treść" }))).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "noRecipients",
    });
    expect(await db.eventMessage.count({ where: { eventId: e.id } })).toBe(0);
  });

  it("writes thousands of mails in bulk, in one transaction", async () => {
    const e = await event({ capacity: null });
    const rows = Array.from({ length: 2000 }, (_, i) => registrationData(e.id, i % 2 ? "CONFIRMED" : "WAITLISTED", { locale: i % 3 ? "pl" : "uk" }));
    await db.registration.createMany({ data: rows });
    const started = Date.now();
    const result = await as("admin", () => sendEventMessage(e.id, { statuses: ["CONFIRMED", "WAITLISTED"], subjectPl: "Ważne", bodyPl: "Treść wiadomości." }));
    const elapsed = Date.now() - started;
    expect(result).toMatchObject({ ok: true, recipients: 2000 });
    if (!result?.ok) throw new Error("not sent");
    expect(await db.outboxMail.count({ where: { eventMessageId: result.messageId } })).toBe(2000);
    expect(elapsed).toBeLessThan(20_000);
    console.log(`2000 message mails queued in ${elapsed} ms`);

    // cancelling it: 2000 "meeting cancelled" mails in the same transaction as the status change
    const cancelStarted = Date.now();
    expect(await as("admin", () => cancelManagedEvent(e.id, { confirm: "on" }))).toMatchObject({ ok: true, notified: 2000 });
    console.log(`2000 cancellation mails queued in ${Date.now() - cancelStarted} ms`);
    expect(await db.outboxMail.count({ where: { kind: "registration.eventCancelled", registration: { eventId: e.id } } })).toBe(2000);
  }, 90_000);
});
