#!/usr/bin/env node
// The coordinators' dashboard overview and the report pack's counts over 100 000 sign-ups of one event: the data
// functions themselves (src/features/admin-dashboard/data.ts, src/features/admin-reports/data.ts), called as an admin
// and as a małopolskie coordinator, one call at a time: p50/p99 (target < 150 ms, like the sign-up list page). No
// production build is needed: the functions run in Node through tsx (bench/support/measure-dashboard.ts).
// One run: fresh database (dropped at the end, also on error and Ctrl-C), migrations, the seed, the same sign-ups as
// bench/admin-registrations.mjs (bench/support/seed-registrations.mjs). Writes bench/results/admin-dashboard-<ts>.json.
//
// Usage: node bench/admin-dashboard.mjs
// Env: BENCH_ROWS (100000), BENCH_DASHBOARD_REQUESTS (30), TEST_DATABASE_URL.
import { execFileSync } from "node:child_process";
import os from "node:os";
import { appEnv, cleanup, createBenchDatabase, migrateAndSeed, writeResult } from "./support/harness.mjs";
import { seedRegistrations } from "./support/seed-registrations.mjs";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const TARGET_MS = 150;

const loadAtStart = os.loadavg()[0];
try {
  const db = await createBenchDatabase();
  const query = (sql, params) => db.query(sql, params);
  const env = appEnv(db.url, {
    NODE_ENV: "development", // runAsUser (how the bench acts as a user) is refused in production
    APP_URL: "http://127.0.0.1:3000",
    ADMIN_EMAIL: "bench-admin@komm.test",
    ADMIN_PASSWORD: "bench-admin-password",
  });
  migrateAndSeed(env);
  const day = 24 * 3600_000;
  const { rows: [event] } = await query(
    `INSERT INTO "Event" (id, slug, "titlePl", "summaryPl", "startsAt", "endsAt", format, "venueName", status, "voivodeshipCode", capacity, "updatedAt")
     VALUES (gen_random_uuid(), 'bench-dashboard-event', 'Bench: duże spotkanie', 'Wydarzenie do pomiaru panelu koordynatorów.', $1, $2, 'ONSITE', 'Hala', 'PUBLISHED', 'PL-MA', 120000, now())
     RETURNING id`,
    [new Date(Date.now() + 30 * day), new Date(Date.now() + 30 * day + 4 * 3600_000)],
  );
  process.stdout.write(`inserting ${ROWS} sign-ups … `);
  const t = performance.now();
  await seedRegistrations(query, event.id, ROWS);
  console.log(`${Math.round(performance.now() - t)} ms`);
  const { rows: [adminUser] } = await query(`SELECT id FROM "User" WHERE email = $1`, [env.ADMIN_EMAIL]);
  const { rows: [coordinator] } = await query(
    `INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES (gen_random_uuid(), 'bench-ma@komm.test', 'Bench MA', 'COORDINATOR', now()) RETURNING id`,
  );
  await query(`INSERT INTO "UserVoivodeship" ("userId", "voivodeshipCode") VALUES ($1, 'PL-MA')`, [coordinator.id]);

  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", "--import", "./bench/support/server-only.mjs", "bench/support/measure-dashboard.ts", adminUser.id, coordinator.id, event.id],
    { env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  const measured = JSON.parse(out.trim().split("\n").at(-1));
  if (measured.total !== ROWS) throw new Error(`the overview counted ${measured.total} sign-ups, not ${ROWS}`);

  const ok = (s) => (s.p50ms < TARGET_MS && s.p99ms < TARGET_MS ? "ok" : "MISSED");
  console.log(`\n${ROWS} sign-ups, one event; load average at start ${loadAtStart.toFixed(2)}, now ${os.loadavg()[0].toFixed(2)}; ${os.cpus().length} cores`);
  const labels = {
    overviewAll: "dashboard overview, admin, all events",
    overviewEvent: "dashboard overview, admin, the event",
    overviewCoordinatorRegion: "dashboard overview, małopolskie coordinator, PL-MA",
    reportEventCounts: "report pack counts, admin, the event",
  };
  for (const [key, s] of Object.entries(measured.results)) {
    console.log(`${labels[key].padEnd(52)} p50 ${s.p50ms} ms, p99 ${s.p99ms} ms (${s.calls} calls)  [target < ${TARGET_MS} ms: ${ok(s)}]`);
  }
  console.log(`the overview saw ${measured.total} sign-ups on ${measured.days} days; languages ${JSON.stringify(measured.languages)}`);
  const file = writeResult("admin-dashboard", { at: new Date().toISOString(), rows: ROWS, loadAtStart, cores: os.cpus().length, node: process.version, ...measured, targetMs: TARGET_MS });
  console.log(`written to ${file}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
