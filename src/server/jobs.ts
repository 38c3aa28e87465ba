import "server-only";
import { applyRetention } from "@/features/privacy/retention";
import { pruneRateLimitHits } from "@/features/rate-limit/data";
import { expirePendingRegistrations, queueDueReminders } from "@/features/registrations/data";
import { registerJob } from "./worker";

const MINUTE = 60_000;

/** The periodic work of the portal, run by the in-process worker (src/server/worker.ts). */
export function registerPeriodicJobs() {
  registerJob("registrations.expire", 5 * MINUTE, () => expirePendingRegistrations());
  registerJob("registrations.reminders", 5 * MINUTE, () => queueDueReminders());
  registerJob("rate-limit.prune", 60 * MINUTE, () => pruneRateLimitHits());
  // RODO retention (docs/decisions/012): idempotent, so running it hourly only costs one query when nothing is due
  registerJob("privacy.retention", 60 * MINUTE, () => applyRetention());
}
