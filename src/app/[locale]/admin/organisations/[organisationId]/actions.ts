"use server";

import { hasLocale } from "next-intl";
import { notFound, redirect } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { moderateOrganisation } from "@/features/admin-organisations/data";
import { revalidateOrganisationPages } from "@/features/admin-organisations/revalidate";
import { routing } from "@/i18n/routing";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

// Thin action: the DAL checks the session and the region scope itself (null: not found or out of scope → 404).
// The result comes back in the query string, so the form works without JavaScript.

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** The decision is the value of the button pressed (approve, requestChanges, reject, unpublish, republish). */
export async function moderateOrganisationAction(locale: string, organisationId: string, formData: FormData) {
  refuseMalformedCall(isText(locale) && isText(organisationId) && isFormData(formData));
  const decision = field(formData, "decision");
  const result = await moderateOrganisation(organisationId, { decision, note: field(formData, "note") });
  if (!result) notFound();
  if (result.ok) revalidateOrganisationPages(result);
  const lang = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const error = result.ok ? null : (Object.values(result.fieldErrors ?? {})[0] ?? result.error);
  const query = error ? `error=${encodeURIComponent(error)}` : `done=${encodeURIComponent(decision)}`;
  redirect(`${adminPath("organisationDetail", { locale: lang, organisationId })}?${query}#moderation`);
}
