import { describe, expect, it } from "vitest";
import { startApp } from "./support/app";
import { baseUrl } from "../support/database";

// A bad deploy must stop at boot with one line naming the variable and a non-zero exit, not on a visitor's request.
async function boot(env: Record<string, string>) {
  const app = await startApp({ SMTP_URL: "", DATABASE_URL: baseUrl, BOOT_DATABASE_WAIT_MS: "1500", ...env }, { wait: false });
  const timeout = setTimeout(() => void app.stop(), 30_000);
  const code = await app.exited;
  clearTimeout(timeout);
  const lines = app.output().split("\n").filter((l) => l.startsWith("KOMM cannot start:"));
  return { code, lines, output: app.output() };
}

describe("booting with a bad environment", () => {
  it.each([
    ["DATABASE_URL", { DATABASE_URL: "mysql://root@127.0.0.1/komm" }, /DATABASE_URL must be a postgresql:\/\/ URL/],
    ["DATABASE_URL", { DATABASE_URL: "postgresql://postgres@127.0.0.1:1/komm" }, /DATABASE_URL: cannot connect to 127\.0\.0\.1:1\/komm \(.*ECONNREFUSED/],
    ["DATABASE_URL", { DATABASE_URL: `${baseUrl.replace(/\/[^/]*$/, "")}/komm_no_such_database` }, /DATABASE_URL: cannot connect to .*komm_no_such_database \(3D000/],
    ["SMTP_URL", { SMTP_URL: "mail.example.org:25" }, /SMTP_URL must be a nodemailer URL/],
    ["SMTP_URL", { SMTP_URL: "https://mail.example.org" }, /SMTP_URL must be a nodemailer URL/],
    ["AUTH_SECRET", { AUTH_SECRET: "" }, /AUTH_SECRET/],
  ])("a bad %s (%j) stops the server with one clear line and a non-zero exit", async (_, env, message) => {
    const { code, lines, output } = await boot(env);
    expect(code, output).not.toBe(0);
    expect(code, output).not.toBeNull();
    expect(lines, output).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it("a missing AUTH_SECRET is named as missing, and a password in DATABASE_URL is never printed", async () => {
    const { code, lines } = await boot({ AUTH_SECRET: undefined as unknown as string, DATABASE_URL: "postgresql://komm:s3cr3t-pass@127.0.0.1:1/komm" });
    expect(code).not.toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("AUTH_SECRET is missing");
    expect(lines[0]).not.toContain("s3cr3t-pass");
  });
});
