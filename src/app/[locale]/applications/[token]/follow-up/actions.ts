"use server";

import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import type { ApplicationFormState } from "@/features/applications/components/form-controls";
import { submitFollowUp } from "@/features/applications/data";
import { FOLLOW_UP_FIELDS, formDataToObject, keptValues } from "@/features/applications/schema";
import { routing } from "@/i18n/routing";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

const FIELDS = [...new Set([...FOLLOW_UP_FIELDS.ANIMATORS_COURSE, ...FOLLOW_UP_FIELDS.INCUBATOR])];

export async function followUpAction(token: string, locale: string, _: ApplicationFormState, formData: FormData): Promise<ApplicationFormState> {
  refuseMalformedCall(isText(token) && isText(locale) && isFormData(formData));
  const raw = formDataToObject(formData, FIELDS);
  const result = await submitFollowUp(token, raw);
  if (result.ok) redirect(`/${hasLocale(routing.locales, locale) ? locale : routing.defaultLocale}/applications/${token}/follow-up?sent=1`);
  return { status: "error", ...("fieldErrors" in result ? { fieldErrors: result.fieldErrors } : { formError: result.formError }), values: keptValues(raw, FIELDS) };
}
