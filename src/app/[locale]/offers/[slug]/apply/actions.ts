"use server";

import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import type { ApplicationFormState } from "@/features/applications/components/form-controls";
import { applicationFields, formDataToObject, OFFER_KINDS } from "@/features/applications/schema";
import { submitApplication } from "@/features/applications/submit";
import { routing } from "@/i18n/routing";
import { clientIp } from "@/server/request";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

// Every field any offer's form may have: the offer's own schema (chosen on the server) ignores the others.
const ALL_FIELDS = [...new Set(OFFER_KINDS.flatMap(applicationFields))];

export async function applyAction(offerSlug: string, locale: string, _: ApplicationFormState, formData: FormData): Promise<ApplicationFormState> {
  refuseMalformedCall(isText(offerSlug) && isText(locale) && isFormData(formData));
  if (!hasLocale(routing.locales, locale)) return { status: "error", formError: "offerNotFound" };
  const result = await submitApplication(offerSlug, formDataToObject(formData, ALL_FIELDS), { ip: await clientIp(), locale });
  if (result.status === "done") {
    // a discarded bot sees exactly what a person sees
    redirect(`/${locale}/offers/${offerSlug}/apply/sent${result.outcome === "duplicate" ? "?already=1" : ""}`);
  }
  return result;
}
