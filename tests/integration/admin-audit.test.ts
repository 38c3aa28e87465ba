// The admins' audit log search against a real database: filters, date range in Warsaw days, pagination, admins only.
// Other test files write audit entries at the same time: every entry here has an entity type unique to this run.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchAuditLog } from "@/features/admin-audit/data";
import { auditQuerySchema, auditQueryString, warsawDayEnd, warsawDayStart } from "@/features/admin-audit/schema";
import { ADMIN_PAGE_SIZE } from "@/features/admin-registrations/schema";
import { runAsUser } from "@/server/session";
import { disconnectTestDb, testDb } from "../support/test-db";

const db = testDb();
const run = randomBytes(4).toString("hex");
const TYPE = `audittest${run.replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)]!)}`;
const users = {} as Record<"admin" | "ma", string>;
const query = (q: Record<string, string> = {}) => auditQuerySchema.parse({ entityType: TYPE, ...q });

async function thrown(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (error) {
    return String((error as { digest?: string }).digest ?? (error as Error).message);
  }
  throw new Error("expected the call to throw");
}

beforeAll(async () => {
  for (const [key, role] of [
    ["admin", "ADMIN"],
    ["ma", "COORDINATOR"],
  ] as const) {
    users[key] = (await db.user.create({ data: { email: `${key}-${run}@audit.test`, name: key, role } })).id;
  }
  const entry = (action: string, at: string, extra = {}) => ({ actorLabel: "system", action, entityType: TYPE, at: new Date(at), ...extra });
  await db.auditLog.createMany({
    data: [
      // 00:30 in Warsaw on 1 March 2026 is still 28 February in UTC
      entry("registration.view", "2026-02-28T23:30:00Z", { actorLabel: `Admin-${run}@audit.test`, actorUserId: users.admin, entityId: "reg-1", voivodeshipCode: "PL-MA", details: { note: "zażółć", nested: { n: 1 } } }),
      entry("registration.status", "2026-03-01T12:00:00Z", { entityId: "reg-1", voivodeshipCode: "PL-PK" }),
      entry("application.anonymise", "2026-03-02T12:00:00Z"),
      ...Array.from({ length: ADMIN_PAGE_SIZE }, (_, i) => entry("organisation.view", `2025-01-01T00:00:${String(i % 60).padStart(2, "0")}Z`)),
    ],
  });
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { OR: [{ entityType: TYPE }, { actorUserId: { in: Object.values(users) } }] } });
  await db.user.deleteMany({ where: { id: { in: Object.values(users) } } });
  await disconnectTestDb();
});

const asAdmin = <T>(fn: () => Promise<T>) => runAsUser(users.admin, fn);
const actions = async (q: Record<string, string>) => {
  const result = await asAdmin(() => searchAuditLog(query(q)));
  if (!result.ok) throw new Error(result.error);
  return result.items.map((e) => e.action);
};

describe("audit log search", () => {
  it("filters by actor, action (or its noun), entity id and voivodeship, newest first", async () => {
    expect(await actions({ actor: `admin-${run}` })).toEqual(["registration.view"]);
    expect(await actions({ action: "registration" })).toEqual(["registration.status", "registration.view"]);
    expect(await actions({ action: "registration.view" })).toEqual(["registration.view"]);
    expect(await actions({ entityId: "reg-1", voivodeship: "PL-PK" })).toEqual(["registration.status"]);
    const result = await asAdmin(() => searchAuditLog(query({ actor: `admin-${run}` })));
    expect(result.ok && result.items[0]).toMatchObject({ details: { note: "zażółć", nested: { n: 1 } }, id: expect.stringMatching(/^\d+$/) });
  });

  it("takes the date range as whole days on Warsaw's clock, both included", async () => {
    expect(warsawDayStart("2026-03-01").toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(warsawDayStart("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(warsawDayEnd("2026-03-28").toISOString()).toBe("2026-03-28T23:00:00.000Z"); // DST starts on the 29th
    expect(warsawDayEnd("2026-03-29").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(await actions({ from: "2026-03-01", to: "2026-03-01" })).toEqual(["registration.status", "registration.view"]);
    expect(await actions({ from: "2026-03-02" })).toEqual(["application.anonymise"]);
    expect(await actions({ to: "2026-02-28", action: "registration" })).toEqual([]);
    expect(await asAdmin(() => searchAuditLog(query({ from: "2026-03-02", to: "2026-03-01" })))).toEqual({ ok: false, error: "dateRange" });
  });

  it("pages through the results", async () => {
    const first = await asAdmin(() => searchAuditLog(query()));
    const second = await asAdmin(() => searchAuditLog(query({ page: "2" })));
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.total).toBe(ADMIN_PAGE_SIZE + 3);
    expect(first.pages).toBe(2);
    expect(first.items).toHaveLength(ADMIN_PAGE_SIZE);
    expect(second.items).toHaveLength(3);
    expect(new Set([...first.items, ...second.items].map((e) => e.id)).size).toBe(ADMIN_PAGE_SIZE + 3);
  });

  it("ignores nonsense in the query string instead of failing", () => {
    expect(auditQuerySchema.parse({ action: "x'; DROP", entityType: "a b", voivodeship: "PL-XX", from: "yesterday", page: "0" })).toEqual({ page: 1 });
    expect(auditQueryString(auditQuerySchema.parse({ action: "registration.view", from: "2026-03-01", page: "2" }))).toBe("?action=registration.view&from=2026-03-01&page=2");
  });

  it("is for admins only", async () => {
    expect(await thrown(() => runAsUser(users.ma, () => searchAuditLog(query())))).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(await thrown(() => runAsUser(null, () => searchAuditLog(query())))).toContain("/pl/admin/login");
  });
});
