"use server";

import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import { revalidateEventPlaces } from "@/features/events/revalidate";
import type { RegistrationFormState } from "@/features/registrations/components/registration-form";
import { cancelRegistration, updateRegistration } from "@/features/registrations/data";
import { formDataToObject } from "@/features/registrations/form-values";
import { routing } from "@/i18n/routing";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

const safeLocale = (locale: string) => (hasLocale(routing.locales, locale) ? locale : "pl");

export async function updateRegistrationAction(token: string, locale: string, _: RegistrationFormState, formData: FormData): Promise<RegistrationFormState> {
  refuseMalformedCall(isText(token) && isText(locale) && isFormData(formData));
  const result = await updateRegistration(token, formDataToObject(formData));
  if (result.ok) redirect(`/${safeLocale(locale)}/manage/${token}?saved=1`);
  const values = Object.fromEntries(Object.entries(formDataToObject(formData)).filter(([, v]) => typeof v === "string")) as Record<string, string>;
  return { status: "error", fieldErrors: "fieldErrors" in result ? result.fieldErrors : undefined, formError: "formError" in result ? result.formError : undefined, values };
}

export async function cancelRegistrationAction(token: string, locale: string) {
  refuseMalformedCall(isText(token) && isText(locale));
  const result = await cancelRegistration(token);
  if (result.ok) revalidateEventPlaces(result.eventSlug);
  redirect(`/${safeLocale(locale)}/manage/${token}${result.ok ? "?cancelled=1" : ""}`);
}
