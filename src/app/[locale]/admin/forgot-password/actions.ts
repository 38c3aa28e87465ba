"use server";

import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import type { PasswordFormState } from "@/features/admin-accounts/components/form-state";
import { requestPasswordReset } from "@/features/admin-accounts/data";
import { routing } from "@/i18n/routing";
import { clientIp } from "@/server/request";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

/** "Forgot password": the same neutral answer whether or not the address has an account (only throttling differs). */
export async function requestPasswordResetAction(locale: string, _: PasswordFormState, formData: FormData): Promise<PasswordFormState> {
  refuseMalformedCall(isText(locale) && isFormData(formData));
  const lang = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const email = formData.get("email");
  const result = await requestPasswordReset({ email }, await clientIp(), lang);
  if (!result.ok) return { fieldErrors: result.fieldErrors, formError: result.formError, email: typeof email === "string" ? email.slice(0, 254) : "" };
  redirect(`${adminPath("forgotPassword", { locale: lang })}?sent=1`);
}
