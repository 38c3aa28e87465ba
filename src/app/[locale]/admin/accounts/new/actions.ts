"use server";

import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import type { AccountFormState } from "@/features/admin-accounts/components/form-state";
import { inviteAccount } from "@/features/admin-accounts/data";
import { accountFormDataToObject } from "@/features/admin-accounts/schema";
import { routing } from "@/i18n/routing";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

/** Invites a coordinator or admin; the DAL checks that the caller is an admin. The mail is in the admin's language. */
export async function inviteAccountAction(locale: string, _: AccountFormState, formData: FormData): Promise<AccountFormState> {
  refuseMalformedCall(isText(locale) && isFormData(formData));
  const lang = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const raw = accountFormDataToObject(formData);
  const result = await inviteAccount(raw, lang);
  if (!result.ok) {
    const text = (v: unknown) => (typeof v === "string" ? v.slice(0, 254) : undefined);
    return {
      fieldErrors: result.fieldErrors,
      values: { name: text(raw.name), email: text(raw.email), role: text(raw.role), voivodeships: raw.voivodeships.filter((v): v is string => typeof v === "string") },
    };
  }
  redirect(`${adminPath("accountDetail", { locale: lang, userId: result.userId })}?invited=1`);
}
