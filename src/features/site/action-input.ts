import { notFound } from "next/navigation";

// Server actions are public endpoints: whatever a page binds (locale, slug, token) and the form data are only what an
// honest browser sends. A hand-made request may send any number of arguments of any type, which used to reach the
// DAL as `undefined.get(...)` or a hash of an object: a server error (500) instead of an answer. Every action, the
// public ones and the coordinators', checks its arguments first and answers a malformed call like an unknown page
// (404). tests/e2e/security.spec.ts fuzzes the public ones over HTTP and posts malformed calls to the protected ones.

/** A bound text argument (locale, slug, token) as the page binds it: a string of sane length. */
export const isText = (value: unknown): value is string => typeof value === "string" && value.length <= 500;

/** The form's data, as React decodes a real form post. */
export const isFormData = (value: unknown): value is FormData => value instanceof FormData;

/** Refuses a malformed call (404) before anything runs. */
export function refuseMalformedCall(wellFormed: boolean): asserts wellFormed {
  if (!wellFormed) notFound();
}
