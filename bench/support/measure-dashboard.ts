// Run by bench/admin-dashboard.mjs (through tsx, with bench/support/server-only.mjs): times the dashboard's and the
// report pack's data functions against the bench database, as the given users, and prints one JSON line.
import { getDashboardOverview } from "@/features/admin-dashboard/data";
import { getReport } from "@/features/admin-reports/data";
import { runAsUser } from "@/server/session";

const [adminId, coordinatorId, eventId] = process.argv.slice(2) as [string, string, string];
const REPEAT = Number(process.env.BENCH_DASHBOARD_REQUESTS ?? 30);

function stats(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10;
  return { calls: sorted.length, p50ms: at(50), p99ms: at(99), maxMs: Math.round(sorted.at(-1)! * 10) / 10 };
}

async function time(userId: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await runAsUser(userId, fn); // warm-up: connections, query plans
  const ms: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const started = performance.now();
    await runAsUser(userId, fn);
    ms.push(performance.now() - started);
  }
  return stats(ms);
}

const results = {
  overviewAll: await time(adminId, () => getDashboardOverview({})),
  overviewEvent: await time(adminId, () => getDashboardOverview({ event: eventId })),
  overviewCoordinatorRegion: await time(coordinatorId, () => getDashboardOverview({ voivodeship: "PL-MA" })),
  reportEventCounts: await time(adminId, () => getReport({ kind: "event", eventId })),
};
const check = await runAsUser(adminId, () => getDashboardOverview({ event: eventId }));
console.log(JSON.stringify({ results, total: check?.total, days: check?.timeline.length, languages: check?.languages }));
process.exit(0);
