import { describe, expect, it } from "vitest";
import {
  cancelRegistration,
  confirmRegistration,
  createRegistration,
  expirePendingRegistrations,
  getManagedRegistration,
  queueDueReminders,
} from "@/features/registrations/data";
import { registrationSchema } from "@/features/registrations/schema";
import { submitRegistration } from "@/features/registrations/submit";
import { hashToken, issueFormToken } from "@/features/registrations/tokens";
import { createEvent, unique, validAnswers } from "../support/fixtures";
import { testDb } from "../support/test-db";

const db = testDb();

/** Signs up through the DAL and returns the confirmation and manage tokens read from the queued mail. */
async function signUp(eventSlug: string, answers = validAnswers()) {
  const result = await createRegistration(eventSlug, registrationSchema.parse(answers), { locale: "uk" });
  expect(result).toEqual({ ok: true, outcome: "pendingConfirmation" });
  const mail = await db.outboxMail.findFirstOrThrow({
    where: { toAddress: answers.email as string, kind: "registration.confirmAddress" },
    orderBy: { createdAt: "desc" },
  });
  return { email: answers.email as string, ...tokensIn(mail.text) };
}

function tokensIn(text: string) {
  return {
    confirmToken: /\/confirm\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "",
    manageToken: /\/manage\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "",
  };
}

const statusOf = (email: string) => db.registration.findFirstOrThrow({ where: { emailNormalized: email.toLowerCase() }, orderBy: { createdAt: "desc" } });

describe("signing up", () => {
  it("saves the sign-up awaiting e-mail confirmation and queues the confirmation mail in the same transaction", async () => {
    const event = await createEvent();
    const { email, confirmToken, manageToken } = await signUp(event.slug);
    const registration = await statusOf(email);
    expect(registration.status).toBe("PENDING_EMAIL");
    expect(registration.locale).toBe("uk");
    expect(registration.expiresAt!.getTime() - registration.createdAt.getTime()).toBe(48 * 3600_000);
    expect(registration.consentProcessingAt).toBeInstanceOf(Date);
    expect(registration.policyVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(confirmToken).not.toBe("");
    expect(manageToken).not.toBe("");
    // only hashes are stored
    expect(JSON.stringify(registration)).not.toContain(confirmToken);
    expect(JSON.stringify(registration)).not.toContain(manageToken);
    const audit = await db.auditLog.findFirst({ where: { entityId: registration.id, action: "registration.create" } });
    expect(audit).not.toBeNull();
  });

  it("a second sign-up with the same address (any case) creates no row and re-sends the link", async () => {
    const event = await createEvent();
    const answers = validAnswers();
    const { confirmToken } = await signUp(event.slug, answers);
    await confirmRegistration(confirmToken);
    const again = await createRegistration(event.slug, registrationSchema.parse({ ...answers, email: (answers.email as string).toUpperCase() }), { locale: "pl" });
    expect(again).toEqual({ ok: true, outcome: "duplicate" });
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(1);
    const resent = await db.outboxMail.findFirst({ where: { toAddress: answers.email as string, kind: "registration.manageLink" } });
    expect(resent).not.toBeNull();
  });

  it("does not store sensitive answers without the separate consent", async () => {
    const event = await createEvent();
    const parsed = registrationSchema.safeParse(validAnswers({ accessibilityNeeds: "wózek" }));
    expect(parsed.success).toBe(false);
    const withConsent = validAnswers({ accessibilityNeeds: "wózek", community: "ukraińska", consentSensitive: "on" });
    const { email } = await signUp(event.slug, withConsent);
    const row = await statusOf(email);
    expect(row.accessibilityNeeds).toBe("wózek");
    expect(row.consentSensitiveAt).toBeInstanceOf(Date);
  });

  it("refuses sign-ups outside the window and for cancelled or unknown events", async () => {
    const data = registrationSchema.parse(validAnswers());
    const notYet = await createEvent({ registrationOpensAt: new Date(Date.now() + 3600_000) });
    expect(await createRegistration(notYet.slug, data, { locale: "pl" })).toEqual({ ok: false, error: "notYetOpen" });
    const closed = await createEvent({ registrationClosesAt: new Date(Date.now() - 1000), registrationOpensAt: new Date(Date.now() - 3600_000) });
    expect(await createRegistration(closed.slug, data, { locale: "pl" })).toEqual({ ok: false, error: "closed" });
    const cancelled = await createEvent({ status: "CANCELLED" });
    expect(await createRegistration(cancelled.slug, data, { locale: "pl" })).toEqual({ ok: false, error: "cancelled" });
    const draft = await createEvent({ status: "DRAFT" });
    expect(await createRegistration(draft.slug, data, { locale: "pl" })).toEqual({ ok: false, error: "eventNotFound" });
    expect(await db.registration.count({ where: { eventId: { in: [notYet.id, closed.id, cancelled.id, draft.id] } } })).toBe(0);
  });
});

describe("confirming and places", () => {
  it("confirms once, gives a place, and queues the confirmed mail with the online link", async () => {
    const event = await createEvent({ capacity: 2 });
    const { email, confirmToken } = await signUp(event.slug);
    expect(await confirmRegistration(confirmToken)).toMatchObject({ outcome: "confirmed" });
    expect(await confirmRegistration(confirmToken)).toMatchObject({ outcome: "alreadyConfirmed" });
    expect((await statusOf(email)).status).toBe("CONFIRMED");
    const mail = await db.outboxMail.findFirstOrThrow({ where: { toAddress: email, kind: "registration.confirmed" } });
    expect(mail.text).toContain("https://zoom.example/j/secret-123");
    const confirmMail = await db.outboxMail.findFirstOrThrow({ where: { toAddress: email, kind: "registration.confirmAddress" } });
    expect(confirmMail.text).not.toContain("zoom.example");
  });

  it("200 parallel confirmations for 20 places: exactly 20 confirmed, 180 waitlisted in order, no errors", async () => {
    const event = await createEvent({ capacity: 20 });
    const people = [];
    for (let i = 0; i < 200; i++) people.push(await signUp(event.slug, validAnswers({ email: `${unique(`p${i}`)}@example.com` })));
    const results = await Promise.all(people.map((p) => confirmRegistration(p.confirmToken)));
    expect(results.filter((r) => r.outcome === "confirmed")).toHaveLength(20);
    expect(results.filter((r) => r.outcome === "waitlisted")).toHaveLength(180);

    const rows = await db.registration.findMany({ where: { eventId: event.id } });
    expect(rows.filter((r) => r.status === "CONFIRMED")).toHaveLength(20);
    const waitlisted = rows.filter((r) => r.status === "WAITLISTED").sort((a, b) => a.waitlistedAt!.getTime() - b.waitlistedAt!.getTime());
    expect(waitlisted).toHaveLength(180);
    // first come, first served: positions 1..180 follow the order in which confirmations got the lock
    const positions = results.flatMap((r) => (r.outcome === "waitlisted" ? [r.position] : [])).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 180 }, (_, i) => i + 1));
    expect(new Set(waitlisted.map((r) => r.waitlistedAt!.getTime())).size).toBe(180);
    const lastConfirmed = Math.max(...rows.filter((r) => r.status === "CONFIRMED").map((r) => r.emailConfirmedAt!.getTime()));
    expect(waitlisted[0]!.emailConfirmedAt!.getTime()).toBeGreaterThanOrEqual(lastConfirmed);
    expect(await db.outboxMail.count({ where: { registrationId: { in: waitlisted.map((r) => r.id) }, kind: "registration.waitlisted" } })).toBe(180);
  }, 120_000);

  it("cancelling a confirmed place promotes the first on the waiting list and tells them", async () => {
    const event = await createEvent({ capacity: 1 });
    const first = await signUp(event.slug);
    const second = await signUp(event.slug);
    const third = await signUp(event.slug);
    await confirmRegistration(first.confirmToken);
    expect(await confirmRegistration(second.confirmToken)).toMatchObject({ outcome: "waitlisted", position: 1 });
    expect(await confirmRegistration(third.confirmToken)).toMatchObject({ outcome: "waitlisted", position: 2 });

    expect(await cancelRegistration(first.manageToken)).toMatchObject({ ok: true });
    expect((await statusOf(first.email)).status).toBe("CANCELLED");
    expect((await statusOf(second.email)).status).toBe("CONFIRMED");
    expect((await statusOf(third.email)).status).toBe("WAITLISTED");
    expect((await getManagedRegistration(third.manageToken))!.waitlistPosition).toBe(1);
    const promoted = await db.outboxMail.findFirstOrThrow({ where: { toAddress: second.email, kind: "registration.promoted" } });
    expect(promoted.text).toContain("zoom.example");
    expect(await db.outboxMail.count({ where: { toAddress: first.email, kind: "registration.cancelled" } })).toBe(1);
    // cancelling twice changes nothing
    expect(await cancelRegistration(first.manageToken)).toEqual({ ok: false });
  });

  it("leaving the waiting list frees nothing and keeps the order", async () => {
    const event = await createEvent({ capacity: 1 });
    const [a, b, c] = [await signUp(event.slug), await signUp(event.slug), await signUp(event.slug)];
    for (const p of [a, b, c]) await confirmRegistration(p.confirmToken);
    await cancelRegistration(b.manageToken);
    expect((await statusOf(a.email)).status).toBe("CONFIRMED");
    expect((await getManagedRegistration(c.manageToken))!.waitlistPosition).toBe(1);
  });
});

describe("the fast paths: one statement per sign-up, the confirmation inside the database", () => {
  it("a sign-up reads the event again when it changed: a new title in the mail, a cancelled event refused", async () => {
    const event = await createEvent({ capacity: 5 });
    await signUp(event.slug); // the event is now in this process's copy
    await db.event.update({ where: { id: event.id }, data: { titleUk: "Нова назва зустрічі" } });
    const second = validAnswers();
    await signUp(event.slug, second);
    const mail = await db.outboxMail.findFirstOrThrow({ where: { toAddress: second.email as string, kind: "registration.confirmAddress" } });
    expect(mail.subject).toContain("Нова назва зустрічі");
    await db.event.update({ where: { id: event.id }, data: { status: "CANCELLED" } });
    const third = validAnswers();
    expect(await createRegistration(event.slug, registrationSchema.parse(third), { locale: "uk" })).toEqual({ ok: false, error: "cancelled" });
    expect(await db.registration.count({ where: { emailNormalized: (third.email as string).toLowerCase() } })).toBe(0);
  });

  it("the waiting-list mail carries the position, never the marker the database replaces", async () => {
    const event = await createEvent({ capacity: 1 });
    const [a, b] = [await signUp(event.slug), await signUp(event.slug)];
    expect(await confirmRegistration(a.confirmToken)).toMatchObject({ outcome: "confirmed" });
    expect(await confirmRegistration(b.confirmToken)).toMatchObject({ outcome: "waitlisted", position: 1 });
    const mail = await db.outboxMail.findFirstOrThrow({ where: { toAddress: b.email, kind: "registration.waitlisted" } });
    expect(mail.text).toContain("під номером 1.");
    expect(mail.html).toContain("під номером 1.");
    expect(`${mail.text}${mail.html}`).not.toContain("[[position");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: (await statusOf(b.email)).id, action: "registration.waitlist" } });
    expect(audit.details).toEqual({ position: 1 });
  });

  it("komm_confirm_registration changes nothing and answers 'slow' when what the mails were rendered from changed", async () => {
    const event = await createEvent({ capacity: 3 });
    const { email, confirmToken } = await signUp(event.slug);
    const before = await statusOf(email);
    const mail = JSON.stringify({ id: crypto.randomUUID(), kind: "registration.confirmed", toAddress: email, locale: "uk", subject: "s", html: "h", text: "t" });
    const call = (eventVersion: Date, registrationVersion: Date) =>
      db.$queryRaw<Array<{ outcome: string }>>`SELECT outcome FROM komm_confirm_registration(${hashToken(confirmToken)}, ${new Date()}::timestamptz,
        ${eventVersion}::timestamptz, ${registrationVersion}::timestamptz, ${mail}::jsonb, ${mail}::jsonb, 'mark')`;
    expect(await call(new Date(event.updatedAt.getTime() - 1), before.updatedAt)).toEqual([{ outcome: "slow" }]);
    expect(await call(event.updatedAt, new Date(before.updatedAt.getTime() - 1))).toEqual([{ outcome: "slow" }]);
    expect((await statusOf(email)).status).toBe("PENDING_EMAIL");
    expect(await db.outboxMail.count({ where: { toAddress: email, kind: "registration.confirmed" } })).toBe(0);
    // the app then confirms in its own transaction
    expect(await confirmRegistration(confirmToken)).toMatchObject({ outcome: "confirmed" });
  });

  it("a free place with people waiting goes to them first, then the newcomer waits behind them", async () => {
    const event = await createEvent({ capacity: 1 });
    const [a, b, c] = [await signUp(event.slug), await signUp(event.slug), await signUp(event.slug)];
    await confirmRegistration(a.confirmToken);
    await confirmRegistration(b.confirmToken);
    // a place freed without passing it on (as if an admin changed the status directly)
    await db.registration.update({ where: { id: (await statusOf(a.email)).id }, data: { status: "CANCELLED" } });
    expect(await confirmRegistration(c.confirmToken)).toMatchObject({ outcome: "waitlisted", position: 1 });
    expect((await statusOf(b.email)).status).toBe("CONFIRMED");
    expect(await db.outboxMail.count({ where: { toAddress: b.email, kind: "registration.promoted" } })).toBe(1);
  });
});

describe("self-service through the manage link", () => {
  it("shows the online link only to people with a confirmed place", async () => {
    const event = await createEvent({ capacity: 1 });
    const a = await signUp(event.slug);
    const b = await signUp(event.slug);
    expect((await getManagedRegistration(a.manageToken))!.event.onlineMeetingUrl).toBeNull();
    await confirmRegistration(a.confirmToken);
    await confirmRegistration(b.confirmToken);
    expect((await getManagedRegistration(a.manageToken))!.event.onlineMeetingUrl).toBe("https://zoom.example/j/secret-123");
    expect((await getManagedRegistration(b.manageToken))!.event.onlineMeetingUrl).toBeNull();
    expect(await getManagedRegistration("not-a-token")).toBeNull();
  });
});

describe("background jobs", () => {
  it("expires unconfirmed sign-ups after the deadline; they never held a place", async () => {
    const event = await createEvent({ capacity: 1 });
    const late = await signUp(event.slug);
    const later = new Date(Date.now() + 49 * 3600_000);
    expect(await expirePendingRegistrations(later)).toBeGreaterThanOrEqual(1);
    expect((await statusOf(late.email)).status).toBe("EXPIRED");
    expect(await confirmRegistration(late.confirmToken)).toEqual({ outcome: "invalid" });
    const other = await signUp(event.slug);
    expect(await confirmRegistration(other.confirmToken)).toMatchObject({ outcome: "confirmed" });
  });

  it("queues one reminder per confirmed person 24 hours before the event", async () => {
    const start = new Date(Date.now() + 20 * 3600_000);
    const event = await createEvent({ startsAt: start, endsAt: new Date(start.getTime() + 3600_000), capacity: 5 });
    const p = await signUp(event.slug);
    await confirmRegistration(p.confirmToken);
    const waiting = await signUp(event.slug);
    await queueDueReminders();
    await queueDueReminders();
    const reminders = await db.outboxMail.findMany({ where: { kind: "registration.reminder", toAddress: { in: [p.email, waiting.email] } } });
    expect(reminders.map((m) => m.toAddress)).toEqual([p.email]);
    expect(reminders[0]!.text).toContain("zoom.example");
  });
});

describe("the form's server side", () => {
  const token = () => issueFormToken(Date.now() - 5000);

  it("accepts a person's sign-up and discards bots without storing anything", async () => {
    const event = await createEvent();
    const person = validAnswers();
    expect(await submitRegistration(event.slug, { ...person, website: "", formToken: token() }, { ip: unique("ip"), locale: "pl" })).toEqual({
      status: "done",
      outcome: "pendingConfirmation",
    });
    for (const bot of [
      { ...validAnswers(), website: "http://spam.example", formToken: token() },
      { ...validAnswers(), formToken: issueFormToken(Date.now() - 500) },
      { ...validAnswers(), formToken: "123.forged" },
      { ...validAnswers() },
    ]) {
      expect(await submitRegistration(event.slug, bot, { ip: unique("ip"), locale: "pl" })).toEqual({ status: "done", outcome: "discarded" });
    }
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(1);
  });

  it("a form sent back with errors keeps the token it was first shown with: a quick correction is not taken for a bot", async () => {
    const event = await createEvent();
    const shown = token();
    const first = await submitRegistration(event.slug, { ...validAnswers(), email: "not-an-address", formToken: shown }, { ip: unique("ip"), locale: "pl" });
    expect(first).toMatchObject({ status: "error", formToken: shown });
    // Without JavaScript the error page is rendered with a fresh token, too young to pass; the form sends the kept one.
    const kept = first.status === "error" ? first.formToken : undefined;
    expect(await submitRegistration(event.slug, { ...validAnswers(), formToken: kept }, { ip: unique("ip"), locale: "pl" })).toEqual({
      status: "done",
      outcome: "pendingConfirmation",
    });
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(1);
    // forged or missing tokens are not given back: the page's own is used
    for (const formToken of ["123.forged", undefined]) {
      const result = await submitRegistration(event.slug, { ...validAnswers(), email: "x", formToken }, { ip: unique("ip"), locale: "pl" });
      expect(result).toMatchObject({ status: "error" });
      expect(result).not.toHaveProperty("formToken");
    }
    // "open too long, send it again": a new token with which the answers go through when sent again at once
    const expired = issueFormToken(Date.now() - 25 * 3600 * 1000);
    const answers = validAnswers();
    const stale = await submitRegistration(event.slug, { ...answers, formToken: expired }, { ip: unique("ip"), locale: "pl" });
    expect(stale).toMatchObject({ status: "error", formError: "formExpired" });
    const renewed = stale.status === "error" ? stale.formToken : undefined;
    expect(renewed).toBeTruthy();
    expect(renewed).not.toBe(expired);
    expect(await submitRegistration(event.slug, { ...answers, formToken: renewed }, { ip: unique("ip"), locale: "pl" })).toEqual({
      status: "done",
      outcome: "pendingConfirmation",
    });
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(2);
  });

  it("limits attempts per e-mail address across IPs (stored in PostgreSQL)", async () => {
    const event = await createEvent();
    const email = `${unique("flood")}@example.com`;
    const results = [];
    for (let i = 0; i < 7; i++) {
      results.push(await submitRegistration(event.slug, { ...validAnswers({ email }), formToken: token() }, { ip: unique("ip"), locale: "en" }));
    }
    expect(results.slice(0, 5).every((r) => r.status === "done")).toBe(true);
    expect(results[5]).toMatchObject({ status: "error", formError: "rateLimited" });
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(1);
  });

  it("300 malformed or hostile submissions: each a translated error, 0 rows written", async () => {
    const event = await createEvent({ capacity: 1000 });
    const long = "a".repeat(1024 * 1024);
    const hostileValues: unknown[] = [
      "", " ", long, "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "\u202Eevil\u202C", "ze\u200Bro",
      "a\u0000b", "line\nbreak", 42, true, null, ["a", "b"], { $gt: "" }, "'; DROP TABLE \"Registration\"; --", "<svg/onload=alert(1)>",
      "\uFEFFbom", "data:text/html,<b>x</b>", "x".repeat(300),
    ];
    const fields = ["fullName", "email", "phone", "organisationMode", "organisationId", "voivodeshipCode", "contactLanguage", "interpretationLanguage", "accessibilityNeeds", "expectations", "consentProcessing", "groupType", "city", "roleInOrganisation", "heardFrom"];
    const cases: Record<string, unknown>[] = [];
    for (let i = 0; cases.length < 300; i++) {
      const field = fields[i % fields.length]!;
      const value = hostileValues[Math.floor(i / fields.length) % hostileValues.length];
      // keep only combinations that really are invalid for that field
      const answers = { ...validAnswers(), [field]: value, formToken: token() };
      if (registrationSchema.safeParse(answers).success) continue;
      cases.push(answers);
      if (i > 5000) break;
    }
    expect(cases.length).toBe(300);
    
    for (const answers of cases) {
      const result = await submitRegistration(event.slug, answers, { ip: unique("ip"), locale: "uk" });
      expect(result.status, JSON.stringify(answers).slice(0, 200)).toBe("error");
      if (result.status === "error") expect(Object.keys(result.fieldErrors ?? {}).length).toBeGreaterThan(0);
    }
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(0);
  }, 120_000);
});
