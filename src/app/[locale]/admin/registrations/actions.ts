"use server";

import { hasLocale } from "next-intl";
import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { changeRegistrationStatus, saveInternalNote } from "@/features/admin-registrations/status";
import {
  registrationStatusChangeSchema,
  STATUS_TARGETS,
  type NoteFormState,
  type SkipReason,
  type StatusFormState,
} from "@/features/admin-registrations/status-schema";
import { revalidateEventPlaces } from "@/features/events/revalidate";
import { routing } from "@/i18n/routing";
import { isFormData, isText, refuseMalformedCall } from "@/features/site/action-input";

// Thin actions for the coordinators' status workflow: parse → DAL (which checks the session and the region scope
// itself) → revalidate → a result for the form (useActionState, so the forms also work without JavaScript).

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** Every admin page may show what changed (counts on the dashboard, the list, the detail with its history). */
function revalidateAdmin(locale: string) {
  revalidatePath(`/${hasLocale(routing.locales, locale) ? locale : routing.defaultLocale}/admin`, "layout");
}

async function changeStatus(locale: string, registrationIds: string[], formData: FormData): Promise<StatusFormState> {
  const input = {
    registrationIds,
    to: formData.get("to"),
    notify: formData.get("notify"),
    personalMessage: text(formData, "personalMessage"),
    overCapacity: formData.get("overCapacity"),
  };
  // put back into the form when nothing changed, so the coordinator can try again without retyping
  const to = STATUS_TARGETS.find((s) => s === input.to);
  const typed = { personalMessage: input.personalMessage.slice(0, 5000), notify: input.notify === "on", to };
  const parsed = registrationStatusChangeSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: StatusFormState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof NonNullable<StatusFormState["fieldErrors"]>;
      fieldErrors[field] ??= issue.message;
    }
    return { ok: false, fieldErrors, ...typed, selectedIds: registrationIds.slice(0, 500) };
  }
  const result = await changeRegistrationStatus(parsed.data);
  for (const slug of result.eventSlugs) revalidateEventPlaces(slug);
  if (result.changed) revalidateAdmin(locale);
  const skipped: Partial<Record<SkipReason, number>> = {};
  for (const s of result.skipped) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1;
  return {
    ok: result.changed > 0,
    changed: result.changed,
    skipped,
    to: parsed.data.to,
    selectedIds: result.skipped.filter((s) => s.reason !== "notFound").map((s) => s.id),
    ...(result.changed ? {} : typed),
  };
}

/** The status buttons of one sign-up's detail page. */
export async function changeRegistrationStatusAction(locale: string, registrationId: string, _: StatusFormState, formData: FormData) {
  refuseMalformedCall(isText(locale) && isText(registrationId) && isFormData(formData));
  return changeStatus(locale, [registrationId], formData);
}

/**
 * The bulk bar of an event's sign-up list. "All on this page" sends the page's ids as `pageIds`, so it works without
 * JavaScript; otherwise the ticked `ids`. Ids of other events or regions are simply skipped by the DAL.
 */
export async function bulkChangeRegistrationStatusAction(locale: string, _: StatusFormState, formData: FormData) {
  refuseMalformedCall(isText(locale) && isFormData(formData));
  const ids = formData.get("allOnPage") ? formData.getAll("pageIds") : formData.getAll("ids");
  return changeStatus(locale, ids.filter((id): id is string => typeof id === "string"), formData);
}

export async function saveInternalNoteAction(locale: string, registrationId: string, _: NoteFormState, formData: FormData): Promise<NoteFormState> {
  refuseMalformedCall(isText(locale) && isText(registrationId) && isFormData(formData));
  const note = text(formData, "note");
  const result = await saveInternalNote(registrationId, note);
  if (!result) notFound();
  if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors, note: note.slice(0, 5000) };
  revalidateAdmin(locale);
  return { ok: true };
}
