"use server";

import { redirect } from "next/navigation";
import { submitRegistration } from "@/features/registrations/submit";
import { formDataToObject } from "@/features/registrations/form-values";
import type { RegistrationFormState } from "@/features/registrations/components/registration-form";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { clientIp } from "@/server/request";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

export async function registerAction(eventSlug: string, locale: string, _: RegistrationFormState, formData: FormData): Promise<RegistrationFormState> {
  refuseMalformedCall(isText(eventSlug) && isText(locale) && isFormData(formData));
  if (!hasLocale(routing.locales, locale)) return { status: "error", formError: "eventNotFound" };
  const result = await submitRegistration(eventSlug, formDataToObject(formData), { ip: await clientIp(), locale });
  if (result.status === "done") {
    // a discarded bot sees exactly what a person who must confirm their address sees
    const already = result.outcome === "duplicate" ? "?already=1" : "";
    redirect(`/${locale}/events/${eventSlug}/register/sent${already}`);
  }
  return result.status === "error" ? result : { status: "idle" };
}
