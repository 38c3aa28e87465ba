"use server";

import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import type { JoinFormState } from "@/features/organisations/components/join-form";
import { resubmitOrganisation } from "@/features/organisations/join";
import { joinFormDataToObject } from "@/features/organisations/join-schema";
import { routing } from "@/i18n/routing";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

export async function resubmitOrganisationAction(token: string, locale: string, _: JoinFormState, formData: FormData): Promise<JoinFormState> {
  refuseMalformedCall(isText(token) && isText(locale) && isFormData(formData));
  const result = await resubmitOrganisation(token, joinFormDataToObject(formData));
  if (result.ok) redirect(`/${hasLocale(routing.locales, locale) ? locale : routing.defaultLocale}/organisations/submission/${encodeURIComponent(token)}?resubmitted=1`);
  return "fieldErrors" in result
    ? { status: "error", fieldErrors: result.fieldErrors, values: result.values }
    : { status: "error", formError: result.formError, values: result.values };
}
