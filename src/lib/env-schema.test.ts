import { describe, expect, it } from "vitest";
import { parseEnv } from "./env-schema";

const valid = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/komm",
  AUTH_SECRET: "x".repeat(32),
  APP_URL: "https://komm.example.org/",
};

describe("parseEnv", () => {
  it("accepts a minimal valid environment and normalises it", () => {
    const env = parseEnv(valid);
    expect(env.APP_URL).toBe("https://komm.example.org");
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.MAIL_FROM).toContain("@");
  });

  it("treats empty optional variables as unset", () => {
    expect(parseEnv({ ...valid, SMTP_URL: "", ADMIN_EMAIL: "" }).SMTP_URL).toBeUndefined();
  });

  it("names every missing or bad variable in one error, on one line", () => {
    expect(() => parseEnv({ APP_URL: "not a url", ADMIN_EMAIL: "nope" })).toThrowError(
      /^invalid environment \(see \.env\.example\): DATABASE_URL is missing; AUTH_SECRET is missing; APP_URL must be an absolute URL[^\n]*; ADMIN_EMAIL [^\n]*$/,
    );
  });

  it("accepts only smtp:// and smtps:// mail server URLs", () => {
    expect(parseEnv({ ...valid, SMTP_URL: "smtps://user:pass@mail.example.org:465" }).SMTP_URL).toContain("smtps://");
    expect(() => parseEnv({ ...valid, SMTP_URL: "https://mail.example.org" })).toThrowError(/SMTP_URL must be a nodemailer URL/);
    expect(() => parseEnv({ ...valid, SMTP_URL: "mail.example.org:25" })).toThrowError(/SMTP_URL/);
  });
});
