"use server";

import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import { revalidateEventPlaces } from "@/features/events/revalidate";
import { confirmRegistration } from "@/features/registrations/data";
import { routing } from "@/i18n/routing";
import { isText, refuseMalformedCall } from "@/features/site/action-input";

export async function confirmAction(token: string, locale: string) {
  refuseMalformedCall(isText(token) && isText(locale));
  const result = await confirmRegistration(token);
  if (result.outcome === "confirmed") revalidateEventPlaces(result.eventSlug);
  redirect(`/${hasLocale(routing.locales, locale) ? locale : "pl"}/confirm/${token}`);
}
