"use server";

import { hasLocale } from "next-intl";
import { notFound, redirect } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { changeApplicationStatus, reviewApplication, sendApplicationFollowUp } from "@/features/admin-applications/data";
import { routing } from "@/i18n/routing";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

// Thin actions: the DAL checks the session and the region scope itself (null: not found or out of scope → 404).
// The result comes back in the query string, so these forms work without JavaScript.

type Result = Awaited<ReturnType<typeof reviewApplication>>;

function back(locale: string, offerSlug: string, applicationId: string, result: Result, saved: string, anchor: string): never {
  if (!result) notFound();
  const lang = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const error = result.ok ? null : (Object.values(result.fieldErrors ?? {})[0] ?? result.error);
  const query = error ? `error=${encodeURIComponent(error)}` : `saved=${saved}`;
  redirect(`${adminPath("applicationDetail", { locale: lang, offerSlug, applicationId })}?${query}#${anchor}`);
}

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

export async function changeApplicationStatusAction(locale: string, offerSlug: string, applicationId: string, formData: FormData) {
  refuseMalformedCall(isText(locale) && isText(offerSlug) && isText(applicationId) && isFormData(formData));
  const result = await changeApplicationStatus(applicationId, { status: field(formData, "status"), message: field(formData, "message") });
  back(locale, offerSlug, applicationId, result, "status", "decision");
}

export async function reviewApplicationAction(locale: string, offerSlug: string, applicationId: string, formData: FormData) {
  refuseMalformedCall(isText(locale) && isText(offerSlug) && isText(applicationId) && isFormData(formData));
  const result = await reviewApplication(applicationId, { score: field(formData, "score"), reviewerNotes: field(formData, "reviewerNotes") });
  back(locale, offerSlug, applicationId, result, "review", "review");
}

export async function sendApplicationFollowUpAction(locale: string, offerSlug: string, applicationId: string) {
  refuseMalformedCall(isText(locale) && isText(offerSlug) && isText(applicationId));
  const result = await sendApplicationFollowUp(applicationId);
  back(locale, offerSlug, applicationId, result, "followUp", "follow-up");
}
