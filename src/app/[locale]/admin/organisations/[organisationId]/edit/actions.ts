"use server";

import { hasLocale } from "next-intl";
import { notFound, redirect } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { updateOrganisation } from "@/features/admin-organisations/data";
import { revalidateOrganisationPages } from "@/features/admin-organisations/revalidate";
import type { JoinFormState } from "@/features/organisations/components/join-form";
import { joinFormDataToObject, keptJoinValues } from "@/features/organisations/join-schema";
import { routing } from "@/i18n/routing";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

/** A coordinator's edit; the DAL checks the session and the region scope (null: not found or out of scope → 404). */
export async function updateOrganisationAction(locale: string, organisationId: string, _: JoinFormState, formData: FormData): Promise<JoinFormState> {
  refuseMalformedCall(isText(locale) && isText(organisationId) && isFormData(formData));
  const raw = joinFormDataToObject(formData);
  const result = await updateOrganisation(organisationId, raw);
  if (!result) notFound();
  if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, values: keptJoinValues(raw) };
  revalidateOrganisationPages(result);
  redirect(`${adminPath("organisationDetail", { locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, organisationId })}?saved=1`);
}
