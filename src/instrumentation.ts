// Runs once when the server boots: a bad or missing environment variable, or a database that cannot be reached,
// stops the server here with one line naming the variable and a non-zero exit.
// Then the background worker (outbox, periodic jobs) starts in this server process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` also loads this file: it needs no environment and must not send mail.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { exitUnlessBootable } = await import("./server/boot");
  await exitUnlessBootable(process.env);
  if (process.env.DISABLE_WORKER === "1") return; // a web-only process
  const { startBackgroundWorker } = await import("./server/worker");
  const { registerPeriodicJobs } = await import("./server/jobs");
  registerPeriodicJobs();
  startBackgroundWorker();
}
