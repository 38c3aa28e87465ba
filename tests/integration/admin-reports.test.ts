// The coordinators' dashboard overview and the funders' report pack against a real database, run "as" a user through
// runAsUser() (no Prisma mocks): exact numbers for a seeded set, the region scope (a coordinator never counts another
// region's people, whatever event id or voivodeship they ask for), the interpretation alert, the attendance list's
// fields and audit entries, and the CSV. Events are in 2091 and filtered by id or period, so other test files' rows
// (same database, in parallel) never change these numbers.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma, RegistrationStatus } from "@/generated/prisma/client";
import { getDashboardOverview, listEventOptions } from "@/features/admin-dashboard/data";
import { dashboardFilterSchema, needsInterpreterAlert } from "@/features/admin-dashboard/schema";
import { selectionSql, selectionWhere } from "@/features/admin-dashboard/scope";
import { reportCsv, reportFilename } from "@/features/admin-reports/csv";
import { exportReportCounts, getReport } from "@/features/admin-reports/data";
import type { ReportSelection } from "@/features/admin-reports/schema";
import { runAsUser } from "@/server/session";
import { VOIVODESHIPS } from "../../prisma/seed/content";
import { disconnectTestDb, testDb } from "../support/test-db";

const db = testDb();
const run = randomBytes(4).toString("hex");

const users = {} as Record<"admin" | "ma" | "ds" | "none", string>;
const events = {} as Record<"ma" | "ds" | "all", { id: string; voivodeshipCode: string | null }>;
const regIds: string[] = [];

async function createUser(key: keyof typeof users, role: "ADMIN" | "COORDINATOR", codes: string[]) {
  const user = await db.user.create({
    data: { email: `${key}-${run}@admin-reports.test`, name: `${key} ${run}`, role, voivodeships: { create: codes.map((voivodeshipCode) => ({ voivodeshipCode })) } },
  });
  users[key] = user.id;
}

async function createEvent(key: keyof typeof events, voivodeshipCode: string | null, startsAt: string, capacity: number) {
  const start = new Date(startsAt);
  const event = await db.event.create({
    data: {
      slug: `admin-reports-${key}-${run}`,
      titlePl: `Raport ${key} ${run}`,
      summaryPl: "Test",
      startsAt: start,
      endsAt: new Date(start.getTime() + 2 * 3600_000),
      format: voivodeshipCode ? "ONSITE" : "ONLINE",
      venueName: voivodeshipCode ? "Sala" : null,
      status: "PUBLISHED",
      capacity,
      voivodeshipCode,
    },
  });
  events[key] = { id: event.id, voivodeshipCode };
}

let sequence = 0;
async function sign(event: keyof typeof events, fullName: string, voivodeshipCode: string | null, status: RegistrationStatus, createdAt: string, extra: Partial<Prisma.RegistrationUncheckedCreateInput> = {}) {
  const email = `p${++sequence}-${run}@admin-reports.test`;
  const r = await db.registration.create({
    data: {
      eventId: events[event].id,
      fullName,
      email,
      emailNormalized: email,
      voivodeshipCode,
      policyVersion: "2026-01",
      consentProcessingAt: new Date(createdAt),
      status,
      confirmedAt: status === "CONFIRMED" || status === "ATTENDED" ? new Date(createdAt) : null,
      waitlistedAt: status === "WAITLISTED" ? new Date(createdAt) : null,
      attendedAt: status === "ATTENDED" ? new Date(createdAt) : null,
      cancelledAt: status === "CANCELLED" ? new Date(createdAt) : null,
      manageTokenHash: randomBytes(32).toString("hex"),
      createdAt: new Date(createdAt),
      ...extra,
    },
  });
  regIds.push(r.id);
}

const uk = { interpretationNeeded: true, interpretationLanguage: "uk" };

beforeAll(async () => {
  await db.voivodeship.createMany({ data: [...VOIVODESHIPS], skipDuplicates: true });
  await createUser("admin", "ADMIN", []);
  await createUser("ma", "COORDINATOR", ["PL-MA"]);
  await createUser("ds", "COORDINATOR", ["PL-DS"]);
  await createUser("none", "COORDINATOR", []);
  await createEvent("ma", "PL-MA", "2091-05-10T10:00:00Z", 10);
  await createEvent("ds", "PL-DS", "2091-05-20T10:00:00Z", 5);
  await createEvent("all", null, "2091-06-01T10:00:00Z", 100);

  // Kraków (małopolskie), capacity 10
  await sign("ma", "Anna Nowak", "PL-MA", "CONFIRMED", "2091-04-01T10:00:00Z", { ...uk, groupType: "MIGRANT_GROUP", contactLanguage: "uk", organisationName: "Fundacja Alfa" });
  // 22:30 UTC is 00:30 the next day in Warsaw (summer time): counted on 2 April
  await sign("ma", "Bogdan Łuczak", "PL-PK", "CONFIRMED", "2091-04-01T22:30:00Z", { groupType: "NATIONAL_MINORITY", contactLanguage: "pl", noOrganisation: true });
  await sign("ma", "Celina Wrona", "PL-MA", "ATTENDED", "2091-04-03T09:00:00Z", {
    ...uk,
    groupType: "MIGRANT_GROUP",
    contactLanguage: "uk",
    accessibilityNeeds: "rampa",
    consentSensitiveAt: new Date(),
  });
  await sign("ma", "Dmytro Bondar", "PL-MA", "WAITLISTED", "2091-04-03T10:00:00Z", {
    interpretationNeeded: true,
    interpretationLanguage: "ru",
    contactLanguage: "other",
    contactLanguageOther: "gruziński",
  });
  await sign("ma", "Ewa Zawada", "PL-MA", "CANCELLED", "2091-04-05T09:00:00Z", { groupType: "OTHER", contactLanguage: "pl", accessibilityNeeds: "pętla indukcyjna", consentSensitiveAt: new Date() });
  await sign("ma", "Fedir Koval", "PL-MA", "PENDING_EMAIL", "2091-04-05T09:00:01Z", { ...uk, contactLanguage: "uk" });
  await sign("ma", "Gosia Expired", "PL-SL", "EXPIRED", "2091-04-05T09:00:02Z", { ...uk, contactLanguage: "uk" });
  await sign("ma", "Halyna Melnyk", "PL-MA", "CONFIRMED", "2091-04-05T12:00:00Z", { ...uk, groupType: "MIGRANT_GROUP", contactLanguage: "uk", organisationName: "Stowarzyszenie Hej" });
  await sign("ma", "Ihor Savchenko", "PL-MA", "WAITLISTED", "2091-04-06T09:00:00Z", { ...uk, contactLanguage: "uk" });
  // an erased sign-up is counted but never listed by name
  await sign("ma", "[usunięto]", null, "CONFIRMED", "2091-04-06T10:00:00Z", { anonymisedAt: new Date() });
  // Wrocław (dolnośląskie): never in the małopolskie coordinator's numbers
  await sign("ds", "Jan Dolnośląski", "PL-DS", "CONFIRMED", "2091-04-02T10:00:00Z", { ...uk, groupType: "ETHNIC_MINORITY" });
  await sign("ds", "Kasia Dolna", "PL-DS", "ATTENDED", "2091-04-02T11:00:00Z", { groupType: "ETHNIC_MINORITY" });
  // coalition-wide, online
  await sign("all", "Lena Online", "PL-MA", "CONFIRMED", "2091-04-10T10:00:00Z", { interpretationNeeded: true, interpretationLanguage: "en" });
  await sign("all", "Marek Zdolny", "PL-DS", "CONFIRMED", "2091-04-10T11:00:00Z");
  await sign("all", "Nina Nigdzie", null, "WAITLISTED", "2091-04-10T12:00:00Z");
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { actorUserId: { in: Object.values(users) } } });
  await db.registration.deleteMany({ where: { id: { in: regIds } } });
  await db.event.deleteMany({ where: { id: { in: Object.values(events).map((e) => e.id) } } });
  await db.user.deleteMany({ where: { id: { in: Object.values(users) } } });
  await disconnectTestDb();
});

const as = <T>(user: keyof typeof users, fn: () => Promise<T>) => runAsUser(users[user], fn);
const overview = (user: keyof typeof users, q: Record<string, string>) => as(user, () => getDashboardOverview(dashboardFilterSchema.parse(q)));
const period: ReportSelection = { kind: "period", from: "2091-05-01", to: "2091-06-30" };

describe("dashboard overview", () => {
  it("counts one event exactly: statuses, places left, languages with the alert, accessibility needs, sign-ups per Warsaw day", async () => {
    for (const user of ["admin", "ma"] as const) {
      const o = (await overview(user, { event: events.ma.id }))!;
      expect(o.event?.id).toBe(events.ma.id);
      expect(o.counts).toEqual({ PENDING_EMAIL: 1, CONFIRMED: 4, WAITLISTED: 2, CANCELLED: 1, REJECTED: 0, ATTENDED: 1, EXPIRED: 1 });
      expect(o.total).toBe(10);
      expect(o.placesLeft).toBe(10 - 5); // CONFIRMED (4, one of them erased) and ATTENDED (1) hold places
      expect(o.placesPartial).toBe(false);
      // active sign-ups only: the expired one asking for Ukrainian does not count
      expect(o.languages).toEqual([
        { language: "uk", count: 5, alert: true },
        { language: "ru", count: 1, alert: false },
      ]);
      expect(o.threshold).toBe(5);
      expect(o.accessibilityCount).toBe(1); // the cancelled person's needs are not counted
      expect(o.timeline).toEqual([
        { day: "2091-04-01", count: 1 },
        { day: "2091-04-02", count: 1 },
        { day: "2091-04-03", count: 2 },
        { day: "2091-04-05", count: 4 },
        { day: "2091-04-06", count: 2 },
      ]);
    }
  });

  it("a coalition-wide event: the coordinator counts their own people only, and its places are for admins", async () => {
    const ma = (await overview("ma", { event: events.all.id }))!;
    expect(ma.total).toBe(1);
    expect(ma.counts.CONFIRMED).toBe(1);
    expect(ma.languages).toEqual([{ language: "en", count: 1, alert: false }]);
    expect(ma.placesLeft).toBeNull();
    expect(ma.placesPartial).toBe(true);
    const admin = (await overview("admin", { event: events.all.id }))!;
    expect(admin.total).toBe(3);
    expect(admin.placesLeft).toBe(98);
    expect((await overview("admin", { event: events.all.id, voivodeship: "PL-DS" }))!.total).toBe(1); // Marek
    expect((await overview("ds", { event: events.all.id }))!.total).toBe(1);
  });

  it("a voivodeship filter narrows to that region's meetings and people", async () => {
    const ma = (await overview("admin", { event: events.ma.id, voivodeship: "PL-MA" }))!;
    expect(ma.total).toBe(10); // everyone coming to Kraków, wherever they live (decision 006)
    const other = (await overview("admin", { event: events.ma.id, voivodeship: "PL-DS" }))!;
    expect(other.total).toBe(0);
    expect(other.timeline).toEqual([]);
  });

  it("the małopolskie coordinator gets nothing of dolnośląskie, whatever they ask for", async () => {
    expect(await overview("ma", { event: events.ds.id })).toBeNull();
    const ds = (await overview("ma", { voivodeship: "PL-DS" }))!; // every event of the database, but only PL-DS people
    expect(ds.total).toBe(0);
    expect(ds.languages).toEqual([]);
    expect(ds.accessibilityCount).toBe(0);
    expect(ds.timeline).toEqual([]);
    const options = await as("ma", () => listEventOptions());
    expect(options.map((e) => e.id)).toEqual(expect.arrayContaining([events.ma.id, events.all.id]));
    expect(options.map((e) => e.id)).not.toContain(events.ds.id);
    expect(options.every((e) => e.voivodeshipCode === null || e.voivodeshipCode === "PL-MA")).toBe(true);
    // a coordinator without voivodeships sees coalition-wide events but counts nobody
    expect((await overview("none", { event: events.all.id }))!.total).toBe(0);
  });

  it("ignores nonsense filters; an unknown event is not found", async () => {
    expect(dashboardFilterSchema.parse({ event: "1 OR 1=1", voivodeship: "PL-XX" })).toEqual({});
    expect(await overview("admin", { event: "0190f5f0-0000-7000-8000-000000000001" })).toBeNull();
  });

  it("without a session it redirects to the login page", async () => {
    await expect(runAsUser(null, () => getDashboardOverview({}))).rejects.toMatchObject({ digest: expect.stringContaining("/pl/admin/login") });
    await expect(runAsUser(null, () => listEventOptions())).rejects.toMatchObject({ digest: expect.stringContaining("/pl/admin/login") });
  });

  it("flags a language from the threshold on", () => {
    expect(needsInterpreterAlert(4, 5)).toBe(false);
    expect(needsInterpreterAlert(5, 5)).toBe(true);
    expect(needsInterpreterAlert(6, 5)).toBe(true);
    expect(needsInterpreterAlert(1, 1)).toBe(true);
  });

  it("the SQL form of the selection (for the aggregates) selects exactly what the Prisma form does", async () => {
    const all = Object.values(events);
    for (const user of Object.keys(users) as Array<keyof typeof users>) {
      const row = await db.user.findUniqueOrThrow({ where: { id: users[user] }, select: { role: true, voivodeships: { select: { voivodeshipCode: true } } } });
      const scoped = { isAdmin: row.role === "ADMIN", voivodeshipCodes: row.voivodeships.map((v) => v.voivodeshipCode) };
      for (const voivodeship of [undefined, "PL-MA", "PL-DS", "PL-PK"]) {
        const prisma = await db.registration.findMany({ where: selectionWhere(scoped, all, voivodeship), select: { id: true }, orderBy: { id: "asc" } });
        const sql = await db.$queryRaw<Array<{ id: string }>>`SELECT r.id FROM "Registration" r WHERE ${selectionSql(scoped, all, voivodeship)} ORDER BY r.id`;
        expect(sql.map((r) => r.id), `${user} ${voivodeship}`).toEqual(prisma.map((r) => r.id));
      }
    }
  });
});

describe("report pack", () => {
  it("one event: exact counts by voivodeship, group, languages and status", async () => {
    const report = (await as("admin", () => getReport({ kind: "event", eventId: events.ma.id })))!;
    expect(report.events.map((e) => e.id)).toEqual([events.ma.id]);
    expect(report.attendance).toBeNull();
    expect(report.byStatus).toEqual({ PENDING_EMAIL: 1, CONFIRMED: 4, WAITLISTED: 2, CANCELLED: 1, REJECTED: 0, ATTENDED: 1, EXPIRED: 1 });
    expect(report.totals).toEqual({ signedUp: 8, confirmed: 5, attended: 1 });
    const b = report.breakdowns;
    // the expired sign-up from śląskie is in no measure, so śląskie is not listed
    expect(b.voivodeship).toEqual([
      { key: "PL-MA", signedUp: 6, confirmed: 3, attended: 1 },
      { key: "PL-PK", signedUp: 1, confirmed: 1, attended: 0 },
      { key: null, signedUp: 1, confirmed: 1, attended: 0 },
    ]);
    expect(b.groupType).toEqual([
      { key: "MIGRANT_GROUP", signedUp: 3, confirmed: 3, attended: 1 },
      { key: null, signedUp: 3, confirmed: 1, attended: 0 },
      { key: "NATIONAL_MINORITY", signedUp: 1, confirmed: 1, attended: 0 },
      { key: "OTHER", signedUp: 1, confirmed: 0, attended: 0 },
    ]);
    expect(b.contactLanguage).toEqual([
      { key: "uk", signedUp: 4, confirmed: 3, attended: 1 },
      { key: "pl", signedUp: 3, confirmed: 2, attended: 0 },
      { key: "other", signedUp: 1, confirmed: 0, attended: 0 },
    ]);
    expect(b.interpretationLanguage).toEqual([
      { key: "uk", signedUp: 4, confirmed: 3, attended: 1 },
      { key: "ru", signedUp: 1, confirmed: 0, attended: 0 },
    ]);
    // the małopolskie coordinator sees the same for their own region's event
    const ma = (await as("ma", () => getReport({ kind: "event", eventId: events.ma.id })))!;
    expect(ma.totals).toEqual(report.totals);
    expect(ma.breakdowns).toEqual(report.breakdowns);
  });

  it("the attendance list holds names and organisations only, in Polish order, and each view is audited", async () => {
    const before = new Date();
    const report = (await as("ma", () => getReport({ kind: "event", eventId: events.ma.id }, { attendance: true })))!;
    const [sheet] = report.attendance!;
    expect(sheet!.event.id).toBe(events.ma.id);
    expect(sheet!.people.map((p) => p.fullName)).toEqual(["Anna Nowak", "Bogdan Łuczak", "Celina Wrona", "Halyna Melnyk"]);
    expect(sheet!.people.map((p) => [p.organisation, p.noOrganisation, p.attended])).toEqual([
      ["Fundacja Alfa", false, false],
      [null, true, false],
      [null, false, true],
      ["Stowarzyszenie Hej", false, false],
    ]);
    for (const p of sheet!.people) expect(Object.keys(p).sort()).toEqual(["attended", "fullName", "id", "noOrganisation", "organisation"]);
    const audit = await db.auditLog.findMany({ where: { action: "registration.report-attendance", actorUserId: users.ma, at: { gte: before } } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: "event", entityId: events.ma.id, voivodeshipCode: "PL-MA", details: { rowCount: 4 } });
    // counts alone are not personal data: no entry
    await as("ma", () => getReport({ kind: "event", eventId: events.ma.id }));
    expect(await db.auditLog.count({ where: { action: "registration.report-attendance", actorUserId: users.ma, at: { gte: before } } })).toBe(1);
  });

  it("a period: the events starting in it (Warsaw days), counted together", async () => {
    const admin = (await as("admin", () => getReport(period)))!;
    expect(admin.events.map((e) => e.id)).toEqual([events.ma.id, events.ds.id, events.all.id]);
    expect(admin.totals).toEqual({ signedUp: 8 + 2 + 3, confirmed: 5 + 2 + 2, attended: 1 + 1 });
    expect(admin.breakdowns.voivodeship.find((r) => r.key === "PL-DS")).toEqual({ key: "PL-DS", signedUp: 3, confirmed: 3, attended: 1 });
    expect(admin.breakdowns.groupType.find((r) => r.key === "ETHNIC_MINORITY")).toEqual({ key: "ETHNIC_MINORITY", signedUp: 2, confirmed: 2, attended: 1 });
    // the ends are Warsaw days: 10 May 2091, 12:00 in Warsaw, is in a period ending on 10 May, not in one starting on 11 May
    expect((await as("admin", () => getReport({ kind: "period", to: "2091-05-10" })))!.events.map((e) => e.id)).toContain(events.ma.id);
    expect((await as("admin", () => getReport({ kind: "period", from: "2091-05-11", to: "2091-05-31" })))!.events.map((e) => e.id)).toEqual([events.ds.id]);
    const ds = (await as("admin", () => getReport({ ...period, voivodeship: "PL-DS" })))!;
    expect(ds.events.map((e) => e.id)).toEqual([events.ds.id, events.all.id]);
    expect(ds.totals.signedUp).toBe(3); // Jan and Kasia in Wrocław, Marek online
  });

  it("the małopolskie coordinator's report shows no dolnośląskie numbers, even when asking for that event or region", async () => {
    expect(await as("ma", () => getReport({ kind: "event", eventId: events.ds.id }, { attendance: true }))).toBeNull();
    expect(await as("ma", () => exportReportCounts({ kind: "event", eventId: events.ds.id }))).toBeNull();
    expect(await db.auditLog.count({ where: { actorUserId: users.ma, entityId: events.ds.id } })).toBe(0);

    const ma = (await as("ma", () => getReport(period, { attendance: true })))!;
    expect(ma.events.map((e) => e.id)).toEqual([events.ma.id, events.all.id]);
    expect(ma.totals).toEqual({ signedUp: 8 + 1, confirmed: 5 + 1, attended: 1 }); // Lena is the only małopolskie person online
    expect(ma.breakdowns.voivodeship.map((r) => r.key)).not.toContain("PL-DS");
    expect(ma.breakdowns.groupType.map((r) => r.key)).not.toContain("ETHNIC_MINORITY");
    const names = ma.attendance!.flatMap((s) => s.people.map((p) => p.fullName));
    expect(names).toContain("Lena Online");
    expect(names).not.toContain("Marek Zdolny");
    expect(names).not.toContain("Jan Dolnośląski");

    for (const selection of [{ ...period, voivodeship: "PL-DS" }, { kind: "event", eventId: events.all.id, voivodeship: "PL-DS" }] as ReportSelection[]) {
      const other = (await as("ma", () => getReport(selection, { attendance: true })))!;
      expect(other.totals).toEqual({ signedUp: 0, confirmed: 0, attended: 0 });
      expect(Object.values(other.byStatus).every((n) => n === 0)).toBe(true);
      expect(other.events.map((e) => e.voivodeshipCode)).not.toContain("PL-DS");
      expect(other.attendance!.flatMap((s) => s.people)).toEqual([]);
    }
  });

  it("the CSV holds the counts, translated, and no names; its download is audited", async () => {
    const before = new Date();
    const counts = (await as("ma", () => exportReportCounts({ kind: "event", eventId: events.ma.id })))!;
    const csv = reportCsv(counts, "pl", VOIVODESHIPS.map((v) => ({ ...v })));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("Sekcja,Kategoria,Zapisy,Potwierdzone miejsce,Obecni");
    expect(lines).toContain("Razem,Wszystkie zapisy,8,5,1");
    expect(lines).toContain("Według województwa osoby,małopolskie,6,3,1");
    expect(lines).toContain("Według województwa osoby,nie podano,1,1,0");
    expect(lines).toContain("Według reprezentowanej grupy,Grupa migrancka,3,3,1");
    expect(lines).toContain("Według języka kontaktu,inny język,1,0,0");
    expect(lines).toContain("Według języka tłumaczenia,ukraiński,4,3,1");
    expect(lines).toContain("Status zapisu,Wygasły,1,,");
    for (const name of ["Anna", "Bogdan", "Celina", "@admin-reports.test"]) expect(csv).not.toContain(name);
    expect(reportFilename(counts, new Date("2091-06-01T10:00:00Z"))).toBe(`raport-admin-reports-ma-${run}-2091-06-01.csv`);
    expect(reportCsv(counts, "uk", VOIVODESHIPS.map((v) => ({ ...v })))).toContain("Малопольське,6,3,1");
    const audit = await db.auditLog.findFirst({ where: { action: "registration.report-export", actorUserId: users.ma, at: { gte: before } } });
    expect(audit).toMatchObject({ entityType: "event", entityId: events.ma.id, voivodeshipCode: "PL-MA" });
  });

  it("a period without events is an empty report, not an error; without a session it redirects", async () => {
    const empty = (await as("admin", () => getReport({ kind: "period", from: "2099-01-01", to: "2099-01-31" }, { attendance: true })))!;
    expect(empty.events).toEqual([]);
    expect(empty.totals).toEqual({ signedUp: 0, confirmed: 0, attended: 0 });
    expect(empty.attendance).toEqual([]);
    await expect(runAsUser(null, () => getReport(period))).rejects.toMatchObject({ digest: expect.stringContaining("/pl/admin/login") });
    await expect(runAsUser(null, () => exportReportCounts(period))).rejects.toMatchObject({ digest: expect.stringContaining("/pl/admin/login") });
  });
});
