// Server logs hold no personal data: an error is logged as its name, code and first line, with e-mail addresses
// and anything token-like masked, never with the values a query carried (a database error's detail can quote them).
const EMAIL = /[^\s@"'<>()]+@[^\s@"'<>()]+\.[a-z]{2,}/gi;
const TOKEN = /\b[A-Za-z0-9_-]{32,}\b/g;

export function redact(text: string) {
  return text.replace(EMAIL, "<e-mail>").replace(TOKEN, "<token>");
}

/** One line for an unexpected failure, e.g. `[registration] sign-up failed: PrismaClientKnownRequestError P1001 Can't reach…`. */
export function logFailure(what: string, error: unknown) {
  const e = error as { name?: string; code?: unknown; message?: unknown };
  const firstLine = String(e?.message ?? error).split("\n").map((l) => l.trim()).filter(Boolean).find((l) => !l.startsWith("Invalid `")) ?? "";
  const code = typeof e?.code === "string" ? ` ${e.code}` : "";
  console.error(redact(`${what}: ${e?.name ?? "Error"}${code} ${firstLine}`.slice(0, 500)));
}
