import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pl from "../../messages/pl.json";
import { baseUrl } from "../support/database";
import { confirmToken, formTokenTime, hiddenInputs, MIN_FILL_MS, pool, postForm, signUpAnswers, timed } from "../support/http-forms.mjs";
import { startSmtpCapture, type CapturedMail } from "../support/smtp";
import { freePort, freshDatabase, insertEvent, sleep, sql, startApp, type App } from "./support/app";

// Two instances of the production build on one PostgreSQL, as behind a load balancer: every page is fetched from
// one instance and its form sent to the other. The mail server is down for the whole burst and comes back after it.
const PEOPLE = 120;
const CAPACITY = 20;
const IN_FLIGHT = 24;

let database: Awaited<ReturnType<typeof freshDatabase>>;
let apps: App[] = [];
let smtpPort: number;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>> | undefined;
const emails = Array.from({ length: PEOPLE }, (_, i) => `osoba-${i}@scale.komm.test`);
const tokens: string[] = [];

beforeAll(async () => {
  database = await freshDatabase(baseUrl);
  await insertEvent(database.url, "scale-out", CAPACITY);
  await insertEvent(database.url, "rate-limit", 5);
  smtpPort = await freePort(); // nothing listens there yet: the mail server is down
  const env = {
    DATABASE_URL: database.url,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    // retries every 1, 2, 4 s, then every 5 s: the test waits for the mail server's return, not for a long back-off
    OUTBOX_RETRY_BASE_MS: "1000",
    OUTBOX_RETRY_MAX_MS: "5000",
    // every request comes from 127.0.0.1: the per-IP limit would stop the test, not a bot
    RATE_LIMIT_REGISTRATION_IP: "100000",
  };
  apps = await Promise.all([startApp(env), startApp(env)]);
});

afterAll(async () => {
  await Promise.all(apps.map((a) => a.stop()));
  await smtp?.stop();
  await database?.drop();
});

/** Person i's form comes from one instance and is sent to the other. */
const pair = (i: number) => [apps[i % 2]!.url, apps[(i + 1) % 2]!.url] as const;

describe("two instances behind a load balancer, the mail server down during the burst", () => {
  it("sign-ups and confirmations through both keep exactly the capacity confirmed and the waiting list in order", async () => {
    const forms = await pool(emails, IN_FLIGHT, async (_, i) => {
      const page = await timed(`${pair(i)[0]}/pl/events/scale-out/register`);
      expect(page.status).toBe(200);
      return hiddenInputs(page.body);
    });
    await sleep(Math.max(0, Math.max(...forms.map(formTokenTime)) + MIN_FILL_MS + 200 - Date.now()));
    const posts = await pool(emails, IN_FLIGHT, (email, i) => postForm(`${pair(i)[1]}/pl/events/scale-out/register`, forms[i]!, signUpAnswers(email, i)));
    for (const post of posts) expect(post.location, post.body.slice(0, 300)).toBe("/pl/events/scale-out/register/sent");

    const mails = await sql<{ to: string; text: string }>(
      database.url,
      `SELECT m."toAddress" AS to, m.text FROM "OutboxMail" m WHERE m.kind = 'registration.confirmAddress'`,
    );
    expect(mails).toHaveLength(PEOPLE);
    tokens.push(...mails.map((m) => confirmToken(m.text)));

    const confirmForms = await pool(tokens, IN_FLIGHT, async (token, i) => hiddenInputs((await timed(`${pair(i)[0]}/pl/confirm/${token}`)).body));
    const confirms = await pool(tokens, IN_FLIGHT, (token, i) => postForm(`${pair(i)[1]}/pl/confirm/${token}`, confirmForms[i]!));
    confirms.forEach((c, i) => expect(c.location).toBe(`/pl/confirm/${tokens[i]}`));

    const byStatus = await sql<{ status: string; n: number }>(
      database.url,
      `SELECT r.status, count(*)::int AS n FROM "Registration" r JOIN "Event" e ON e.id = r."eventId" WHERE e.slug = 'scale-out' GROUP BY r.status`,
    );
    expect(Object.fromEntries(byStatus.map((r) => [r.status, r.n]))).toEqual({ CONFIRMED: CAPACITY, WAITLISTED: PEOPLE - CAPACITY });

    // Each waiting-list position was given exactly once, and in the order people joined the list.
    const waiting = await sql<{ position: number }>(
      database.url,
      `SELECT (a.details->>'position')::int AS position FROM "AuditLog" a JOIN "Registration" r ON r.id::text = a."entityId"
       WHERE a.action = 'registration.waitlist' ORDER BY r."waitlistedAt", r.id`,
    );
    expect(waiting.map((w) => w.position)).toEqual(Array.from({ length: PEOPLE - CAPACITY }, (_, i) => i + 1));
  });

  it("the rate limits are shared: the sixth try for one address is refused whichever instance gets it", async () => {
    const email = "uparty@scale.komm.test";
    const forms = await Promise.all(Array.from({ length: 7 }, async (_, i) => hiddenInputs((await timed(`${pair(i)[0]}/pl/events/rate-limit/register`)).body)));
    await sleep(Math.max(0, Math.max(...forms.map(formTokenTime)) + MIN_FILL_MS + 200 - Date.now()));
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await postForm(`${pair(i)[1]}/pl/events/rate-limit/register`, forms[i]!, signUpAnswers(email, i)));
    // five per hour per address and event (features/registrations/submit.ts): the first signs up, the next four are told
    // they are already signed up, the sixth and seventh are refused, on instance B and on instance A
    expect(answers.map((a) => a.status)).toEqual([303, 303, 303, 303, 303, 200, 200]);
    expect(answers[0]!.location).toBe("/pl/events/rate-limit/register/sent");
    expect(answers[1]!.location).toBe("/pl/events/rate-limit/register/sent?already=1");
    for (const refused of answers.slice(5)) expect(refused.body).toContain(pl.RegistrationForm.formErrors.rateLimited);
    const rows = await sql(database.url, `SELECT id FROM "Registration" WHERE email = $1`, [email]);
    expect(rows).toHaveLength(1);
  });

  it("with the mail server back, both workers deliver every queued mail exactly once", async () => {
    const tried = await sql<{ pending: number; sent: number; tried: number }>(
      database.url,
      `SELECT count(*) FILTER (WHERE status IN ('PENDING', 'SENDING'))::int AS pending, count(*) FILTER (WHERE status = 'SENT')::int AS sent,
              count(*) FILTER (WHERE attempts > 0)::int AS tried FROM "OutboxMail"`,
    );
    expect(tried[0]!.sent).toBe(0); // the mail server was down the whole time…
    expect(tried[0]!.tried).toBeGreaterThan(0); // …and the workers did try

    smtp = await startSmtpCapture({ port: smtpPort });
    const until = Date.now() + 60_000;
    let open = Infinity;
    while (open > 0 && Date.now() < until) {
      await sleep(1000);
      open = (await sql(database.url, `SELECT id FROM "OutboxMail" WHERE status <> 'SENT'`)).length;
    }
    expect(open).toBe(0);
    await sleep(3000); // a second delivery of anything would arrive by now

    const queued = await sql<{ to: string; subject: string }>(database.url, `SELECT "toAddress" AS to, subject FROM "OutboxMail"`);
    const key = (m: { to: string; subject: string }) => `${m.to.toLowerCase()} · ${m.subject}`;
    const received = smtp.messages.map((m: CapturedMail) => key({ to: m.to[0] ?? "", subject: m.subject })).sort();
    expect(received).toHaveLength(queued.length);
    expect(received).toEqual(queued.map(key).sort());
    // confirm-address (121), confirmed (20) and waitlisted (100) mails at least
    expect(queued.length).toBeGreaterThanOrEqual(PEOPLE * 2 + 1);
  });

  it("neither instance logged an address, a token or the online-meeting link", () => {
    for (const app of apps) {
      const output = app.output();
      expect(output).not.toMatch(/[a-z0-9.-]+@scale\.komm\.test/i);
      for (const token of tokens) expect(output).not.toContain(token);
      expect(output).not.toContain("meet.example.org");
    }
  });
});
