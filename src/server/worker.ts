import "server-only";
import { logFailure } from "./log";

type Job = {
  name: string;
  everyMs: number;
  fn: () => Promise<unknown>;
  timer?: NodeJS.Timeout;
  /** when the timer fires (ms since the epoch) */
  dueAt: number;
  running: boolean;
  /** woken while running: run once more right after */
  again: boolean;
};

/** The job that sends the outbox; woken by `kickOutbox()`. */
export const OUTBOX_JOB = "outbox";

type WorkerState = { started: boolean; jobs: Map<string, Job> };

// Kept on globalThis, not in module scope: Next.js bundles instrumentation.ts and the app's routes separately, so
// this module can be loaded more than once per process, and dev hot reloads re-run it. One worker per process.
const globalForWorker = globalThis as unknown as { kommWorker?: WorkerState };
const state = (globalForWorker.kommWorker ??= { started: false, jobs: new Map() });

function schedule(job: Job, delayMs: number) {
  clearTimeout(job.timer);
  job.dueAt = Date.now() + delayMs;
  job.timer = setTimeout(() => run(job), delayMs);
  job.timer.unref(); // never what keeps a process (a script, a test run) alive
}

/** Runs a job now unless it is already running; errors are logged, never thrown, so the server keeps going. */
function run(job: Job) {
  if (job.running) {
    job.again = true;
    return;
  }
  clearTimeout(job.timer);
  job.running = true;
  job.again = false;
  job
    .fn()
    .catch((error) => logFailure(`[worker] job "${job.name}" failed`, error))
    .finally(() => {
      job.running = false;
      if (job.again) run(job);
      else schedule(job, job.everyMs);
    });
}

/**
 * Adds a periodic job to this process's background worker (expiring sign-ups, reminders, retention, ...).
 * Registering a name again replaces its function (hot reload) without starting a second loop.
 * Jobs run only once `startBackgroundWorker` has been called; each never overlaps itself.
 */
export function registerJob(name: string, everyMs: number, fn: () => Promise<unknown>) {
  const existing = state.jobs.get(name);
  if (existing) {
    existing.fn = fn;
    existing.everyMs = everyMs;
    return;
  }
  const job: Job = { name, everyMs, fn, dueAt: Infinity, running: false, again: false };
  state.jobs.set(name, job);
  if (state.started) schedule(job, 0);
}

/**
 * A wake-up waits this long, so that a burst of requests, each queuing a mail, is sent in a few batches rather
 * than one run of the job (and its statements) per request.
 */
const WAKE_DELAY_MS = 50;

/** Runs the named job soon (e.g. the outbox after a request queued a mail). No-op without a worker. */
export function wakeJob(name: string) {
  const job = state.jobs.get(name);
  if (!state.started || !job) return;
  if (job.running) job.again = true;
  else if (job.dueAt > Date.now() + WAKE_DELAY_MS) schedule(job, WAKE_DELAY_MS);
}

/** Starts the in-process worker: sends the outbox every `intervalMs` and on `kickOutbox()`, and runs registered jobs. */
export function startBackgroundWorker({ intervalMs = 2_000 }: { intervalMs?: number } = {}) {
  if (state.started) return;
  state.started = true;
  // Imported lazily: the outbox imports this module (for wakeJob), and this keeps the two free of a load-time cycle.
  registerJob(OUTBOX_JOB, intervalMs, async () => {
    const { processOutbox } = await import("@/features/outbox/data");
    const batchSize = 20;
    let handled;
    do {
      const { sent, retried, failed } = await processOutbox({ batchSize });
      handled = sent + retried + failed;
      if (handled) console.info(`[worker] outbox: ${sent} sent, ${retried} to retry, ${failed} failed`);
    } while (handled === batchSize); // a full batch: more may be waiting, so do not wait for the next poll
  });
  for (const job of state.jobs.values()) schedule(job, 0);
  console.info(`[worker] started with jobs: ${[...state.jobs.keys()].join(", ")}`);
}
