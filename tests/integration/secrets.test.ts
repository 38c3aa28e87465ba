// What the portal keeps secret, against a real database: the links in mails carry long random (or keyed-HMAC)
// base64url tokens and the database holds only their SHA-256 hashes; and running sign-ups, logins, a password reset
// and a join request writes nothing personal — no e-mail address, phone, password or token — to the server's output.
import { createHash } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyLogin } from "@/features/admin/login";
import { requestPasswordReset, setPasswordWithLink } from "@/features/admin-accounts/data";
import { submitOrganisation } from "@/features/organisations/join";
import { confirmRegistration, updateRegistration } from "@/features/registrations/data";
import { submitRegistration } from "@/features/registrations/submit";
import { issueFormToken, manageTokenFor, randomToken } from "@/features/registrations/tokens";
import { applicationTokenFor, followUpTokenFor } from "@/features/applications/tokens";
import { organisationTokenFor } from "@/features/organisations/join";
import { createEvent, unique, validAnswers } from "../support/fixtures";
import { disconnectTestDb, testDb } from "../support/test-db";

const db = testDb();
const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");
const BASE64URL_256_BITS = /^[A-Za-z0-9_-]{43}$/;
const formToken = () => issueFormToken(Date.now() - 5000);

/** Bits of entropy per character, estimated from a sample of tokens (base64url can give at most 6). */
function entropyPerCharacter(tokens: string[]) {
  const counts = new Map<string, number>();
  let total = 0;
  for (const t of tokens) for (const c of t) counts.set(c, (counts.get(c) ?? 0) + 1), total++;
  return -[...counts.values()].reduce((sum, n) => sum + (n / total) * Math.log2(n / total), 0);
}

afterAll(() => disconnectTestDb());

describe("tokens in links", () => {
  it("are 256-bit base64url strings, all different, with the spread of random bytes", () => {
    const ids = Array.from({ length: 200 }, () => crypto.randomUUID());
    const samples = {
      random: Array.from({ length: 200 }, () => randomToken()),
      manage: ids.map(manageTokenFor),
      application: ids.map(applicationTokenFor),
      followUp: ids.map(followUpTokenFor),
      organisation: ids.map(organisationTokenFor),
    };
    for (const [kind, tokens] of Object.entries(samples)) {
      for (const t of tokens) expect(t, kind).toMatch(BASE64URL_256_BITS); // 43 characters × 6 bits ≥ 256 bits
      expect(new Set(tokens).size, kind).toBe(tokens.length);
      expect(entropyPerCharacter(tokens), kind).toBeGreaterThan(5.8);
    }
    // one link never opens another's page: the purposes give different tokens for the same id
    const id = ids[0]!;
    expect(new Set([manageTokenFor(id), applicationTokenFor(id), followUpTokenFor(id), organisationTokenFor(id)]).size).toBe(4);
  });

  it("the database holds only SHA-256 hashes of the sign-up's links, and a link is found by its hash", async () => {
    const event = await createEvent();
    const answers = validAnswers();
    expect(await submitRegistration(event.slug, { ...answers, formToken: formToken() }, { ip: unique("ip"), locale: "pl" })).toMatchObject({ status: "done" });
    const row = await db.registration.findFirstOrThrow({ where: { eventId: event.id } });
    const mail = await db.outboxMail.findFirstOrThrow({ where: { registrationId: row.id } });
    const confirm = /\/confirm\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
    const manage = manageTokenFor(row.id);
    expect(confirm).toMatch(BASE64URL_256_BITS);
    expect(row.confirmTokenHash).toBe(sha256(confirm));
    expect(row.manageTokenHash).toBe(sha256(manage));
    // no column anywhere in the row holds a token itself
    expect(JSON.stringify(row)).not.toContain(confirm);
    expect(JSON.stringify(row)).not.toContain(manage);
    // the stored hash is no key: only the token opens the page
    expect(await updateRegistration(row.manageTokenHash, answers)).toMatchObject({ ok: false });
    expect(await confirmRegistration(row.confirmTokenHash!)).not.toHaveProperty("eventSlug");
    expect(await confirmRegistration(confirm)).toHaveProperty("eventSlug", event.slug);
  });

  it("a password-reset link is random, stored as a hash, and works once", async () => {
    const email = `${unique("reset")}@secrets.test`;
    const user = await db.user.create({ data: { email, name: "Reset", passwordHash: await hash("old-password-123") } });
    expect(await requestPasswordReset({ email }, unique("ip"), "pl")).toEqual({ ok: true });
    const mail = await db.outboxMail.findFirstOrThrow({ where: { toAddress: email } });
    const token = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
    expect(token).toMatch(BASE64URL_256_BITS);
    const stored = await db.authToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(sha256(token));
    expect(await setPasswordWithLink("PASSWORD_RESET", stored.tokenHash, { password: "a-new-password-456", passwordConfirm: "a-new-password-456" })).toMatchObject({ ok: false });
    expect(await setPasswordWithLink("PASSWORD_RESET", token, { password: "a-new-password-456", passwordConfirm: "a-new-password-456" })).toMatchObject({ ok: true });
    expect(await setPasswordWithLink("PASSWORD_RESET", token, { password: "another-password-789", passwordConfirm: "another-password-789" })).toMatchObject({ ok: false });
  });
});

describe("the server's output", () => {
  const written: string[] = [];
  const originals = { stdout: process.stdout.write, stderr: process.stderr.write, console: { ...console } };

  beforeAll(() => {
    const capture = (chunk: unknown) => void written.push(String(chunk));
    process.stdout.write = ((chunk: unknown) => (capture(chunk), true)) as typeof process.stdout.write;
    process.stderr.write = ((chunk: unknown) => (capture(chunk), true)) as typeof process.stderr.write;
    for (const level of ["log", "info", "warn", "error", "debug", "trace"] as const) {
      console[level] = (...args: unknown[]) => capture(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === "string" ? a : JSON.stringify(a))).join(" "));
    }
  });
  afterAll(() => {
    process.stdout.write = originals.stdout;
    process.stderr.write = originals.stderr;
    Object.assign(console, originals.console);
  });

  it("sign-ups, a confirmation, logins, a password reset and a join request log no e-mail, phone, password or token", async () => {
    const event = await createEvent();
    const secrets: string[] = [];
    // sign-ups, one with a phone and accessibility needs, and one the database refuses (duplicate)
    const answers = validAnswers({ phone: "+48 601 234 567", accessibilityNeeds: "pętla indukcyjna", consentSensitive: "on" });
    secrets.push(answers.email, "601 234 567", "601234567");
    await submitRegistration(event.slug, { ...answers, formToken: formToken() }, { ip: unique("ip"), locale: "uk" });
    await submitRegistration(event.slug, { ...answers, formToken: formToken() }, { ip: unique("ip"), locale: "uk" });
    await submitRegistration(event.slug, { ...answers, email: "broken@", formToken: formToken() }, { ip: unique("ip"), locale: "uk" });
    const row = await db.registration.findFirstOrThrow({ where: { emailNormalized: answers.email.toLowerCase() } });
    const mail = await db.outboxMail.findFirstOrThrow({ where: { registrationId: row.id } });
    const confirm = /\/confirm\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
    secrets.push(confirm, manageTokenFor(row.id));
    await confirmRegistration(confirm);

    // logins: right, wrong, unknown, throttled
    const email = `${unique("login")}@secrets.test`;
    const password = "correct-horse-battery-staple";
    secrets.push(email, password, "wrong-password-guess");
    await db.user.create({ data: { email, name: "Login", passwordHash: await hash(password) } });
    await verifyLogin({ email, password }, unique("ip"));
    for (let i = 0; i < 6; i++) await verifyLogin({ email, password: "wrong-password-guess" }, unique("ip"));
    await verifyLogin({ email: `nobody-${email}`, password }, unique("ip"));

    // a password reset, start to end
    await requestPasswordReset({ email }, unique("ip"), "en");
    const resetMail = await db.outboxMail.findFirstOrThrow({ where: { toAddress: email }, orderBy: { createdAt: "desc" } });
    const reset = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(resetMail.text)![1]!;
    secrets.push(reset, "brand-new-password-42");
    await setPasswordWithLink("PASSWORD_RESET", reset, { password: "brand-new-password-42", passwordConfirm: "brand-new-password-42" });

    // a join request with a contact phone
    const contactEmail = `${unique("contact")}@secrets.test`;
    secrets.push(contactEmail, "+48 602 765 432");
    await submitOrganisation(
      { name: `Stowarzyszenie ${unique("s")}`, type: "NGO", voivodeshipCode: "PL-PK", city: "Przemyśl", descriptionPl: "Opis organizacji.", contactPersonName: "Jan Kowalski", contactPersonEmail: contactEmail, contactPersonPhone: "+48 602 765 432", consentProcessing: "on", website: "", formToken: formToken() },
      { ip: unique("ip"), locale: "pl" },
    );

    const output = written.join("\n").toLowerCase();
    expect(secrets.filter((s) => output.includes(s.toLowerCase()))).toEqual([]);
  });

  it("the capture works (so the test above could fail)", () => {
    console.error("capture-probe a@b.example");
    expect(written.join("\n")).toContain("capture-probe a@b.example");
  });
});
