"use server";

import { hasLocale } from "next-intl";
import { notFound, redirect } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import type { EventFormState } from "@/features/admin-events/components/event-form";
import { duplicateManagedEvent, publishManagedEvent, updateManagedEvent } from "@/features/admin-events/data";
import { eventFormDataToObject } from "@/features/admin-events/schema";
import { revalidateEventPages } from "@/features/events/revalidate";
import { routing } from "@/i18n/routing";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

// Thin actions: the DAL checks the session and that the event is the user's to manage (null → 404).

const lang = (locale: string) => (hasLocale(routing.locales, locale) ? locale : routing.defaultLocale);

export async function updateEventAction(locale: string, eventId: string, _: EventFormState, formData: FormData): Promise<EventFormState> {
  refuseMalformedCall(isText(locale) && isText(eventId) && isFormData(formData));
  const raw = eventFormDataToObject(formData);
  const result = await updateManagedEvent(eventId, raw);
  if (!result) notFound();
  if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError, placesTaken: result.placesTaken, values: raw };
  for (const slug of result.slugs) revalidateEventPages(slug);
  redirect(`${adminPath("eventEdit", { locale: lang(locale), eventId })}?done=saved`);
}

export async function publishEventAction(locale: string, eventId: string) {
  refuseMalformedCall(isText(locale) && isText(eventId));
  const result = await publishManagedEvent(eventId);
  if (!result) notFound();
  if (result.ok) revalidateEventPages(result.slug);
  redirect(`${adminPath("eventEdit", { locale: lang(locale), eventId })}?${result.ok ? "done=published" : "error=notAllowed"}`);
}

export async function duplicateEventAction(locale: string, eventId: string) {
  refuseMalformedCall(isText(locale) && isText(eventId));
  const result = await duplicateManagedEvent(eventId);
  if (!result) notFound();
  if (!result.ok) redirect(`${adminPath("eventEdit", { locale: lang(locale), eventId })}?error=notAllowed`);
  redirect(`${adminPath("eventEdit", { locale: lang(locale), eventId: result.id })}?done=duplicated`);
}
