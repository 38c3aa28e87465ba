"use server";

import { CredentialsSignin } from "next-auth";
import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import { loginSchema, safeAdminNext, type LoginField } from "@/features/admin/schema";
import { routing } from "@/i18n/routing";
import { signIn } from "@/server/auth";
import type { LoginFormState } from "./login-form";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

/**
 * Logs in through Auth.js's Credentials provider, which checks the throttles and the password (src/server/auth.ts).
 * A wrong e-mail or password is an expected result; any other error (database down …) is re-thrown.
 */
export async function loginAction(locale: string, _: LoginFormState, formData: FormData): Promise<LoginFormState> {
  refuseMalformedCall(isText(locale) && isFormData(formData));
  const lang = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const input = { email: formData.get("email") ?? "", password: formData.get("password") ?? "" };
  const email = typeof input.email === "string" ? input.email.slice(0, 254) : "";
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: LoginFormState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as LoginField;
      fieldErrors[field] ??= issue.message === "email" ? "email" : "required";
    }
    return { fieldErrors, email };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return { formError: error.code === "throttled" ? "throttled" : "invalidCredentials", email };
    }
    throw error;
  }
  redirect(safeAdminNext(formData.get("next"), lang));
}
