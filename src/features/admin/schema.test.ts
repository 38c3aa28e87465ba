import { describe, expect, it } from "vitest";
import { loginSchema, safeAdminNext } from "./schema";

describe("safeAdminNext", () => {
  it("keeps same-site paths under /<locale>/admin", () => {
    for (const next of ["/pl/admin", "/uk/admin/events/0190/registrations?status=CONFIRMED&page=2", "/en/admin/registrations/abc"]) {
      expect(safeAdminNext(next, "pl")).toBe(next);
    }
  });

  it("sends everything else to the dashboard of the page's language", () => {
    for (const next of [
      undefined,
      null,
      "",
      "https://evil.example/pl/admin",
      "//evil.example/pl/admin",
      "/\\evil.example",
      "/pl/administrator",
      "/pl/admin/../../events",
      "/pl/admin/./x",
      "/pl/admin//evil.example",
      "/de/admin",
      "/pl/admin/login",
      "/pl/admin/login?next=/pl/admin",
      "/pl/events",
      "javascript:alert(1)",
      "/pl/admin\n/x",
      `/pl/admin/${"x".repeat(600)}`,
    ]) {
      expect(safeAdminNext(next, "uk"), String(next)).toBe("/uk/admin");
    }
  });
});

describe("loginSchema", () => {
  it("normalises the e-mail and gives message keys", () => {
    expect(loginSchema.parse({ email: "  Anna@Example.ORG ", password: "x" })).toEqual({ email: "anna@example.org", password: "x" });
    const issues = loginSchema.safeParse({ email: "nope", password: "" }).error!.issues;
    expect(Object.fromEntries(issues.map((i) => [i.path[0], i.message]))).toEqual({ email: "email", password: "required" });
    expect(loginSchema.safeParse({ email: "", password: "x" }).error!.issues[0]!.message).toBe("required");
  });
});
