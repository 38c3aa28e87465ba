import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pl from "../../messages/pl.json";
import { formTokenTime, hiddenInputs, MIN_FILL_MS, pool, postForm, signUpAnswers, timed } from "../support/http-forms.mjs";
import { startSmtpCapture } from "../support/smtp";
import { freshDatabase, insertEvent, sleep, sql, startApp, type App } from "./support/app";
import { startPrivatePostgres, type PrivatePostgres } from "./support/postgres";

// PostgreSQL (a server of the test's own) is stopped and started again in the middle of a burst of sign-ups.
const PEOPLE = 160;
const IN_FLIGHT = 8;

let postgres: PrivatePostgres;
let database: Awaited<ReturnType<typeof freshDatabase>>;
let app: App;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;

beforeAll(async () => {
  postgres = await startPrivatePostgres();
  database = await freshDatabase(postgres.url);
  await insertEvent(database.url, "restart", 1000);
  smtp = await startSmtpCapture();
  app = await startApp({ DATABASE_URL: database.url, SMTP_URL: smtp.url, OUTBOX_RETRY_BASE_MS: "1000", RATE_LIMIT_REGISTRATION_IP: "100000" });
});

afterAll(async () => {
  await app?.stop();
  await smtp?.stop();
  postgres?.destroy();
});

type Outcome = "saved" | "tryAgain" | "other";

describe("PostgreSQL restarted during a burst of sign-ups", () => {
  const emails = Array.from({ length: PEOPLE }, (_, i) => `restart-${i}@restart.komm.test`);
  const outcomes: Outcome[] = [];

  it("answers every sign-up with success or the form again with a translated 'try again' and the answers, and recovers by itself", async () => {
    const url = `${app.url}/pl/events/restart/register`;
    const forms = await pool(emails, IN_FLIGHT, async () => hiddenInputs((await timed(url)).body));
    await sleep(Math.max(0, Math.max(...forms.map(formTokenTime)) + MIN_FILL_MS + 200 - Date.now()));

    // The burst: sign-ups keep coming, 8 at a time, for about 12 seconds; PostgreSQL is down for 3 of them.
    const started = Date.now();
    const otherForms = [`${app.url}/pl/offers/mentoring/apply`, `${app.url}/pl/organisations/join`];
    for (const form of otherForms) expect((await timed(form)).status).toBe(200);
    const duringOutage: Array<{ status: number; body: string }> = [];
    const outage = (async () => {
      await sleep(3000);
      postgres.stop();
      // the other public forms still open, so a person can fill them in and is told to retry only when sending
      for (const form of otherForms) duringOutage.push(await timed(form));
      await sleep(3000);
      postgres.start();
    })();
    const results = await pool(emails, IN_FLIGHT, async (email, i) => {
      await sleep(Math.max(0, started + (i / PEOPLE) * 12_000 - Date.now()));
      return postForm(url, forms[i]!, signUpAnswers(email, i));
    });
    await outage;
    for (const page of duringOutage) {
      expect(page.status).toBe(200);
      expect(hiddenInputs(page.body).map(([name]) => name)).toContain("formToken");
    }
    results.forEach((r, i) => {
      if (r.status === 303 && r.location === "/pl/events/restart/register/sent") outcomes.push("saved");
      // the form again, with the translated message and every answer given back, ready to be sent once more
      else if (r.status === 200 && r.body.includes(pl.RegistrationForm.formErrors.unavailable) && r.body.includes(emails[i]!) && r.body.includes(`Uczestnik Testowy ${i}`))
        outcomes.push("tryAgain");
      else outcomes.push("other");
    });
    const other = results.find((_, i) => outcomes[i] === "other");
    expect(other, `an answer that is neither success nor 'try again' with the answers: HTTP ${other?.status} ${other?.body.slice(0, 500)}`).toBeUndefined();
    expect(outcomes.filter((o) => o === "tryAgain").length).toBeGreaterThan(0); // the outage did hit the burst
    expect(outcomes.slice(-20)).toEqual(Array(20).fill("saved")); // and the server recovered without a restart
  });

  it("keeps every sign-up it said was saved, each whole: the registration with its confirmation mail", async () => {
    const saved = emails.filter((_, i) => outcomes[i] === "saved");
    const rows = await sql<{ email: string; mails: number; consent: boolean }>(
      database.url,
      `SELECT r.email, (SELECT count(*)::int FROM "OutboxMail" m WHERE m."registrationId" = r.id AND m.kind = 'registration.confirmAddress') AS mails,
              r."consentProcessingAt" IS NOT NULL AS consent
       FROM "Registration" r JOIN "Event" e ON e.id = r."eventId" WHERE e.slug = 'restart'`,
    );
    const stored = new Set(rows.map((r) => r.email));
    expect(saved.filter((e) => !stored.has(e))).toEqual([]);
    for (const row of rows) expect(row).toMatchObject({ mails: 1, consent: true });

    // every confirmation mail goes out once, the ones queued just before the outage included
    const outbox = () => sql(database.url, `SELECT status, attempts, "lastError", "nextAttemptAt" FROM "OutboxMail" WHERE status <> 'SENT'`);
    await expect.poll(() => smtp.messages.length, { timeout: 60_000, interval: 500 }).toBe(rows.length).catch(async (e) => {
      console.error("mails not sent:", await outbox());
      throw e;
    });
    await sleep(2000);
    expect(new Set(smtp.messages.map((m) => m.to[0])).size).toBe(rows.length);
    expect(smtp.messages).toHaveLength(rows.length);
  });

  it("logged the outage without any registrant's address", () => {
    expect(app.output()).not.toMatch(/@restart\.komm\.test/);
  });
});
