import "@/lib/zod-config";
import { z } from "zod";
import { VOIVODESHIP_CODES } from "@/features/registrations/schema";

/** Statuses of sign-ups that still count for planning (interpreters, access): the person may come. */
export const ACTIVE_STATUSES = ["PENDING_EMAIL", "CONFIRMED", "WAITLISTED", "ATTENDED"] as const;

/** The threshold when INTERPRETATION_ALERT_THRESHOLD is not set: from this many requests on, a language is flagged. */
export const DEFAULT_INTERPRETATION_ALERT_THRESHOLD = 5;

/**
 * The dashboard's filters (a GET form). Like the sign-up list's query, anything unexpected means "no filter": these
 * are bookmarkable URLs.
 */
export const dashboardFilterSchema = z.object({
  event: z.guid().optional().catch(undefined),
  voivodeship: z.enum(VOIVODESHIP_CODES).optional().catch(undefined),
});

export type DashboardFilters = z.infer<typeof dashboardFilterSchema>;

/** A language is flagged when at least `threshold` people asked for interpretation into it. */
export const needsInterpreterAlert = (count: number, threshold: number) => count >= threshold;
