import "@/lib/zod-config";
import { z } from "zod";
import { normaliseEmail } from "@/features/registrations/schema";

// Inputs of the admins' data-subject tools (isomorphic). Error messages are keys of "AdminPrivacy.errors".

const address = z
  .string({ error: "emailRequired" })
  .trim()
  .min(1, { error: "emailRequired" })
  .max(254, { error: "email" })
  .pipe(z.email({ error: "email" }))
  .transform(normaliseEmail);

/** The address to look up (the page's GET form and the export's query string). */
export const personalDataLookupSchema = z.object({ email: address });

/** Erasing needs the address typed a second time, exactly (after normalisation): a deliberate, checked step. */
export const personalDataErasureSchema = z
  .object({
    email: address,
    confirmation: z.string().max(254, { error: "confirmationMismatch" }).default(""),
  })
  .refine((v) => normaliseEmail(v.confirmation) === v.email, { path: ["confirmation"], error: "confirmationMismatch" });

export type PrivacyError = "emailRequired" | "email" | "confirmationMismatch";

/** The first issue's message key, for the page. */
export function privacyErrorOf(error: z.ZodError): PrivacyError {
  const message = error.issues[0]?.message;
  return message === "emailRequired" || message === "confirmationMismatch" ? message : "email";
}
