import "@/lib/zod-config";
import { z } from "zod";
import { VOIVODESHIP_CODES } from "@/features/registrations/schema";

// Accounts of the coordinator area: inviting, editing, and the two token pages (accepting an invitation, resetting
// a password). One schema per input, used by the forms and parsed again on the server. Error messages are keys of
// the "AdminAccounts.errors" (and "PasswordReset.errors") messages namespaces.

export const ACCOUNT_ROLES = ["COORDINATOR", "ADMIN"] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** The shortest password we accept: long passphrases beat complexity rules (NIST SP 800-63B). */
export const PASSWORD_MIN_LENGTH = 12;
const PASSWORD_MAX_LENGTH = 256;

export const INVITATION_DAYS = 7;
export const PASSWORD_RESET_MINUTES = 60;

const emailField = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(254, { error: "email" })
  .pipe(z.email({ error: "email" }))
  .transform((v) => v.toLowerCase());

/** Checkboxes post one value per ticked box: none, one (a string) or several (an array). */
const voivodeshipsField = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.enum(VOIVODESHIP_CODES, { error: "voivodeship" })).max(VOIVODESHIP_CODES.length).transform((codes) => [...new Set(codes)].sort()),
);

const roleField = z.enum(ACCOUNT_ROLES, { error: "role" });

/** A coordinator works for at least one voivodeship; an admin sees everything, so needs none. */
function requireRegionsForCoordinators(value: { role: AccountRole; voivodeships: string[] }, ctx: z.RefinementCtx) {
  if (value.role === "COORDINATOR" && value.voivodeships.length === 0) {
    ctx.addIssue({ code: "custom", path: ["voivodeships"], message: "voivodeshipsRequired" });
  }
}

export const accountScopeSchema = z.object({ role: roleField, voivodeships: voivodeshipsField }).superRefine(requireRegionsForCoordinators);

export const inviteAccountSchema = z
  .object({
    name: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(120, { error: "tooLong" }),
    email: emailField,
    role: roleField,
    voivodeships: voivodeshipsField,
  })
  .superRefine(requireRegionsForCoordinators);

export type InviteAccountInput = z.infer<typeof inviteAccountSchema>;
export type AccountScopeInput = z.infer<typeof accountScopeSchema>;
export type InviteAccountField = keyof InviteAccountInput;

export const forgotPasswordSchema = z.object({ email: emailField });

export const setPasswordSchema = z
  .object({
    password: z
      .string({ error: "required" })
      .min(1, { error: "required" })
      .min(PASSWORD_MIN_LENGTH, { error: "passwordTooShort" })
      .max(PASSWORD_MAX_LENGTH, { error: "passwordTooLong" }),
    passwordConfirm: z.string({ error: "required" }).min(1, { error: "required" }),
  })
  .superRefine((value, ctx) => {
    if (value.passwordConfirm && value.password !== value.passwordConfirm) {
      ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "passwordMismatch" });
    }
  });

export type SetPasswordField = keyof z.infer<typeof setPasswordSchema>;

/** Tokens in links are 32 random bytes in base64url; anything else is simply not a valid link. */
export const linkTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** FormData to the plain object the schemas take (checkbox groups keep all their values). */
export function accountFormDataToObject(formData: FormData) {
  return {
    name: formData.get("name") ?? undefined,
    email: formData.get("email") ?? undefined,
    role: formData.get("role") ?? undefined,
    voivodeships: formData.getAll("voivodeships"),
  };
}

/** First message key per field. */
export function accountFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message;
  }
  return out;
}
