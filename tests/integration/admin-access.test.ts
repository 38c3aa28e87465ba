// Access to the coordinator area against a real database: who can see, find and count which events and sign-ups
// (docs/decisions/006-region-scope.md), what happens without a session, and login throttling. DAL code runs "as"
// a user through runAsUser(), which loads that user from the database like a real session (no Prisma mocks).
// Other test files share this database: every row here has unique slugs/e-mails and assertions look only at them,
// except the global invariant that a coordinator never gets another region's event.
import { randomBytes, randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RegistrationStatus } from "@/generated/prisma/client";
import { LOGIN_ACCOUNT_LIMIT, LOGIN_IP_LIMIT, verifyLogin } from "@/features/admin/login";
import { adminRoutes, type AdminRouteIds, type ProtectedAdminRouteName } from "@/features/admin/routes";
import { getRegistrationDetail, getScopedEvent, listEventRegistrations, listScopedEvents } from "@/features/admin-registrations/data";
import {
  changeApplicationStatus,
  getApplicationDetail,
  listOfferApplications,
  listOffersWithApplicationCounts,
  reviewApplication,
  sendApplicationFollowUp,
} from "@/features/admin-applications/data";
import { applicationListQuerySchema } from "@/features/admin-applications/schema";
import { getOrganisationForModeration, listOrganisationsForModeration, moderateOrganisation, updateOrganisation } from "@/features/admin-organisations/data";
import { organisationListQuerySchema } from "@/features/admin-organisations/schema";
import { exportRegistrations, getAttendanceList, getExportPreview } from "@/features/admin-exports/data";
import { exportReportCounts, getReport } from "@/features/admin-reports/data";
import { exportFiltersSchema, exportRequestSchema } from "@/features/admin-exports/schema";
import { exportApplications, getApplicationExportPreview } from "@/features/admin-applications/export";
import { applicationExportFiltersSchema, applicationExportRequestSchema } from "@/features/admin-applications/export-schema";
import { getAccount, inviteAccount, listAccounts, resendInvitation, setAccountActive, updateAccount } from "@/features/admin-accounts/data";
import { registrationListQuerySchema } from "@/features/admin-registrations/schema";
import { getOutboxMail, listOutboxMails, retryOutboxMail } from "@/features/admin-outbox/data";
import { outboxListQuerySchema } from "@/features/admin-outbox/schema";
import { searchAuditLog } from "@/features/admin-audit/data";
import { auditQuerySchema } from "@/features/admin-audit/schema";
import { erasePersonalData, exportPersonalData, findPersonalData } from "@/features/privacy/data";
import {
  cancelManagedEvent,
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
import { changeRegistrationStatus, saveInternalNote, type StatusChangeResult } from "@/features/admin-registrations/status";
import { clearRateLimit } from "@/features/rate-limit/data";
import { registrationScopeForEvents, requireAdmin, requireCoordinator, runAsUser } from "@/server/session";
import { VOIVODESHIPS } from "../../prisma/seed/content";
import { disconnectTestDb, testDb } from "../support/test-db";

const db = testDb();
const run = randomBytes(4).toString("hex");
const DAY = 24 * 3600 * 1000;
const query = (q: Record<string, string> = {}) => registrationListQuerySchema.parse(q);

const users = {} as Record<"admin" | "ma" | "pk" | "inactive" | "none", string>;
const events = {} as Record<"ma" | "pk" | "all", string>;
// r = registration: <event>_<registrant's voivodeship>
const regs = {} as Record<"ma_pk" | "ma_ma" | "pk_ma" | "pk_pk" | "all_ma" | "all_pk" | "all_none", string>;
const names = {} as Record<keyof typeof regs, string>;

async function createUser(key: keyof typeof users, role: "ADMIN" | "COORDINATOR", codes: string[], isActive = true) {
  const user = await db.user.create({
    data: {
      email: `${key}-${run}@admin-access.test`,
      name: `${key} ${run}`,
      role,
      isActive,
      voivodeships: { create: codes.map((voivodeshipCode) => ({ voivodeshipCode })) },
    },
  });
  users[key] = user.id;
}

async function createEvent(key: keyof typeof events, voivodeshipCode: string | null) {
  const startsAt = new Date(Date.now() + 10 * DAY);
  const event = await db.event.create({
    data: {
      slug: `admin-access-${key}-${run}`,
      titlePl: `Spotkanie ${key} ${run}`,
      summaryPl: "Test",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000),
      format: voivodeshipCode ? "ONSITE" : "ONLINE",
      venueName: voivodeshipCode ? "Sala" : null,
      status: "PUBLISHED",
      voivodeshipCode,
    },
  });
  events[key] = event.id;
}

async function createRegistration(key: keyof typeof regs, event: keyof typeof events, voivodeshipCode: string | null, status: RegistrationStatus, extra = {}) {
  const fullName = `Osoba ${key.replace("_", " ")} ${run}`;
  const email = `${key.replace("_", "-")}-${run}@admin-access.test`;
  const registration = await db.registration.create({
    data: {
      eventId: events[event],
      fullName,
      email,
      emailNormalized: email,
      voivodeshipCode,
      policyVersion: "2026-01",
      consentProcessingAt: new Date(),
      status,
      confirmedAt: status === "CONFIRMED" ? new Date() : null,
      cancelledAt: status === "CANCELLED" ? new Date() : null,
      manageTokenHash: randomBytes(32).toString("hex"),
      ...extra,
    },
  });
  regs[key] = registration.id;
  names[key] = fullName;
}

const notFoundAsNull = (r: StatusChangeResult) => (r.changed === 0 && r.skipped.every((s) => s.reason === "notFound") ? null : r);
/** Admin-only pages answer 404 for coordinators (requireAdmin throws notFound()): null here, like an out-of-scope id. */
const adminOnly = (call: Promise<unknown>) =>
  call.catch((error: { digest?: string }) => {
    if (String(error?.digest).includes("NEXT_HTTP_ERROR_FALLBACK;404")) return null;
    throw error;
  });

/** The NEXT_REDIRECT / NEXT_HTTP_ERROR_FALLBACK digest a call throws (redirect() and notFound() throw). */
async function thrown(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (error) {
    return String((error as { digest?: string }).digest ?? (error as Error).message);
  }
  throw new Error("expected the call to throw");
}

beforeAll(async () => {
  await db.voivodeship.createMany({ data: [...VOIVODESHIPS], skipDuplicates: true });
  await createUser("admin", "ADMIN", []);
  await createUser("ma", "COORDINATOR", ["PL-MA"]);
  await createUser("pk", "COORDINATOR", ["PL-PK"]);
  await createUser("inactive", "COORDINATOR", ["PL-MA"], false);
  await createUser("none", "COORDINATOR", []);
  await createEvent("ma", "PL-MA");
  await createEvent("pk", "PL-PK");
  await createEvent("all", null);
  await createRegistration("ma_pk", "ma", "PL-PK", "CONFIRMED"); // from podkarpackie, coming to Kraków
  await createRegistration("ma_ma", "ma", "PL-MA", "WAITLISTED", {
    community: "ukraińska",
    accessibilityNeeds: "tłumacz PJM",
    consentSensitiveAt: new Date(),
    interpretationNeeded: true,
    interpretationLanguage: "uk",
    organisationName: "Fundacja Testowa",
    internalNotes: "dzwonić po 16",
    waitlistedAt: new Date(),
  });
  await createRegistration("pk_ma", "pk", "PL-MA", "CONFIRMED"); // from małopolskie, going to Przemyśl
  await createRegistration("pk_pk", "pk", "PL-PK", "PENDING_EMAIL");
  await createRegistration("all_ma", "all", "PL-MA", "CONFIRMED");
  await createRegistration("all_pk", "all", "PL-PK", "CONFIRMED");
  await createRegistration("all_none", "all", null, "CANCELLED");
  const audit = (action: string, at: Date) => ({ actorLabel: action === "registration.create" ? "registrant" : "system", action, entityType: "registration", entityId: regs.ma_ma, voivodeshipCode: "PL-MA", at });
  await db.auditLog.createMany({
    data: [audit("registration.create", new Date(Date.now() - 2000)), audit("registration.waitlist", new Date(Date.now() - 1000))],
  });
});

afterAll(async () => {
  const ids = Object.values(regs);
  await db.auditLog.deleteMany({ where: { OR: [{ entityId: { in: ids } }, { actorUserId: { in: Object.values(users) } }] } });
  await db.registration.deleteMany({ where: { id: { in: ids } } });
  await db.event.deleteMany({ where: { id: { in: Object.values(events) } } });
  await db.user.deleteMany({ where: { id: { in: Object.values(users) } } });
  await disconnectTestDb();
});

const podkarpackie = () => [regs.pk_ma, regs.pk_pk, regs.all_pk, regs.all_none];
const visibleToMa = () => [regs.ma_pk, regs.ma_ma, regs.all_ma];

describe("region scope: the małopolskie coordinator", () => {
  const asMa = <T>(fn: () => Promise<T>) => runAsUser(users.ma, fn);

  it("sees Kraków and coalition-wide events on the dashboard, never a podkarpackie event", async () => {
    const { upcoming, past } = await asMa(() => listScopedEvents());
    const all = [...upcoming, ...past];
    const ids = all.map((e) => e.id);
    expect(ids).toContain(events.ma);
    expect(ids).toContain(events.all);
    expect(ids).not.toContain(events.pk);
    expect(all.filter((e) => e.voivodeshipCode !== null && e.voivodeshipCode !== "PL-MA")).toEqual([]);
  });

  it("counts only sign-ups in scope: everyone coming to Kraków, only małopolskie people for coalition-wide events", async () => {
    const { upcoming } = await asMa(() => listScopedEvents());
    const ma = upcoming.find((e) => e.id === events.ma)!;
    const all = upcoming.find((e) => e.id === events.all)!;
    expect(ma.total).toBe(2);
    expect(ma.counts).toMatchObject({ CONFIRMED: 1, WAITLISTED: 1, PENDING_EMAIL: 0, CANCELLED: 0 });
    expect(all.total).toBe(1);
    expect(all.counts).toMatchObject({ CONFIRMED: 1, CANCELLED: 0 });
    expect((await asMa(() => getScopedEvent(events.all)))?.total).toBe(1);
  });

  it("cannot find a podkarpackie event or its sign-ups by id, search or filter", async () => {
    expect(await asMa(() => getScopedEvent(events.pk))).toBeNull();
    expect(await asMa(() => listEventRegistrations(events.pk, query()))).toBeNull();
    for (const id of podkarpackie()) expect(await asMa(() => getRegistrationDetail(id))).toBeNull();

    const all = (await asMa(() => listEventRegistrations(events.all, query())))!;
    expect(all.total).toBe(1);
    expect(all.items.map((r) => r.id)).toEqual([regs.all_ma]);
    expect((await asMa(() => listEventRegistrations(events.all, query({ q: names.all_pk }))))!.total).toBe(0);
    expect((await asMa(() => listEventRegistrations(events.all, query({ q: `all-pk-${run}` }))))!.total).toBe(0);
    expect((await asMa(() => listEventRegistrations(events.all, query({ voivodeship: "PL-PK" }))))!.total).toBe(0);
    expect((await asMa(() => listEventRegistrations(events.all, query({ status: "CANCELLED" }))))!.total).toBe(0);
  });

  it("sees every sign-up for the Kraków event, wherever the person lives", async () => {
    const page = (await asMa(() => listEventRegistrations(events.ma, query())))!;
    expect(page.items.map((r) => r.id).sort()).toEqual([regs.ma_pk, regs.ma_ma].sort());
    for (const id of visibleToMa()) expect((await asMa(() => getRegistrationDetail(id)))?.id).toBe(id);
  });

  it("the join-free scope for known events gives nothing for another region's event, even if asked", async () => {
    const ma = { isAdmin: false, voivodeshipCodes: ["PL-MA"] };
    const pk = await db.event.findUniqueOrThrow({ where: { id: events.pk }, select: { id: true, voivodeshipCode: true } });
    expect(await db.registration.count({ where: registrationScopeForEvents(ma, [pk]) })).toBe(0);
    const all = await db.event.findUniqueOrThrow({ where: { id: events.all }, select: { id: true, voivodeshipCode: true } });
    expect(await db.registration.findMany({ where: registrationScopeForEvents(ma, [pk, all]), select: { id: true } })).toEqual([{ id: regs.all_ma }]);
  });

  it("writes no view entry for what it could not open", async () => {
    const views = await db.auditLog.count({ where: { action: "registration.view", actorUserId: users.ma, entityId: { in: podkarpackie() } } });
    expect(views).toBe(0);
  });
});

describe("region scope: others", () => {
  it("the podkarpackie coordinator sees the Przemyśl event and only podkarpackie people of coalition-wide events", async () => {
    const { upcoming } = await runAsUser(users.pk, () => listScopedEvents());
    expect(upcoming.map((e) => e.id)).not.toContain(events.ma);
    expect(upcoming.find((e) => e.id === events.pk)?.total).toBe(2);
    expect(upcoming.find((e) => e.id === events.all)?.total).toBe(1);
    expect(await runAsUser(users.pk, () => getRegistrationDetail(regs.ma_pk))).toBeNull();
    expect((await runAsUser(users.pk, () => getRegistrationDetail(regs.pk_ma)))?.id).toBe(regs.pk_ma);
  });

  it("the admin sees both regions and coalition-wide sign-ups without a voivodeship", async () => {
    const { upcoming } = await runAsUser(users.admin, () => listScopedEvents());
    const ids = upcoming.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([events.ma, events.pk, events.all]));
    expect(upcoming.find((e) => e.id === events.all)?.total).toBe(3);
    for (const id of Object.values(regs)) expect((await runAsUser(users.admin, () => getRegistrationDetail(id)))?.id).toBe(id);
    expect(await runAsUser(users.admin, () => requireAdmin())).toMatchObject({ isAdmin: true, role: "ADMIN" });
  });

  it("a coordinator without voivodeships sees coalition-wide events but no sign-ups", async () => {
    const { upcoming } = await runAsUser(users.none, () => listScopedEvents());
    expect(upcoming.every((e) => e.voivodeshipCode === null)).toBe(true);
    expect(upcoming.find((e) => e.id === events.all)?.total).toBe(0);
    expect(await runAsUser(users.none, () => getRegistrationDetail(regs.all_none))).toBeNull();
  });

  it("a coordinator is not an admin", async () => {
    expect(await thrown(() => runAsUser(users.ma, () => requireAdmin()))).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("scope changes take effect at the next call, not when the session expires", async () => {
    const coordinator = await db.user.create({
      data: { email: `moving-${run}@admin-access.test`, name: "Moving", voivodeships: { create: [{ voivodeshipCode: "PL-MA" }] } },
    });
    try {
      const asIt = () => runAsUser(coordinator.id, () => getRegistrationDetail(regs.ma_ma));
      expect((await asIt())?.id).toBe(regs.ma_ma);
      await db.userVoivodeship.deleteMany({ where: { userId: coordinator.id } });
      expect(await asIt()).toBeNull();
      await db.userVoivodeship.create({ data: { userId: coordinator.id, voivodeshipCode: "PL-MA" } });
      await db.user.update({ where: { id: coordinator.id }, data: { isActive: false } });
      expect(await thrown(asIt)).toContain("/pl/admin/login");
    } finally {
      await db.auditLog.deleteMany({ where: { actorUserId: coordinator.id } });
      await db.user.delete({ where: { id: coordinator.id } });
    }
  });
});

describe("registration detail", () => {
  it("shows answers, consents, notes and the status history, never token hashes, and records the view", async () => {
    const before = new Date();
    const detail = (await runAsUser(users.ma, () => getRegistrationDetail(regs.ma_ma)))!;
    expect(detail).toMatchObject({
      fullName: names.ma_ma,
      community: "ukraińska",
      accessibilityNeeds: "tłumacz PJM",
      interpretationLanguage: "uk",
      organisationName: "Fundacja Testowa",
      internalNotes: "dzwonić po 16",
      policyVersion: "2026-01",
      status: "WAITLISTED",
    });
    expect(detail.consentSensitiveAt).toBeInstanceOf(Date);
    expect(detail).not.toHaveProperty("manageTokenHash");
    expect(detail).not.toHaveProperty("confirmTokenHash");
    expect(detail.history.map((h) => h.action)).toEqual(["registration.create", "registration.waitlist"]);

    const view = await db.auditLog.findFirst({ where: { action: "registration.view", entityId: regs.ma_ma, actorUserId: users.ma, at: { gte: before } } });
    expect(view).toMatchObject({ entityType: "registration", actorLabel: `ma-${run}@admin-access.test`, voivodeshipCode: "PL-MA" });
    // views are in the audit log but not in the status history
    expect((await runAsUser(users.ma, () => getRegistrationDetail(regs.ma_ma)))!.history).toHaveLength(2);
  });

  it("a registration of a coalition-wide event is audited under the registrant's voivodeship", async () => {
    await runAsUser(users.admin, () => getRegistrationDetail(regs.all_pk));
    const view = await db.auditLog.findFirst({ where: { action: "registration.view", entityId: regs.all_pk }, orderBy: { at: "desc" } });
    expect(view?.voivodeshipCode).toBe("PL-PK");
  });

  it("ids that are not UUIDs or do not exist are simply not found", async () => {
    for (const id of ["nope", "1 OR 1=1", randomUUID(), ""]) {
      expect(await runAsUser(users.admin, () => getRegistrationDetail(id))).toBeNull();
      expect(await runAsUser(users.admin, () => getScopedEvent(id))).toBeNull();
    }
  });
});

describe("list queries", () => {
  const asAdmin = <T>(fn: () => Promise<T>) => runAsUser(users.admin, fn);

  it("searches name, e-mail and organisation name, case-insensitively", async () => {
    const ids = async (q: Record<string, string>) => (await asAdmin(() => listEventRegistrations(events.ma, query(q))))!.items.map((r) => r.id);
    expect(await ids({ q: `osoba MA PK ${run}`.toUpperCase() })).toEqual([regs.ma_pk]);
    expect(await ids({ q: `MA-MA-${run}@ADMIN` })).toEqual([regs.ma_ma]);
    expect(await ids({ q: "fundacja testowa" })).toEqual([regs.ma_ma]);
  });

  it("finds sign-ups linked to a directory organisation by the organisation's name", async () => {
    const ids = async (q: string) => (await asAdmin(() => listEventRegistrations(events.ma, query({ q }))))!.items.map((r) => r.id);
    const organisation = await db.organisation.create({
      data: { slug: `stowarzyszenie-${run}`, name: `Stowarzyszenie Katalogowe ${run}`, type: "NGO", voivodeshipCode: "PL-PK", city: "Przemyśl" },
    });
    try {
      expect(await ids(`katalogowe ${run}`)).toEqual([]);
      await db.registration.update({ where: { id: regs.ma_pk }, data: { organisationId: organisation.id } });
      expect(await ids(`KATALOGOWE ${run}`)).toEqual([regs.ma_pk]);
    } finally {
      await db.registration.update({ where: { id: regs.ma_pk }, data: { organisationId: null } });
      await db.organisation.delete({ where: { id: organisation.id } });
    }
  });

  it("filters by status, voivodeship, interpretation and accessibility needs, and sorts", async () => {
    const ids = async (q: Record<string, string>) => (await asAdmin(() => listEventRegistrations(events.ma, query(q))))!.items.map((r) => r.id);
    expect(await ids({ status: "CONFIRMED" })).toEqual([regs.ma_pk]);
    expect(await ids({ voivodeship: "PL-MA" })).toEqual([regs.ma_ma]);
    expect(await ids({ interpretation: "any" })).toEqual([regs.ma_ma]);
    expect(await ids({ interpretation: "uk" })).toEqual([regs.ma_ma]);
    expect(await ids({ interpretation: "en" })).toEqual([]);
    expect(await ids({ accessibility: "1" })).toEqual([regs.ma_ma]);
    expect(await ids({ sort: "created" })).toEqual([regs.ma_pk, regs.ma_ma]);
    expect(await ids({ sort: "created", dir: "desc" })).toEqual([regs.ma_ma, regs.ma_pk]);
    expect(await ids({ sort: "status" })).toEqual([regs.ma_pk, regs.ma_ma]); // CONFIRMED before WAITLISTED
    expect(await ids({ sort: "name", dir: "desc" })).toEqual([regs.ma_pk, regs.ma_ma]); // "Osoba ma pk" > "Osoba ma ma"
  });

  it("ignores nonsense in the query string instead of failing", () => {
    expect(query({ status: "DROP TABLE", sort: "x", dir: "up", page: "-3", interpretation: "klingon", voivodeship: "PL-XX" })).toEqual({
      accessibility: false,
      sort: "created",
      dir: "asc",
      page: 1,
    });
  });
});

describe("without a session", () => {
  it("every DAL function redirects to the login page", async () => {
    const calls: Array<() => Promise<unknown>> = [
      () => listScopedEvents(),
      () => getScopedEvent(events.ma),
      () => listEventRegistrations(events.ma, query()),
      () => getRegistrationDetail(regs.ma_ma),
    ];
    for (const call of calls) {
      const digest = await thrown(() => runAsUser(null, call));
      expect(digest).toMatch(/^NEXT_REDIRECT;\w+;\/pl\/admin\/login;/);
    }
  });

  it("a page's own check remembers where to return, in the page's language", async () => {
    expect(await thrown(() => runAsUser(null, () => requireCoordinator({ next: "/uk/admin/events/x/registrations" })))).toContain(
      `/uk/admin/login?next=${encodeURIComponent("/uk/admin/events/x/registrations")}`,
    );
  });

  it("an inactive account is no session", async () => {
    expect(await thrown(() => runAsUser(users.inactive, () => listScopedEvents()))).toContain("/pl/admin/login");
  });
});

describe("adminRoutes", () => {
  // What each protected page loads first (its DAL call). Type-checked against the list: a new protected route in
  // src/features/admin/routes.ts does not compile here until it has a check.
  const loaders: Record<ProtectedAdminRouteName, (ids: AdminRouteIds) => Promise<unknown>> = {
    dashboard: () => listScopedEvents(),
    eventRegistrations: (ids) => listEventRegistrations(ids.eventId!, query()),
    registrationDetail: (ids) => getRegistrationDetail(ids.registrationId!),
    // status workflow (tests/integration/admin-status.test.ts): null when the id came back skipped as not found
    changeRegistrationStatusAction: (ids) => changeRegistrationStatus({ registrationIds: [ids.registrationId!], to: "CANCELLED", notify: false }).then(notFoundAsNull),
    bulkChangeRegistrationStatusAction: (ids) => changeRegistrationStatus({ registrationIds: [ids.registrationId!], to: "ATTENDED", notify: false }).then(notFoundAsNull),
    saveInternalNoteAction: (ids) => saveInternalNote(ids.registrationId!, "note"),
    // exports and the attendance list (tests/integration/admin-export.test.ts)
    eventExport: (ids) => getExportPreview(ids.eventId!, exportFiltersSchema.parse({})),
    eventExportDownload: (ids) => exportRegistrations(ids.eventId!, exportRequestSchema.parse({ columns: ["fullName"] })),
    eventAttendance: (ids) => getAttendanceList(ids.eventId!),
    // offer applications: their region scope is tested in tests/integration/applications.test.ts
    offers: () => listOffersWithApplicationCounts(),
    offerApplications: (ids) => listOfferApplications(ids.offerSlug!, applicationListQuerySchema.parse({})),
    applicationDetail: (ids) => getApplicationDetail(ids.applicationId!),
    changeApplicationStatusAction: (ids) => changeApplicationStatus(ids.applicationId!, { status: "IN_REVIEW" }),
    reviewApplicationAction: (ids) => reviewApplication(ids.applicationId!, { score: "5" }),
    sendApplicationFollowUpAction: (ids) => sendApplicationFollowUp(ids.applicationId!),
    // organisations: their region scope is tested in tests/integration/organisations.test.ts
    organisations: () => listOrganisationsForModeration(organisationListQuerySchema.parse({})),
    organisationDetail: (ids) => getOrganisationForModeration(ids.organisationId!),
    organisationEdit: (ids) => getOrganisationForModeration(ids.organisationId!),
    moderateOrganisationAction: (ids) => moderateOrganisation(ids.organisationId!, { decision: "approve" }),
    updateOrganisationAction: (ids) => updateOrganisation(ids.organisationId!, {}),
    // an offer's application export: its region scope and content in tests/integration/admin-application-export.test.ts
    offerExport: (ids) => getApplicationExportPreview(ids.offerSlug!, applicationExportFiltersSchema.parse({})),
    offerExportDownload: (ids) => exportApplications(ids.offerSlug!, applicationExportRequestSchema.parse({ columns: ["fullName"] })),
    // accounts, admins only (tests/integration/admin-accounts.test.ts); ids of nobody, so an admin would change nothing
    accounts: () => adminOnly(listAccounts()),
    accountInvite: () => adminOnly(requireAdmin()),
    inviteAccountAction: () => adminOnly(inviteAccount({ name: "X", email: `invite-${run}@admin-access.test`, role: "COORDINATOR", voivodeships: ["PL-PK"] }, "pl")),
    accountDetail: (ids) => adminOnly(getAccount(ids.userId ?? randomUUID())),
    updateAccountAction: (ids) => adminOnly(updateAccount(ids.userId ?? randomUUID(), { role: "COORDINATOR", voivodeships: ["PL-PK"] })),
    resendInvitationAction: (ids) => adminOnly(resendInvitation(ids.userId ?? randomUUID(), "pl")),
    setAccountActiveAction: (ids) => adminOnly(setAccountActive(ids.userId ?? randomUUID(), false)),
    // the report pack: its counts and region scope in detail in tests/integration/admin-reports.test.ts
    reports: (ids) => getReport({ kind: "event", eventId: ids.eventId! }, { attendance: true }),
    reportsDownload: (ids) => exportReportCounts({ kind: "event", eventId: ids.eventId! }),
    // outbox, audit log and data-subject tools, admins only (tests/integration/admin-outbox.test.ts, admin-audit.test.ts,
    // privacy.test.ts); a coordinator is refused before anything is read or changed
    outbox: () => adminOnly(listOutboxMails(outboxListQuerySchema.parse({}))),
    outboxMail: (ids) => adminOnly(getOutboxMail(ids.mailId ?? randomUUID())),
    retryOutboxMailAction: (ids) => adminOnly(retryOutboxMail(ids.mailId ?? randomUUID())),
    audit: () => adminOnly(searchAuditLog(auditQuerySchema.parse({}))),
    privacy: () => adminOnly(findPersonalData({ email: `pk-pk-${run}@admin-access.test` })),
    privacyExport: () => adminOnly(exportPersonalData({ email: `pk-pk-${run}@admin-access.test` })),
    erasePersonalDataAction: () => adminOnly(erasePersonalData({ email: `pk-pk-${run}@admin-access.test`, confirmation: `pk-pk-${run}@admin-access.test` })),
    // events management (tests/integration/admin-events.test.ts): only the event's own region's coordinators and admins
    // manage it; the list and the form's choices are null here when the podkarpackie event or region shows up in them
    adminEvents: (ids) => listManagedEvents("upcoming").then((r) => (r.items.some((e) => e.id === ids.eventId) ? r : null)),
    eventNew: () => getEventFormOptions().then((o) => (o.voivodeships.some((v) => v.code === "PL-PK") ? o : null)),
    createEventAction: () =>
      createManagedEvent({
        titlePl: "Spotkanie", summaryPl: "Opis", bodyPl: "Treść", startsAt: "2030-05-10T10:00", endsAt: "2030-05-10T12:00",
        format: "ONLINE", meetingLanguage: "pl", voivodeshipCode: "PL-PK",
      }).then((r) => (!r.ok && r.fieldErrors.voivodeshipCode === "outOfScope" ? null : r)),
    eventEdit: (ids) => getManagedEvent(ids.eventId!),
    updateEventAction: (ids) => updateManagedEvent(ids.eventId!, {}),
    publishEventAction: (ids) => publishManagedEvent(ids.eventId!),
    duplicateEventAction: (ids) => duplicateManagedEvent(ids.eventId!),
    eventCancel: (ids) => getManagedEvent(ids.eventId!),
    cancelEventAction: (ids) => cancelManagedEvent(ids.eventId!, { confirm: "on" }),
    eventMessages: (ids) => listEventMessages(ids.eventId!),
    sendEventMessageAction: (ids) => sendEventMessage(ids.eventId!, { statuses: ["CONFIRMED"], subjectPl: "Temat", bodyPl: "Treść" }),
  };

  const protectedRoutes = adminRoutes.filter((r) => !r.public);

  it("lists every page and action once, and every path is under /<locale>/admin", () => {
    expect(new Set(adminRoutes.map((r) => r.name)).size).toBe(adminRoutes.length);
    for (const route of adminRoutes) expect(route.path({ locale: "uk", eventId: "e", registrationId: "r" })).toMatch(/^\/uk\/admin(\/|$)/);
    expect(protectedRoutes.map((r) => r.name).sort()).toEqual(Object.keys(loaders).sort());
  });

  it("without a session every protected route redirects to the login page", async () => {
    for (const route of protectedRoutes) {
      const ids = { locale: "pl", eventId: events.ma, registrationId: regs.ma_ma };
      expect(await thrown(() => runAsUser(null, () => loaders[route.name](ids))), route.name).toContain("/pl/admin/login");
    }
  });

  it("a coordinator of another region gets nothing (the page answers 404) for podkarpackie ids", async () => {
    for (const route of protectedRoutes) {
      const ids = { locale: "pl", eventId: events.pk, registrationId: regs.pk_pk };
      const result = await runAsUser(users.ma, () => loaders[route.name](ids));
      if (route.name === "dashboard") {
        const { upcoming, past } = result as Awaited<ReturnType<typeof listScopedEvents>>;
        expect([...upcoming, ...past].map((e) => e.id)).not.toContain(events.pk);
      } else if (route.name === "organisations") {
        expect(Array.isArray((result as { items: unknown[] }).items), route.name).toBe(true); // scoped list (organisations.test.ts)
      } else if (route.name === "offers") {
        expect(Array.isArray(result), route.name).toBe(true); // offers are public; counts are scoped (applications.test.ts)
      } else {
        expect(result, route.name).toBeNull();
      }
    }
  });
});

describe("login", () => {
  const password = "a-long-coordinator-password";
  let email: string;
  let userId: string;

  beforeAll(async () => {
    email = `login-${run}@admin-access.test`;
    const user = await db.user.create({ data: { email, name: "Login", passwordHash: await hash(password) } });
    userId = user.id;
  });
  afterAll(async () => {
    await clearRateLimit(LOGIN_ACCOUNT_LIMIT.bucket, email);
    await db.auditLog.deleteMany({ where: { actorUserId: userId } });
    await db.user.delete({ where: { id: userId } });
  });

  const ip = () => `10.${run.length}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

  it("accepts the right password (any case of the e-mail) and records the login", async () => {
    expect(await verifyLogin({ email: email.toUpperCase(), password }, ip())).toEqual({ ok: true, userId });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).lastLoginAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { action: "user.login", actorUserId: userId } })).toBe(1);
  });

  it("gives the same answer for a wrong password, an unknown e-mail, an inactive account and one without a password", async () => {
    const noPassword = await db.user.create({ data: { email: `nopass-${run}@admin-access.test`, name: "Invited" } });
    const inactive = await db.user.create({ data: { email: `off-${run}@admin-access.test`, name: "Off", isActive: false, passwordHash: await hash(password) } });
    try {
      for (const attempt of [
        { email, password: "wrong-password" },
        { email: `nobody-${run}@admin-access.test`, password },
        { email: noPassword.email, password },
        { email: inactive.email, password },
        { email: "not an e-mail", password },
      ]) {
        expect(await verifyLogin(attempt, ip())).toEqual({ ok: false, error: "invalidCredentials" });
      }
    } finally {
      for (const e of [email, noPassword.email, inactive.email, `nobody-${run}@admin-access.test`]) await clearRateLimit(LOGIN_ACCOUNT_LIMIT.bucket, e);
      await db.user.deleteMany({ where: { id: { in: [noPassword.id, inactive.id] } } });
    }
  });

  it("throttles an account after 5 failures, without checking the password; a success clears the count", async () => {
    for (let i = 0; i < 4; i++) expect((await verifyLogin({ email, password: "wrong" }, ip())).ok).toBe(false);
    expect((await verifyLogin({ email, password }, ip())).ok).toBe(true); // 5th attempt succeeds and clears
    for (let i = 0; i < 5; i++) expect(await verifyLogin({ email, password: "wrong" }, ip())).toEqual({ ok: false, error: "invalidCredentials" });
    expect(await verifyLogin({ email, password }, ip())).toEqual({ ok: false, error: "throttled" });
    await clearRateLimit(LOGIN_ACCOUNT_LIMIT.bucket, email);
    expect((await verifyLogin({ email, password }, ip())).ok).toBe(true);
  });

  it("throttles one IP after 30 attempts, whichever accounts it tries", async () => {
    const address = `192.0.2.${Math.floor(Math.random() * 250)}-${run}`;
    try {
      for (let i = 0; i < LOGIN_IP_LIMIT.limit; i++) {
        expect(await verifyLogin({ email: `guess-${i}-${run}@admin-access.test`, password: "x" }, address)).toEqual({ ok: false, error: "invalidCredentials" });
      }
      expect(await verifyLogin({ email, password }, address)).toEqual({ ok: false, error: "throttled" });
    } finally {
      await clearRateLimit(LOGIN_IP_LIMIT.bucket, address);
      for (let i = 0; i < LOGIN_IP_LIMIT.limit; i++) await clearRateLimit(LOGIN_ACCOUNT_LIMIT.bucket, `guess-${i}-${run}@admin-access.test`);
    }
  });
});
