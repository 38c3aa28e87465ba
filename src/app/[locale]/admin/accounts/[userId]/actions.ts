"use server";

import { hasLocale } from "next-intl";
import { notFound, redirect } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import type { AccountFormState } from "@/features/admin-accounts/components/form-state";
import { resendInvitation, setAccountActive, updateAccount } from "@/features/admin-accounts/data";
import { accountFormDataToObject } from "@/features/admin-accounts/schema";
import { routing } from "@/i18n/routing";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

// Thin actions: the DAL (src/features/admin-accounts/data.ts) checks that the caller is an admin.

const localeOf = (locale: string) => (hasLocale(routing.locales, locale) ? locale : routing.defaultLocale);
const detail = (locale: string, userId: string) => adminPath("accountDetail", { locale: localeOf(locale), userId });

/** Changes an account's role and voivodeships. */
export async function updateAccountAction(locale: string, userId: string, _: AccountFormState, formData: FormData): Promise<AccountFormState> {
  refuseMalformedCall(isText(locale) && isText(userId) && isFormData(formData));
  const raw = accountFormDataToObject(formData);
  const result = await updateAccount(userId, { role: raw.role, voivodeships: raw.voivodeships });
  if (!result) notFound();
  if (!result.ok) {
    return { fieldErrors: result.fieldErrors, values: { role: typeof raw.role === "string" ? raw.role : undefined, voivodeships: raw.voivodeships.filter((v): v is string => typeof v === "string") } };
  }
  redirect(`${detail(locale, userId)}?saved=1`);
}

/** A new invitation link (the old one stops working), in the admin's language. */
export async function resendInvitationAction(locale: string, userId: string) {
  refuseMalformedCall(isText(locale) && isText(userId));
  const result = await resendInvitation(userId, localeOf(locale));
  if (!result.ok && result.error === "notFound") notFound();
  redirect(`${detail(locale, userId)}?${result.ok ? "reinvited=1" : `error=${result.error}`}`);
}

/** Deactivates (the person's sessions stop at their next request) or reactivates an account. */
export async function setAccountActiveAction(locale: string, userId: string, active: boolean) {
  refuseMalformedCall(isText(locale) && isText(userId) && typeof active === "boolean");
  const result = await setAccountActive(userId, active === true);
  if (!result.ok && result.error === "notFound") notFound();
  redirect(`${detail(locale, userId)}?${result.ok ? (active ? "reactivated=1" : "deactivated=1") : `error=${result.error}`}`);
}
