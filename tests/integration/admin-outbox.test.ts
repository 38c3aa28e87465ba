// The admins' outbox view and retry against a real database (docs/decisions/012-outbox-audit-privacy.md): filters,
// search and pagination, a mail's text, retrying a failed mail, and that it is for admins only.
// Other test files share this database and its outbox: every mail here has a kind and addresses unique to this run,
// and mails due "now" are avoided where another file's outbox run could send them.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOutboxMail, listOutboxMails, retryOutboxMail } from "@/features/admin-outbox/data";
import { outboxListQuerySchema, outboxListQueryString } from "@/features/admin-outbox/schema";
import { anonymisedAddress } from "@/features/privacy/anonymise";
import { ADMIN_PAGE_SIZE } from "@/features/admin-registrations/schema";
import { runAsUser } from "@/server/session";
import { VOIVODESHIPS } from "../../prisma/seed/content";
import { disconnectTestDb, testDb } from "../support/test-db";

const db = testDb();
const run = randomBytes(4).toString("hex");
const letters = run.replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)]!);
const KIND = `outboxtest.${letters}`;
const OTHER_KIND = `outboxtest.${letters}Other`;
const users = {} as Record<"admin" | "ma", string>;
const mails: string[] = [];
const later = () => new Date(Date.now() + 365 * 24 * 3600_000);
const query = (q: Record<string, string> = {}) => outboxListQuerySchema.parse(q);

async function thrown(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (error) {
    return String((error as { digest?: string }).digest ?? (error as Error).message);
  }
  throw new Error("expected the call to throw");
}

async function createMail(data: { to: string; kind?: string; status?: "PENDING" | "SENT" | "FAILED"; lastError?: string }) {
  const status = data.status ?? "SENT";
  const mail = await db.outboxMail.create({
    data: {
      kind: data.kind ?? KIND,
      toAddress: data.to,
      locale: "uk",
      subject: `Тема ${run}`,
      html: "<p>Привіт</p>",
      text: `Привіт, ${data.to}\nhttps://komm.example.org/uk/manage/secret`,
      status,
      attempts: status === "FAILED" ? 20 : 1,
      lastError: data.lastError ?? null,
      sentAt: status === "SENT" ? new Date() : null,
      nextAttemptAt: later(),
    },
  });
  mails.push(mail.id);
  return mail.id;
}

beforeAll(async () => {
  await db.voivodeship.createMany({ data: [...VOIVODESHIPS], skipDuplicates: true });
  for (const [key, role, codes] of [
    ["admin", "ADMIN", []],
    ["ma", "COORDINATOR", ["PL-MA"]],
  ] as const) {
    const user = await db.user.create({ data: { email: `${key}-${run}@outbox.test`, name: key, role, voivodeships: { create: codes.map((voivodeshipCode) => ({ voivodeshipCode })) } } });
    users[key] = user.id;
  }
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { OR: [{ entityId: { in: mails } }, { actorUserId: { in: Object.values(users) } }] } });
  await db.outboxMail.deleteMany({ where: { id: { in: mails } } });
  await db.user.deleteMany({ where: { id: { in: Object.values(users) } } });
  await disconnectTestDb();
});

const asAdmin = <T>(fn: () => Promise<T>) => runAsUser(users.admin, fn);

describe("outbox list", () => {
  it("filters by status and kind, searches the address, and pages through newest first", async () => {
    const failed = await createMail({ to: `Failed-${run}@outbox.test`, status: "FAILED", lastError: "550 mailbox unavailable" });
    const pending = await createMail({ to: `pending-${run}@outbox.test`, status: "PENDING" });
    const other = await createMail({ to: `other-${run}@outbox.test`, kind: OTHER_KIND });
    for (let i = 0; i < ADMIN_PAGE_SIZE; i++) await createMail({ to: `bulk-${i}-${run}@outbox.test` });

    const all = await asAdmin(() => listOutboxMails(query({ kind: KIND })));
    expect(all.total).toBe(ADMIN_PAGE_SIZE + 2);
    expect(all.pages).toBe(2);
    expect(all.items).toHaveLength(ADMIN_PAGE_SIZE);
    expect(all.kinds).toEqual(expect.arrayContaining([KIND, OTHER_KIND]));
    expect(all.counts.FAILED).toBeGreaterThanOrEqual(1);
    const second = await asAdmin(() => listOutboxMails(query({ kind: KIND, page: "2" })));
    expect(second.page).toBe(2);
    expect(second.items.map((m) => m.id)).toEqual([pending, failed]); // the oldest, last
    expect((await asAdmin(() => listOutboxMails(query({ kind: KIND, page: "99" })))).page).toBe(2);

    const byStatus = await asAdmin(() => listOutboxMails(query({ kind: KIND, status: "FAILED" })));
    expect(byStatus.items.map((m) => m.id)).toEqual([failed]);
    expect(byStatus.items[0]).toMatchObject({ toAddress: `Failed-${run}@outbox.test`, attempts: 20, lastError: "550 mailbox unavailable", locale: "uk", subject: `Тема ${run}`, anonymised: false });
    expect(byStatus.items[0]).not.toHaveProperty("text");
    expect((await asAdmin(() => listOutboxMails(query({ q: `FAILED-${run}` })))).items.map((m) => m.id)).toEqual([failed]);
    expect((await asAdmin(() => listOutboxMails(query({ kind: OTHER_KIND })))).items.map((m) => m.id)).toEqual([other]);
  });

  it("ignores nonsense in the query string instead of failing", () => {
    const q = query({ status: "DROP", kind: "x'; --", page: "-1", q: "" });
    expect(q).toEqual({ page: 1 });
    expect(outboxListQueryString({ ...query({ status: "SENT", kind: KIND, q: "a@b" }), page: 3 })).toBe(`?q=a%40b&status=SENT&kind=${encodeURIComponent(KIND)}&page=3`);
  });
});

describe("one mail and retry", () => {
  it("shows a mail's text and audits the view", async () => {
    const id = await createMail({ to: `view-${run}@outbox.test` });
    const mail = await asAdmin(() => getOutboxMail(id));
    expect(mail).toMatchObject({ id, text: expect.stringContaining(`view-${run}@outbox.test`), canRetry: false });
    expect(await db.auditLog.count({ where: { action: "outbox.view", entityId: id, actorUserId: users.admin } })).toBe(1);
    for (const bad of ["nope", "00000000-0000-4000-8000-000000000000"]) expect(await asAdmin(() => getOutboxMail(bad))).toBeNull();
  });

  it("puts a failed mail back in the queue with fresh attempts, once, and audits it", async () => {
    const id = await createMail({ to: `retry-${run}@outbox.test`, status: "FAILED", lastError: "timeout" });
    expect((await asAdmin(() => getOutboxMail(id)))?.canRetry).toBe(true);
    expect(await asAdmin(() => retryOutboxMail(id))).toEqual({ ok: true });
    const row = await db.outboxMail.findUniqueOrThrow({ where: { id } });
    // another test file's outbox run may already have picked it up: it is no longer a failed mail with 20 attempts
    expect(row.status === "FAILED" && row.attempts === 20).toBe(false);
    expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 10 * 60_000 + 1000);
    expect(await db.auditLog.findFirst({ where: { action: "outbox.retry", entityId: id } })).toMatchObject({ actorUserId: users.admin, details: { kind: KIND } });

    const sent = await createMail({ to: `sent-${run}@outbox.test` });
    expect(await asAdmin(() => retryOutboxMail(sent))).toEqual({ ok: false, error: "notFailed" });
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: sent } })).toMatchObject({ status: "SENT" });
    expect(await asAdmin(() => retryOutboxMail("00000000-0000-4000-8000-000000000000"))).toBeNull();
    expect(await asAdmin(() => retryOutboxMail("1 OR 1=1"))).toBeNull();
  });

  it("never sends a mail whose personal data was erased", async () => {
    const id = await createMail({ to: "placeholder", status: "FAILED" });
    await db.outboxMail.update({ where: { id }, data: { toAddress: anonymisedAddress(id), text: "", html: "" } });
    expect((await asAdmin(() => getOutboxMail(id)))?.canRetry).toBe(false);
    expect(await asAdmin(() => retryOutboxMail(id))).toEqual({ ok: false, error: "anonymised" });
    expect((await db.outboxMail.findUniqueOrThrow({ where: { id } })).status).toBe("FAILED");
  });
});

describe("access", () => {
  it("is for admins only: a coordinator gets a 404 and changes nothing, nobody logged in goes to the login page", async () => {
    const id = await createMail({ to: `scope-${run}@outbox.test`, status: "FAILED" });
    const calls: Array<() => Promise<unknown>> = [() => listOutboxMails(query()), () => getOutboxMail(id), () => retryOutboxMail(id)];
    for (const call of calls) {
      expect(await thrown(() => runAsUser(users.ma, call))).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
      expect(await thrown(() => runAsUser(null, call))).toMatch(/^NEXT_REDIRECT;\w+;\/pl\/admin\/login;/);
    }
    expect((await db.outboxMail.findUniqueOrThrow({ where: { id } })).status).toBe("FAILED");
    expect(await db.auditLog.count({ where: { entityId: id } })).toBe(0);
  });
});
