import "@/lib/zod-config";
import { z } from "zod";
import { checkbox, optionalText } from "@/features/registrations/schema";
import type { REGISTRATION_STATUSES } from "./schema";

// The coordinators' status workflow (inputs and the transition table), shared by the forms and the DAL
// (src/features/admin-registrations/status.ts). Error messages are message keys, translated where shown.

type Status = (typeof REGISTRATION_STATUSES)[number];

/** The statuses a coordinator can set. PENDING_EMAIL and EXPIRED only ever come from the person and the clock. */
export const STATUS_TARGETS = ["CONFIRMED", "WAITLISTED", "CANCELLED", "REJECTED", "ATTENDED"] as const;
export type StatusTarget = (typeof STATUS_TARGETS)[number];

/**
 * Which statuses each target can be reached from:
 * - CONFIRMED: a manual confirmation (PENDING_EMAIL: the coordinator vouches for the address), a manual promotion
 *   (WAITLISTED), or a reinstatement (CANCELLED/REJECTED/EXPIRED). Needs a free place unless the coordinator
 *   explicitly chooses to exceed the capacity.
 * - WAITLISTED: the end of the waiting list, only while the event is full (with a free place, confirm instead).
 * - CANCELLED/REJECTED: ends an active sign-up; a freed place goes to the waiting list.
 * - ATTENDED: attendance marking for any active sign-up (someone on the waiting list may simply have come).
 * Attendance is final, and a confirmed place is never silently turned back into a waiting-list position.
 */
export const ALLOWED_FROM: Record<StatusTarget, readonly Status[]> = {
  CONFIRMED: ["PENDING_EMAIL", "WAITLISTED", "CANCELLED", "REJECTED", "EXPIRED"],
  WAITLISTED: ["PENDING_EMAIL", "CANCELLED", "REJECTED", "EXPIRED"],
  CANCELLED: ["PENDING_EMAIL", "CONFIRMED", "WAITLISTED"],
  REJECTED: ["PENDING_EMAIL", "CONFIRMED", "WAITLISTED"],
  ATTENDED: ["PENDING_EMAIL", "CONFIRMED", "WAITLISTED"],
};

export const canChangeStatus = (from: Status, to: StatusTarget) => ALLOWED_FROM[to].includes(from);

/** The targets offered for a sign-up in `from`, in workflow order. */
export const targetsFrom = (from: Status) => STATUS_TARGETS.filter((to) => canChangeStatus(from, to));

/** Why a selected sign-up was left as it was. */
export const SKIP_REASONS = ["notFound", "notAllowed", "full", "placeFree", "eventClosed", "duplicate"] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** A list page holds at most 50 rows; a little room for the future, but never an unbounded list. */
export const MAX_BULK = 200;

export const PERSONAL_MESSAGE_MAX = 2000;
export const NOTE_MAX = 2000;

/**
 * One status change for one or many sign-ups. Ids are not checked for shape here: whatever is not a visible
 * sign-up (malformed, missing, another region's) comes back as skipped "notFound", never as an error that tells
 * them apart.
 */
export const registrationStatusChangeSchema = z.object({
  registrationIds: z
    .array(z.string().max(64))
    .min(1, { error: "noneSelected" })
    .max(MAX_BULK, { error: "tooMany" })
    .transform((ids) => [...new Set(ids)]),
  to: z.enum(STATUS_TARGETS, { error: "invalidChoice" }),
  notify: checkbox,
  personalMessage: optionalText(PERSONAL_MESSAGE_MAX, { multiline: true }),
  /** the coordinator confirmed that this confirmation may exceed the event's capacity */
  overCapacity: checkbox,
});

export type RegistrationStatusChangeInput = z.input<typeof registrationStatusChangeSchema>;
export type RegistrationStatusChange = z.output<typeof registrationStatusChangeSchema>;

/** The coordinators' internal note on a sign-up (empty: no note). */
export const internalNoteSchema = z.object({
  note: optionalText(NOTE_MAX, { multiline: true }),
});

/** What the status forms show after a change: how many changed, and how many were skipped for which reason. */
export type StatusFormState = {
  ok?: boolean;
  changed?: number;
  skipped?: Partial<Record<SkipReason, number>>;
  /** the requested target, so the form can ask about exceeding the capacity for the same change */
  to?: StatusTarget;
  fieldErrors?: Partial<Record<"registrationIds" | "to" | "personalMessage", string>>;
  /** sign-ups left as they were, kept ticked in the list so the coordinator can act on them again */
  selectedIds?: string[];
  /** what was typed, put back into the form after an unsuccessful change */
  personalMessage?: string;
  notify?: boolean;
};

export type NoteFormState = { ok?: boolean; fieldErrors?: { note?: string }; note?: string };
