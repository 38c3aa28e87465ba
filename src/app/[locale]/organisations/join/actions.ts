"use server";

import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import type { JoinFormState } from "@/features/organisations/components/join-form";
import { submitOrganisation } from "@/features/organisations/join";
import { joinFormDataToObject } from "@/features/organisations/join-schema";
import { routing } from "@/i18n/routing";
import { clientIp } from "@/server/request";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

export async function joinAction(locale: string, _: JoinFormState, formData: FormData): Promise<JoinFormState> {
  refuseMalformedCall(isText(locale) && isFormData(formData));
  const lang = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const result = await submitOrganisation(joinFormDataToObject(formData), { ip: await clientIp(), locale: lang });
  // a discarded bot sees exactly what a person sees
  if (result.status === "done") redirect(`/${lang}/organisations/join/sent${result.outcome === "duplicate" ? "?already=1" : ""}`);
  return result;
}
