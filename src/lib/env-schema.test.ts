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

  it("names every missing or bad variable in one error", () => {
    expect(() => parseEnv({ APP_URL: "not a url", ADMIN_EMAIL: "nope" })).toThrowError(
      /DATABASE_URL[\s\S]*AUTH_SECRET[\s\S]*APP_URL: must be an absolute URL[\s\S]*ADMIN_EMAIL/,
    );
  });
});
