"use server";

import { hasLocale } from "next-intl";
import { notFound, redirect } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { retryOutboxMail } from "@/features/admin-outbox/data";
import { routing } from "@/i18n/routing";
import { isText, refuseMalformedCall } from "@/features/site/action-input";

// Thin action: the DAL checks that an admin is logged in (a coordinator gets a 404). The result comes back in the
// query string, so the form works without JavaScript.
export async function retryOutboxMailAction(locale: string, mailId: string) {
  refuseMalformedCall(isText(locale) && isText(mailId));
  const result = await retryOutboxMail(mailId);
  if (!result) notFound();
  const lang = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const query = result.ok ? "done=retried" : `error=${result.error}`;
  redirect(`${adminPath("outboxMail", { locale: lang, mailId })}?${query}`);
}
