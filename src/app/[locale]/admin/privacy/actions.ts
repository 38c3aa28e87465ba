"use server";

import { hasLocale } from "next-intl";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { revalidateEventPlaces } from "@/features/events/revalidate";
import { erasePersonalData } from "@/features/privacy/data";
import { routing } from "@/i18n/routing";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

// Thin action: the DAL checks that an admin is logged in (a coordinator gets a 404) and that the address was typed
// again. The outcome comes back in the query string, so the form works without JavaScript; after an erasure the
// address is no longer in the URL.
export async function erasePersonalDataAction(locale: string, formData: FormData) {
  refuseMalformedCall(isText(locale) && isFormData(formData));
  const lang = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const page = adminPath("privacy", { locale: lang });
  const email = field(formData, "email");
  const result = await erasePersonalData({ email, confirmation: field(formData, "confirmation") });
  if (!result.ok) redirect(`${page}?${new URLSearchParams({ email, error: result.error })}#erase`);
  for (const slug of result.eventSlugs) revalidateEventPlaces(slug);
  revalidatePath(`/${lang}/admin`, "layout");
  const counts = Object.entries(result.counts).map(([k, v]) => [k, String(v)]);
  redirect(`${page}?${new URLSearchParams([["erased", "1"], ...counts])}`);
}
