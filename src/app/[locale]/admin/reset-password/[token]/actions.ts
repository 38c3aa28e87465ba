"use server";

import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import { loginPath } from "@/features/admin/routes";
import type { PasswordFormState } from "@/features/admin-accounts/components/form-state";
import { setPasswordWithLink } from "@/features/admin-accounts/data";
import { routing } from "@/i18n/routing";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

/** Sets the password behind the link (no session: the token is the key), then shows the login page. */
export async function resetPasswordAction(locale: string, token: string, _: PasswordFormState, formData: FormData): Promise<PasswordFormState> {
  refuseMalformedCall(isText(locale) && isText(token) && isFormData(formData));
  const lang = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const result = await setPasswordWithLink("PASSWORD_RESET", token, { password: formData.get("password") ?? "", passwordConfirm: formData.get("passwordConfirm") ?? "" });
  if (!result.ok) return { fieldErrors: result.fieldErrors, formError: result.formError };
  redirect(`${loginPath(lang)}?passwordSet=1`);
}
