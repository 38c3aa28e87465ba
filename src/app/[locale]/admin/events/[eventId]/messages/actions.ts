"use server";

import { hasLocale } from "next-intl";
import { notFound, redirect } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import type { MessageFormState } from "@/features/admin-events/components/message-form";
import { countMessageRecipients, sendEventMessage } from "@/features/admin-events/data";
import { messageFormDataToObject } from "@/features/admin-events/schema";
import { routing } from "@/i18n/routing";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

/**
 * "preview" counts the recipients of the chosen audience (nothing is sent); "send" sends. The DAL checks the
 * session and that the event is the user's to manage (null → 404).
 */
export async function sendEventMessageAction(locale: string, eventId: string, _: MessageFormState, formData: FormData): Promise<MessageFormState> {
  refuseMalformedCall(isText(locale) && isText(eventId) && isFormData(formData));
  const raw = messageFormDataToObject(formData);
  if (formData.get("intent") === "preview") {
    const counted = await countMessageRecipients(eventId, raw);
    if (!counted) notFound();
    if (!counted.ok) return { status: "error", fieldErrors: counted.fieldErrors, values: raw };
    return { status: "preview", count: counted.count, values: raw };
  }
  const result = await sendEventMessage(eventId, raw);
  if (!result) notFound();
  if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError, values: raw };
  const lang = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  redirect(`${adminPath("eventMessages", { locale: lang, eventId })}?sent=${result.recipients}#progress`);
}
