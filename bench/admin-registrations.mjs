#!/usr/bin/env node
// The coordinator area with 100 000 sign-ups for one event, against the production build:
//   - the sign-up list page with a search and a status filter, one request at a time: p50/p99 (target < 150 ms);
//   - a full CSV export of all rows (and an XLSX one, and a smaller CSV one to compare with): time, size, and the
//     server's RSS sampled from /proc/<pid>/status every 20 ms. Target: the export within 150 MB, i.e. the peak RSS
//     during the export at most 150 MB above the server's RSS before it (an idle `next start` alone is ~150 MB).
// One run: fresh database (dropped at the end, also on error and Ctrl-C), migrations, the seed (content + the
// administrator), the sign-ups inserted with one INSERT … SELECT generate_series, `next start` on the existing build,
// login through Auth.js's credentials endpoint, as the login form does. Writes bench/results/admin-registrations-<ts>.json.
//
// Usage: npm run build && node bench/admin-registrations.mjs
// Env: BENCH_ROWS (100000), BENCH_LIST_REQUESTS (50), TEST_DATABASE_URL.
import { readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import { appEnv, cleanup, createBenchDatabase, freePort, hasBuild, migrateAndSeed, sleep, startNext, waitFor, writeResult } from "./support/harness.mjs";
import { seedRegistrations as seedSharedRegistrations } from "./support/seed-registrations.mjs";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const LIST_REQUESTS = Number(process.env.BENCH_LIST_REQUESTS ?? 50);
const LIST_TARGET_MS = 150;
const RSS_TARGET_MB = 150;
const ADMIN = { email: "bench-admin@komm.test", password: "bench-admin-password" };
const SLUG = "bench-admin-event";

let db; // the bench's own database (support/harness.mjs), created in the run below
let server; // `next start`
const query = (sql, params) => db.query(sql, params);

/** The processes of the server's process group (`next start` and anything it forked). */
function serverPids() {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) === server.pid;
      } catch {
        return false;
      }
    });
}

/** VmRSS and VmHWM (peak) in MB of each server process. */
function memory() {
  const out = {};
  for (const pid of serverPids()) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = (field) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"))?.[1] ?? 0);
      out[pid] = { rssMb: Math.round(kb("VmRSS") / 1024), hwmMb: Math.round(kb("VmHWM") / 1024) };
    } catch {}
  }
  return out;
}

const totalRss = () => Object.values(memory()).reduce((sum, m) => sum + m.rssMb, 0);

class Cookies {
  jar = new Map();
  take(res) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const i = pair.indexOf("=");
      this.jar.set(pair.slice(0, i).trim(), pair.slice(i + 1));
    }
  }
  get header() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/** Logs in as the login form does: Auth.js's credentials provider, which checks the throttles and the password. */
async function logIn(next) {
  const cookies = new Cookies();
  const csrfRes = await fetch(`${next}/api/auth/csrf`);
  cookies.take(csrfRes);
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${next}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: cookies.header, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...ADMIN, csrfToken, callbackUrl: `${next}/pl/admin` }),
  });
  cookies.take(res);
  if (![...cookies.jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`login failed: HTTP ${res.status} ${res.headers.get("location")}`);
  const check = await fetch(`${next}/pl/admin`, { headers: { cookie: cookies.header }, redirect: "manual" });
  if (check.status !== 200) throw new Error(`the dashboard answered ${check.status} after logging in`);
  return cookies;
}

function stats(ms) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
  return { requests: sorted.length, p50ms: at(50), p99ms: at(99), maxMs: Math.round(sorted.at(-1) * 10) / 10 };
}

async function seedRegistrations(eventId) {
  await seedSharedRegistrations(query, eventId, ROWS); // bench/support/seed-registrations.mjs
}

/**
 * Downloads an export, counting bytes and lines, while sampling the server's RSS every 20 ms. `q` narrows it with the
 * list's search (a smaller export to compare with: streamed, the peak should not grow with the number of rows).
 */
async function measureExport(next, cookies, eventId, format, q) {
  const columns = ["createdAt", "fullName", "email", "phone", "organisation", "voivodeship", "city", "status", "interpretation"];
  const qs = new URLSearchParams({ format });
  if (q) qs.set("q", q);
  for (const c of columns) qs.append("columns", c);
  const rssBeforeMb = totalRss();
  let peakRssMb = rssBeforeMb;
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, totalRss())), 20);
  const started = performance.now();
  const res = await fetch(`${next}/pl/admin/events/${eventId}/export/download?${qs}`, { headers: { cookie: cookies.header }, redirect: "manual" });
  if (res.status !== 200) throw new Error(`export answered ${res.status} ${res.headers.get("location") ?? ""}`);
  let bytes = 0;
  let newlines = 0;
  let firstByteMs;
  for await (const chunk of res.body) {
    firstByteMs ??= performance.now() - started;
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) newlines++;
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  const { rows: [audit] } = await query(`SELECT details FROM "AuditLog" WHERE action = 'registration.export' ORDER BY at DESC LIMIT 1`);
  return {
    format,
    q: q ?? null,
    rows: audit.details.rowCount,
    csvLines: format === "csv" ? newlines - 1 : undefined,
    bytes,
    seconds: Math.round(ms / 100) / 10,
    firstByteMs: Math.round(firstByteMs),
    rssBeforeMb,
    peakRssMb,
    peakIncreaseMb: peakRssMb - rssBeforeMb,
    rssAfterMb: totalRss(),
    contentDisposition: res.headers.get("content-disposition"),
  };
}

const loadAtStart = os.loadavg()[0];

try {
  if (!hasBuild()) throw new Error("no production build in .next: run `npm run build` first");
  const port = await freePort();
  const next = `http://127.0.0.1:${port}`;
  db = await createBenchDatabase();
  const env = appEnv(db.url, {
    NODE_ENV: "production",
    APP_URL: next,
    SMTP_URL: "",
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  });

  // --- database ------------------------------------------------------------------------------------------
  migrateAndSeed(env);
  const day = 24 * 3600_000;
  const { rows: [event] } = await query(
    `INSERT INTO "Event" (id, slug, "titlePl", "summaryPl", "startsAt", "endsAt", format, "venueName", status, "voivodeshipCode", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'Bench: duże spotkanie', 'Wydarzenie do pomiaru panelu koordynatorów.', $2, $3, 'ONSITE', 'Hala', 'PUBLISHED', 'PL-MA', now())
     RETURNING id`,
    [SLUG, new Date(Date.now() + 30 * day), new Date(Date.now() + 30 * day + 4 * 3600_000)],
  );
  process.stdout.write(`inserting ${ROWS} sign-ups … `);
  let t = performance.now();
  await seedRegistrations(event.id);
  console.log(`${Math.round(performance.now() - t)} ms`);

  // --- server --------------------------------------------------------------------------------------------
  server = startNext(port, env);
  await waitFor(`${next}/pl/admin/login`, "next start", { ok: (status) => status < 500 });
  const rss = { afterStartMb: totalRss() };
  const cookies = await logIn(next);
  rss.afterLoginMb = totalRss();

  // --- the list page: a filter and a search, one request at a time (server time, not queueing) -------------
  const SEARCHES = ["kowalska", "olena", "stowarzyszenie 42", "person-7", "nowak 1"];
  const listUrl = (i) => {
    const search = SEARCHES[i % 5];
    return `${next}/pl/admin/events/${event.id}/registrations?${new URLSearchParams({ q: search, status: "CONFIRMED" })}`;
  };
  const timedList = async (i) => {
    const started = performance.now();
    const res = await fetch(listUrl(i), { headers: { cookie: cookies.header } });
    const html = await res.text();
    if (res.status !== 200 || !html.includes("Zapisy na spotkanie")) throw new Error(`list answered ${res.status}`);
    return performance.now() - started;
  };
  for (let i = 0; i < 5; i++) await timedList(i); // warm-up
  const listMs = [];
  for (let i = 0; i < LIST_REQUESTS; i++) listMs.push(await timedList(i));
  const list = stats(listMs);
  // per search term (every fifth request), to see which kind of search is the slow one
  list.bySearch = Object.fromEntries(SEARCHES.map((term, t) => [term, stats(listMs.filter((_, i) => i % 5 === t))]));
  // and the unfiltered first page (no search: the index alone)
  const plainMs = [];
  for (let i = 0; i < 20; i++) {
    t = performance.now();
    await (await fetch(`${next}/pl/admin/events/${event.id}/registrations`, { headers: { cookie: cookies.header } })).text();
    plainMs.push(performance.now() - t);
  }
  const plain = stats(plainMs);
  rss.afterListPagesMb = totalRss();

  // --- exports: a smaller one first (also the warm-up), then all rows as CSV and as XLSX -------------------
  const small = await measureExport(next, cookies, event.id, "csv", "person-1");
  await sleep(1000);
  const csv = await measureExport(next, cookies, event.id, "csv");
  await sleep(1000);
  const xlsx = await measureExport(next, cookies, event.id, "xlsx");
  rss.hwmMb = Object.values(memory()).reduce((sum, m) => sum + m.hwmMb, 0);

  // --- report --------------------------------------------------------------------------------------------
  const ok = (pass) => (pass ? "ok" : "MISSED");
  console.log(`\n${ROWS} sign-ups, one event; load average at start ${loadAtStart.toFixed(2)}, now ${os.loadavg()[0].toFixed(2)}; ${os.cpus().length} cores`);
  console.log(`list page, search + status filter (${list.requests} requests, one at a time): p50 ${list.p50ms} ms, p99 ${list.p99ms} ms  [target < ${LIST_TARGET_MS} ms: p50 ${ok(list.p50ms < LIST_TARGET_MS)}, p99 ${ok(list.p99ms < LIST_TARGET_MS)}]`);
  console.log(`  by search: ${Object.entries(list.bySearch).map(([term, s]) => `"${term}" p50 ${s.p50ms} / max ${s.maxMs} ms`).join(", ")}`);
  console.log(`list page, no filter (${plain.requests} requests):                      p50 ${plain.p50ms} ms, p99 ${plain.p99ms} ms`);
  console.log(`server RSS: ${rss.afterStartMb} MB after start, ${rss.afterLoginMb} MB after logging in, ${rss.afterListPagesMb} MB after the list pages, peak (VmHWM) ${rss.hwmMb} MB at the end`);
  for (const e of [small, csv, xlsx]) {
    console.log(
      `export ${e.format.toUpperCase()} of ${e.rows} rows: ${(e.bytes / 1e6).toFixed(1)} MB in ${e.seconds} s (first byte after ${e.firstByteMs} ms); ` +
        `server RSS ${e.rssBeforeMb} MB before, peak ${e.peakRssMb} MB (+${e.peakIncreaseMb}) during, ${e.rssAfterMb} MB after` +
        (e.q ? "" : `  [target: export within ${RSS_TARGET_MB} MB: ${ok(e.peakIncreaseMb < RSS_TARGET_MB)}]`),
    );
  }
  if (csv.csvLines !== ROWS || csv.rows !== ROWS) throw new Error(`the CSV held ${csv.csvLines} lines for ${csv.rows} rows, not ${ROWS}`);

  const file = writeResult("admin-registrations", { at: new Date().toISOString(), rows: ROWS, loadAtStart, cores: os.cpus().length, node: process.version, list, plain, rss, exports: [small, csv, xlsx], targets: { listP50Ms: LIST_TARGET_MS, rssMb: RSS_TARGET_MB } });
  console.log(`written to ${file}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
