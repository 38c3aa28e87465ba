"use server";

import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import type { EventFormState } from "@/features/admin-events/components/event-form";
import { createManagedEvent } from "@/features/admin-events/data";
import { eventFormDataToObject } from "@/features/admin-events/schema";
import { revalidateEventPages } from "@/features/events/revalidate";
import { routing } from "@/i18n/routing";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

/** A new event (a draft); the DAL checks the session and that the region is the user's. */
export async function createEventAction(locale: string, _: EventFormState, formData: FormData): Promise<EventFormState> {
  refuseMalformedCall(isText(locale) && isFormData(formData));
  const raw = eventFormDataToObject(formData);
  const result = await createManagedEvent(raw);
  if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, values: raw };
  revalidateEventPages(result.slug);
  redirect(`${adminPath("eventEdit", { locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, eventId: result.id })}?done=created`);
}
