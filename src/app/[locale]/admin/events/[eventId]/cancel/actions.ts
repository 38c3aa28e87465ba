"use server";

import { hasLocale } from "next-intl";
import { notFound, redirect } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { cancelManagedEvent } from "@/features/admin-events/data";
import { revalidateEventPages } from "@/features/events/revalidate";
import { routing } from "@/i18n/routing";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** Cancels the meeting and mails everyone signed up; the DAL checks the session and the scope (null → 404). */
export async function cancelEventAction(locale: string, eventId: string, formData: FormData) {
  refuseMalformedCall(isText(locale) && isText(eventId) && isFormData(formData));
  const lang = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const result = await cancelManagedEvent(eventId, { confirm: field(formData, "confirm"), message: field(formData, "message") });
  if (!result) notFound();
  if (!result.ok) {
    const error = Object.values(result.fieldErrors ?? {})[0] ?? result.error;
    redirect(`${adminPath("eventCancel", { locale: lang, eventId })}?error=${encodeURIComponent(error)}`);
  }
  revalidateEventPages(result.slug);
  redirect(`${adminPath("eventEdit", { locale: lang, eventId })}?done=cancelled&notified=${result.notified ?? 0}`);
}
