import { afterEach, describe, expect, it, vi } from "vitest";
import { logFailure, redact } from "./log";

afterEach(() => vi.restoreAllMocks());

describe("server logs", () => {
  it("mask e-mail addresses and token-like strings", () => {
    expect(redact("Key (email)=(olena.k+1@example.org) exists; token AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-xy")).toBe("Key (email)=(<e-mail>) exists; token <token>");
  });

  it("log a failure as one line: name, code and the message's first meaningful line, redacted", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = Object.assign(new Error("\nInvalid `prisma.registration.create()` invocation:\n\n\nUnique constraint failed: Key (email)=(a@b.pl)\n  at x"), {
      name: "PrismaClientKnownRequestError",
      code: "P2002",
    });
    logFailure("[registration] sign-up failed", error);
    expect(log).toHaveBeenCalledExactlyOnceWith("[registration] sign-up failed: PrismaClientKnownRequestError P2002 Unique constraint failed: Key (email)=(<e-mail>)");
  });
});
