import { describe, expect, it } from "vitest";

// Nothing listens on this port: every query fails as when PostgreSQL is briefly down.
process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/komm_unreachable";

describe("when the database is down", () => {
  it("a sign-up gets a translated 'try again' error with every answer given back, and nothing is half-saved", async () => {
    const { submitRegistration } = await import("@/features/registrations/submit");
    const { issueFormToken } = await import("@/features/registrations/tokens");
    const { validAnswers } = await import("../support/fixtures");
    const answers = validAnswers({ fullName: "Олена Коваленко", expectations: "Poznać inne organizacje" });
    const result = await submitRegistration("any-event", { ...answers, formToken: issueFormToken(Date.now() - 5000) }, { ip: "192.0.2.1", locale: "uk" });
    expect(result).toMatchObject({ status: "error", formError: "unavailable" });
    if (result.status !== "error") throw new Error("unreachable");
    expect(result.values.fullName).toBe("Олена Коваленко");
    expect(result.values.email).toBe(answers.email);
    expect(result.values.expectations).toBe("Poznać inne organizacje");
    expect(result.values.consentProcessing).toBe("on");
  });
});
