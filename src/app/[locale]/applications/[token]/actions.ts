"use server";

import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import { withdrawApplication } from "@/features/applications/data";
import { routing } from "@/i18n/routing";
import { isText, refuseMalformedCall } from "@/features/site/action-input";

const safeLocale = (locale: string) => (hasLocale(routing.locales, locale) ? locale : routing.defaultLocale);

export async function withdrawApplicationAction(token: string, locale: string) {
  refuseMalformedCall(isText(token) && isText(locale));
  const result = await withdrawApplication(token);
  redirect(`/${safeLocale(locale)}/applications/${token}${result.ok ? "?withdrawn=1" : ""}`);
}
