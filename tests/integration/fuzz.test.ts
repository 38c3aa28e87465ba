// 10 000 generated hostile submissions to every public form's server-side function — the same functions the forms'
// server actions call (sign-up, sign-up edit through the personal link, offer application, join request, login,
// forgot password, confirmation, cancellation, withdrawal, follow-up, organisation resubmission, password links) —
// against a database of this file's own, so that every table's row count before and after can be compared exactly.
// Every submission is invalid by construction (a required answer replaced by something no answer may be, or a
// token that matches nothing), dressed up with scripts, unicode tricks, 1 MB strings, wrong types, arrays and
// prototype-pollution keys: none may throw, none may be accepted, and no row may appear anywhere.
// A failing run names its seed: FUZZ_SEED=<seed> npx vitest run tests/integration/fuzz.test.ts repeats it.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMigratedDatabase, dropDatabase } from "../support/database";
import { prng } from "../support/prng";

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const TOTAL = 10_000;

const random = prng(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const MEGABYTE = "x".repeat(1_000_000);
/** No answer may be any of these: wrong types, far too long, blank, control characters. */
const POISON: unknown[] = [
  MEGABYTE,
  `${MEGABYTE}@example.com`,
  ["a@example.com", "b@example.com"],
  { toString: "a@example.com" },
  42,
  true,
  "",
  "   ",
  "ab\u0000cd@example.com",
  "\u0007bell@example.com",
  "\u009b31m@example.com",
  JSON.parse('{"__proto__":{"polluted":true}}'),
  [],
  null,
];
/** …nor, in an e-mail field, any of these. */
const EMAIL_POISON: unknown[] = ["<script>alert(1)</script>", "not-an-email", "a@", "@example.com", "a b@example.com", `${"x".repeat(250)}@example.com`];
/** Dressing for the other answers: valid in some fields, hostile in all. */
const TRICKS: unknown[] = [
  "<img src=x onerror=alert(1)>",
  "'; DROP TABLE \"Registration\"; --",
  "\u202Egnp.exe",
  "zero\u200Bwidth\u200Djoiner\uFEFF",
  "Ꭺdmin аdmin ａdmin", // Cherokee, Cyrillic, full-width homoglyphs
  "\uDC00lone",
  "e\u0301\u0301\u0301\u0301",
  "𝕳𝖊𝖑𝖑𝖔 👩‍👩‍👧‍👦",
  "x".repeat(5000),
  "y".repeat(100_000),
  "{{constructor.constructor('return process')()}}",
  "${process.env.AUTH_SECRET}",
  "../../etc/passwd",
  ["PL-PK", "PL-MA"],
  { $gt: "" },
  -1,
  1e309,
  NaN,
  "on",
  undefined,
];
const CHECKBOXES = new Set(["consentProcessing"]);
const PROTO_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "$ACTION_ID_x", "0"];

let lastPoison = "";
function dress(base: Record<string, unknown>, poisoned: string[]): Record<string, unknown> {
  const raw: Record<string, unknown> = { ...base };
  for (const key of Object.keys(raw)) if (random() < 0.25) raw[key] = pick(TRICKS);
  for (let i = 0, n = Math.floor(random() * 3); i < n; i++) Object.defineProperty(raw, pick(PROTO_KEYS), { value: pick(TRICKS), enumerable: true, configurable: true, writable: true });
  for (const key of poisoned) {
    // a checkbox is ticked by any value, so it is poisoned by leaving it out (or empty, as an unticked box posts nothing)
    if (random() < 0.15 || CHECKBOXES.has(key)) {
      if (random() < 0.5) delete raw[key];
      else raw[key] = "";
    } else raw[key] = /email/i.test(key) && random() < 0.4 ? pick(EMAIL_POISON) : pick(POISON);
    lastPoison = `${key}=${JSON.stringify(raw[key])?.slice(0, 60)}`;
  }
  return raw;
}

// Tokens are strings here: the actions refuse any other type before calling these functions (src/features/site/
// action-input.ts; tests/e2e/security.spec.ts posts them over HTTP).
const token = () => pick([randomBytes(32).toString("base64url"), "", "x", MEGABYTE, "\u0000", "%00", "../x", randomBytes(32).toString("hex"), "\uD800", "a".repeat(43)]);

/** A sent form: "done", except a discarded bot (honeypot, too fast, forged form token), which stores nothing. */
const accepted = (result: unknown) => (result as { status: string }).status === "done" && (result as { outcome?: string }).outcome !== "discarded";

let database: { name: string; url: string };
let client: pg.Client;
let m: {
  submitRegistration: typeof import("@/features/registrations/submit").submitRegistration;
  registrations: typeof import("@/features/registrations/data");
  submitApplication: typeof import("@/features/applications/submit").submitApplication;
  applications: typeof import("@/features/applications/data");
  join: typeof import("@/features/organisations/join");
  verifyLogin: typeof import("@/features/admin/login").verifyLogin;
  accounts: typeof import("@/features/admin-accounts/data");
  issueFormToken: typeof import("@/features/registrations/tokens").issueFormToken;
  manageTokenFor: typeof import("@/features/registrations/tokens").manageTokenFor;
};

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await client.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'",
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables.rows) counts[table_name] = Number((await client.query(`SELECT count(*) FROM "${table_name}"`)).rows[0].count);
  return counts;
}

let eventSlug: string;
let manageToken: string;
const OFFER_SLUGS: string[] = [];

beforeAll(async () => {
  // this file's own database: the shared one changes under the other test files running alongside
  database = await createMigratedDatabase("komm_fuzz");
  process.env.DATABASE_URL = database.url;
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  m = {
    submitRegistration: (await import("@/features/registrations/submit")).submitRegistration,
    registrations: await import("@/features/registrations/data"),
    submitApplication: (await import("@/features/applications/submit")).submitApplication,
    applications: await import("@/features/applications/data"),
    join: await import("@/features/organisations/join"),
    verifyLogin: (await import("@/features/admin/login")).verifyLogin,
    accounts: await import("@/features/admin-accounts/data"),
    issueFormToken: (await import("@/features/registrations/tokens")).issueFormToken,
    manageTokenFor: (await import("@/features/registrations/tokens")).manageTokenFor,
  };
  const { createEvent, validAnswers } = await import("../support/fixtures");
  const { testDb } = await import("../support/test-db");
  const { OFFERS } = await import("../../prisma/seed/content");
  await testDb().programmeOffer.createMany({ data: [...OFFERS], skipDuplicates: true });
  OFFER_SLUGS.push(...OFFERS.map((o) => o.slug));
  const event = await createEvent();
  eventSlug = event.slug;
  // one real sign-up, whose personal link the edits below go through
  const result = await m.submitRegistration(eventSlug, { ...validAnswers(), formToken: m.issueFormToken(Date.now() - 5000) }, { ip: "198.51.100.1", locale: "pl" });
  expect(result).toMatchObject({ status: "done" });
  const row = await testDb().registration.findFirstOrThrow({ where: { eventId: event.id } });
  manageToken = m.manageTokenFor(row.id);
  expect(await m.registrations.getManagedRegistration(manageToken)).not.toBeNull();
  await testDb().user.create({ data: { email: "fuzz-admin@komm.test", name: "Fuzz", role: "ADMIN" } });
});

afterAll(async () => {
  await client?.end();
  const { disconnectTestDb } = await import("../support/test-db");
  await disconnectTestDb();
  if (database) await dropDatabase(database.name);
});

describe(`fuzz (seed ${SEED})`, () => {
  it(`${TOTAL} invalid submissions over every public form: no exception, nothing accepted, no row written`, { timeout: 240_000 }, async () => {
    const { validAnswers } = await import("../support/fixtures");
    const before = await rowCounts();
    const formToken = () => pick<unknown>([m.issueFormToken(Date.now() - 5000), m.issueFormToken(Date.now() - 5000), token(), ['x'], 42]);
    const ip = () => pick(["198.51.100.7", `203.0.113.${Math.floor(random() * 255)}`, "", "::1", MEGABYTE.slice(0, 300)]);
    const locale = () => pick(["pl", "uk", "en"] as const);
    const signUp = () => validAnswers({ email: `fuzz-${Math.floor(random() * 1e9)}@example.com` });
    const join = () => ({
      name: "Stowarzyszenie Fuzz",
      type: "NGO",
      voivodeshipCode: "PL-PK",
      city: "Przemyśl",
      descriptionPl: "Opis organizacji do testu.",
      contactPersonName: "Jan Fuzz",
      contactPersonEmail: `fuzz-${Math.floor(random() * 1e9)}@example.com`,
      consentProcessing: "on",
    });

    const forms: Array<{ name: string; weight: number; run: () => Promise<unknown>; accepted: (result: unknown) => boolean }> = [
      {
        name: "sign-up",
        weight: 25,
        run: () => m.submitRegistration(pick([eventSlug, eventSlug, "no-such-event"]), { ...dress(signUp(), [pick(["email", "fullName", "consentProcessing", "voivodeshipCode"])]), formToken: formToken() }, { ip: ip(), locale: locale() }),
        accepted: accepted,
      },
      {
        name: "sign-up edit (personal link)",
        weight: 10,
        run: () => m.registrations.updateRegistration(pick([manageToken, manageToken, manageToken, token()]), dress(signUp(), [pick(["fullName", "consentProcessing", "voivodeshipCode", "contactLanguage"])])),
        accepted: (r) => (r as { ok: boolean }).ok,
      },
      {
        name: "offer application",
        weight: 15,
        run: () => m.submitApplication(pick(OFFER_SLUGS), { ...dress(signUp(), [pick(["email", "fullName", "consentProcessing"])]), formToken: formToken() }, { ip: ip(), locale: locale() }),
        accepted: accepted,
      },
      {
        name: "join request",
        weight: 15,
        run: () => m.join.submitOrganisation({ ...dress(join(), [pick(["contactPersonEmail", "name", "consentProcessing", "type"])]), formToken: formToken() }, { ip: ip(), locale: locale() }),
        accepted: accepted,
      },
      {
        name: "admin login",
        weight: 8,
        run: () => m.verifyLogin(dress({ email: "fuzz-admin@komm.test", password: "whatever-password" }, ["email"]), ip()),
        accepted: (r) => (r as { ok: boolean }).ok,
      },
      {
        name: "forgot password",
        weight: 7,
        run: () => m.accounts.requestPasswordReset(dress({ email: "fuzz-admin@komm.test" }, ["email"]), ip(), locale()),
        accepted: (r) => (r as { ok: boolean }).ok,
      },
      {
        name: "password link",
        weight: 4,
        run: () => m.accounts.setPasswordWithLink(pick(["PASSWORD_RESET", "INVITATION"] as const), token(), dress({ password: "a-new-long-password", passwordConfirm: "a-new-long-password" }, [])),
        accepted: (r) => (r as { ok: boolean }).ok,
      },
      { name: "confirm", weight: 4, run: () => m.registrations.confirmRegistration(token()), accepted: (r) => "eventSlug" in (r as object) },
      { name: "cancel", weight: 3, run: () => m.registrations.cancelRegistration(token()), accepted: (r) => (r as { ok: boolean }).ok },
      { name: "withdraw", weight: 3, run: () => m.applications.withdrawApplication(token()), accepted: (r) => (r as { ok: boolean }).ok },
      { name: "follow-up", weight: 3, run: () => m.applications.submitFollowUp(token(), dress({ goals: "x" }, [])), accepted: (r) => (r as { ok: boolean }).ok },
      { name: "organisation resubmission", weight: 3, run: () => m.join.resubmitOrganisation(token(), dress(join(), [])), accepted: (r) => (r as { ok: boolean }).ok },
    ];
    const weighted = forms.flatMap((f) => Array.from({ length: f.weight }, () => f));

    const tally = new Map<string, number>();
    const problems: string[] = [];
    const consoleError = console.error;
    const logged: unknown[][] = [];
    console.error = (...args: unknown[]) => void logged.push(args); // a caught failure is logged: count it as a problem
    try {
      for (let i = 0; i < TOTAL; i++) {
        const form = pick(weighted);
        tally.set(form.name, (tally.get(form.name) ?? 0) + 1);
        try {
          const result = await form.run();
          if (form.accepted(result)) problems.push(`#${i} ${form.name}: accepted ${JSON.stringify(result).slice(0, 200)} (poison ${lastPoison})`);
          if ((result as { formError?: string })?.formError === "unavailable") problems.push(`#${i} ${form.name}: the database failed`);
        } catch (error) {
          problems.push(`#${i} ${form.name}: threw ${String(error).slice(0, 300)}`);
        }
        if (problems.length > 20) break;
      }
    } finally {
      console.error = consoleError;
    }
    expect(problems, `seed ${SEED}`).toEqual([]);
    expect(logged.map((args) => String(args[0]).slice(0, 200)), `seed ${SEED}: errors logged`).toEqual([]);
    expect([...tally.values()].reduce((a, b) => a + b, 0)).toBe(TOTAL);
    expect(tally.size).toBe(forms.length);
    expect(await rowCounts(), `seed ${SEED}: rows written`).toEqual(before);
  });

  it("the generator's base answers are valid: the same sign-up without its poison is accepted (the fuzz could fail)", async () => {
    const { validAnswers } = await import("../support/fixtures");
    const before = await rowCounts();
    const result = await m.submitRegistration(eventSlug, { ...validAnswers(), formToken: m.issueFormToken(Date.now() - 5000) }, { ip: "198.51.100.2", locale: "uk" });
    expect(result).toMatchObject({ status: "done", outcome: "pendingConfirmation" });
    expect((await rowCounts()).Registration).toBe(before.Registration! + 1);
  });
});
