import { describe, expect, it } from "vitest";
import { fieldErrorsOf, registrationSchema } from "./schema";

const valid = {
  fullName: "Олена Коваленко",
  email: "olena@example.com",
  organisationMode: "none",
  voivodeshipCode: "PL-PK",
  contactLanguage: "uk",
  consentProcessing: "on",
};

const errorsOf = (input: Record<string, unknown>) => {
  const result = registrationSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe("registrationSchema", () => {
  it("accepts a minimal sign-up from a plain form post and normalises it", () => {
    const data = registrationSchema.parse({ ...valid, fullName: "  Olena  ", interpretationNeeded: undefined });
    expect(data.fullName).toBe("Olena");
    expect(data.interpretationNeeded).toBe(false);
    expect(data.consentProcessing).toBe(true);
    expect(data.phone).toBe("");
  });

  it("accepts the same sign-up from react-hook-form (booleans)", () => {
    expect(registrationSchema.safeParse({ ...valid, consentProcessing: true, interpretationNeeded: false }).success).toBe(true);
  });

  it("requires the processing consent, never pre-assumed", () => {
    expect(errorsOf({ ...valid, consentProcessing: undefined })).toEqual({ consentProcessing: "consentRequired" });
  });

  it("asks for the details each choice needs", () => {
    expect(errorsOf({ ...valid, organisationMode: "directory" })).toEqual({ organisationId: "chooseOrganisation" });
    expect(errorsOf({ ...valid, organisationMode: "other" })).toEqual({ organisationName: "required" });
    expect(errorsOf({ ...valid, contactLanguage: "other" })).toEqual({ contactLanguageOther: "required" });
    expect(errorsOf({ ...valid, interpretationNeeded: "on" })).toEqual({ interpretationLanguage: "chooseLanguage" });
    expect(errorsOf({ ...valid, interpretationNeeded: "on", interpretationLanguage: "pjm" })).toEqual({});
  });

  it("needs the separate art. 9 consent for sensitive answers", () => {
    expect(errorsOf({ ...valid, accessibilityNeeds: "PJM interpreter" })).toEqual({ consentSensitive: "sensitiveConsentRequired" });
    expect(errorsOf({ ...valid, community: "romska" })).toEqual({ consentSensitive: "sensitiveConsentRequired" });
    expect(errorsOf({ ...valid, community: "romska", consentSensitive: "on" })).toEqual({});
  });

  it("rejects markup, disguising characters and oversized answers with message keys", () => {
    expect(errorsOf({ ...valid, fullName: "<script>alert(1)</script>" })).toEqual({ fullName: "noMarkup" });
    expect(errorsOf({ ...valid, fullName: "Ol\u202Eena" })).toEqual({ fullName: "invalidCharacters" });
    expect(errorsOf({ ...valid, fullName: "Ol\nena" })).toEqual({ fullName: "invalidCharacters" });
    expect(errorsOf({ ...valid, expectations: "x".repeat(2001) })).toEqual({ expectations: "tooLong" });
    expect(errorsOf({ ...valid, email: "not-an-address" })).toEqual({ email: "email" });
    expect(errorsOf({ ...valid, voivodeshipCode: "PL-XX" })).toEqual({ voivodeshipCode: "required" });
    expect(errorsOf({ ...valid, fullName: 42 })).toEqual({ fullName: "invalid" });
  });

  it("keeps line breaks in long answers", () => {
    expect(registrationSchema.parse({ ...valid, expectations: "one\ntwo" }).expectations).toBe("one\ntwo");
  });
});
