#!/usr/bin/env node
// 500 sign-ups + 500 confirmations for an event with 50 places, through HTTP against the production build, as a
// browser without JavaScript sends them (plain form POSTs of the server actions). Checks the outcome is exact
// (50 CONFIRMED, 450 WAITLISTED, waiting list strictly ordered) and measures, in the same run, two references:
//   - the storage limit: raw single-row INSERT transactions/s into the same PostgreSQL via `pg`;
//   - the framework floor: a bare page rendered per request (/bench-floor/dynamic) of the same build.
// Target: sign-up + confirm POSTs/s ≥ 50 % of the floor (at the same 50 connections), with the counts exact.
// One run: fresh database (dropped at the end, also on error and Ctrl-C), migrate, seed, the bench's own events
// inserted directly, `next start` on the existing build (web only, no SMTP: mail stays in the outbox).
// Prints a table and writes bench/results/registrations-<timestamp>.json.
//
// Usage: npm run build && node bench/registrations.mjs [--build]
// Env: BENCH_REGISTRATIONS (500), BENCH_CAPACITY (50), BENCH_CONCURRENCY (50), BENCH_DURATION (floor, s per
// measurement, 8), TEST_DATABASE_URL.
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";
// The forms' HTTP protocol (hidden inputs, form tokens, answers) is shared with the resilience tests.
import { confirmToken, encodeForm, formTokenTime, hiddenInputs, MIN_FILL_MS, pool, send, signUpAnswers, timed } from "../tests/support/http-forms.mjs";
import { appEnv, autocannonRun, cleanup, createBenchDatabase, ensureBuild, freePort, migrateAndSeed, sleep, startNext, waitFor, writeResult } from "./support/harness.mjs";

const TOTAL = Number(process.env.BENCH_REGISTRATIONS ?? 500);
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 50);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const FLOOR_CONNECTIONS = [10, 50];
const TARGET_PCT = 50;
const SLUG = "bench-event";
const WARMUP_SLUG = "bench-warmup"; // a separate event: warming the code paths must not touch the measured counts
const WARMUP_COUNT = 20;

let db; // the bench's own database (support/harness.mjs), created in the run below
let server; // `next start`
const query = (sql, params) => db.query(sql, params);

function stats(samples, wallMs) {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (p) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
  return { requests: samples.length, wallMs: Math.round(wallMs), reqPerSec: Math.round((samples.length / wallMs) * 1000 * 10) / 10, p50ms: at(50), p99ms: at(99) };
}

/** CPU seconds used so far by the Next server (its process group), all postgres processes, and this script. */
function cpuSeconds() {
  const out = { server: 0, postgres: 0, client: 0 };
  const serverGroup = server?.pid;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    let stat;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // f[0] is field 3 (state)
    const seconds = (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in clock ticks (USER_HZ = 100)
    if (serverGroup && Number(f[2]) === serverGroup) out.server += seconds;
    else if (comm.startsWith("postgres")) out.postgres += seconds;
  }
  const self = process.cpuUsage();
  out.client = (self.user + self.system) / 1e6;
  return out;
}

/**
 * Runs `fn` over items (CONCURRENCY in flight) and returns the samples plus throughput, latency, and the CPU
 * milliseconds per request spent in the server, PostgreSQL and this client (all on the same 2 cores).
 */
async function phase(items, fn) {
  const cpuBefore = cpuSeconds();
  const started = performance.now();
  const samples = await pool(items, CONCURRENCY, fn);
  const wallMs = performance.now() - started;
  const cpuAfter = cpuSeconds();
  const cpuMsPerRequest = Object.fromEntries(Object.keys(cpuAfter).map((k) => [k, Math.round(((cpuAfter[k] - cpuBefore[k]) * 1000) / samples.length * 10) / 10]));
  return { samples, ...stats(samples, wallMs), cpuMsPerRequest };
}

/** Sign-ups for `slug`: all form pages first, then (once every form token is old enough) all POSTs. */
async function signUps(next, slug, emails) {
  const url = `${next}/pl/events/${slug}/register`;
  const pages = await phase(emails, () => timed(url));
  const forms = pages.samples.map((p, i) => {
    if (p.status !== 200) throw new Error(`GET ${url} answered ${p.status}`);
    return hiddenInputs(p.body);
  });
  // The tokens carry their render time (ms.signature); the server treats younger than 3 s as a bot and discards.
  const newest = Math.max(...forms.map(formTokenTime));
  if (!Number.isFinite(newest)) throw new Error("no formToken in the registration form");
  await sleep(Math.max(0, newest + MIN_FILL_MS + 200 - Date.now()));
  // Encoded before the clock starts (as a browser has the form ready): the phase measures sending them.
  const bodies = emails.map((email, i) => encodeForm(url, forms[i], signUpAnswers(email, i)));
  const posts = await phase(bodies, (body) => send(body));
  const ok = posts.samples.filter((s) => s.status === 303 && s.location?.includes(`/events/${slug}/register/sent`) && !s.location.includes("already")).length;
  return { pages, posts, ok };
}

/** The confirmation tokens are only in the mails: read them from the outbox, as a mail client would get them. */
async function confirmTokens(slug) {
  const { rows } = await query(
    `SELECT m.text FROM "OutboxMail" m JOIN "Registration" r ON r.id = m."registrationId" JOIN "Event" e ON e.id = r."eventId"
     WHERE m.kind = 'registration.confirmAddress' AND e.slug = $1`,
    [slug],
  );
  return rows.map((r) => confirmToken(r.text));
}

/** Confirmations: all confirm pages first (the link in the mail), then all button presses (POSTs). */
async function confirmations(next, tokens) {
  const pages = await phase(tokens, (token) => timed(`${next}/pl/confirm/${token}`));
  const forms = pages.samples.map((p) => {
    if (p.status !== 200) throw new Error(`GET /pl/confirm/… answered ${p.status}`);
    return hiddenInputs(p.body);
  });
  const bodies = tokens.map((token, i) => encodeForm(`${next}/pl/confirm/${token}`, forms[i]));
  const posts = await phase(bodies, (body) => send(body));
  const ok = posts.samples.filter((s, i) => s.status === 303 && s.location?.endsWith(`/pl/confirm/${tokens[i]}`)).length;
  return { pages, posts, ok };
}

async function insertEvent(slug, capacity) {
  const day = 24 * 3600_000;
  const now = Date.now();
  await query(
    `INSERT INTO "Event" (id, slug, "titlePl", "summaryPl", "startsAt", "endsAt", format, capacity,
       "registrationOpensAt", "registrationClosesAt", status, "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'Wydarzenie do pomiaru wydajności zapisów.', $3, $4, 'ONLINE', $5, $6, $7, 'PUBLISHED', now())`,
    [slug, `Bench: ${slug}`, new Date(now + 30 * day), new Date(now + 30 * day + 2 * 3600_000), capacity, new Date(now - day), new Date(now + 29 * day)],
  );
}

/** The storage limit: single-row INSERTs, each its own (autocommit) transaction, from `clients` connections. */
async function rawInserts(clients = 10, seconds = 5) {
  const pools = await Promise.all(
    Array.from({ length: clients }, async () => {
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      return c;
    }),
  );
  const latencies = [];
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  // RateLimitHit: a real table of the app, with its index, written on every sign-up.
  await Promise.all(
    pools.map(async (c, n) => {
      for (let i = 0; performance.now() < until; i++) {
        const t = performance.now();
        await c.query(`INSERT INTO "RateLimitHit" (bucket, key) VALUES ('bench:raw', $1)`, [`${n}:${i}`]);
        latencies.push({ ms: performance.now() - t });
      }
    }),
  );
  const result = { clients, ...stats(latencies, performance.now() - started) };
  await Promise.all(pools.map((c) => c.end()));
  await query(`DELETE FROM "RateLimitHit" WHERE bucket = 'bench:raw'`);
  return result;
}

// Other work on the machine (builds, browser tests) skews every figure: the load average is kept with the results.
const loadAtStart = os.loadavg()[0];
const pct = (a, b) => Math.round((a / b) * 1000) / 10;

try {
  // --- build ---------------------------------------------------------------------------------------------
  ensureBuild({ routes: ["/bench-floor/dynamic", "/bench-floor/action"] });

  // --- database ------------------------------------------------------------------------------------------
  const port = await freePort();
  const next = `http://127.0.0.1:${port}`;
  db = await createBenchDatabase();
  const env = appEnv(db.url, {
    APP_URL: next,
    SMTP_URL: "", // no mail is sent: it stays in the outbox, where this script reads the confirmation links
    SEED_DEMO: "1",
    // Every request comes from 127.0.0.1: the per-IP limit (20 per 10 min) would stop the bench, not a bot.
    RATE_LIMIT_REGISTRATION_IP: "100000",
  });
  migrateAndSeed(env);
  await insertEvent(SLUG, CAPACITY);
  await insertEvent(WARMUP_SLUG, WARMUP_COUNT / 2);

  // --- reference (a): the storage limit, before the server exists, so nothing else uses the database ------
  process.stdout.write("measuring raw single-row INSERT transactions via pg … ");
  const rawInsert = await rawInserts();
  console.log(`${rawInsert.reqPerSec} tx/s`);

  // --- server --------------------------------------------------------------------------------------------
  server = startNext(port, env);
  await waitFor(`${next}/bench-floor/dynamic`, "next start");

  // --- reference (b): the framework floor ----------------------------------------------------------------
  const measureFloor = async (connections) => {
    process.stdout.write(`measuring Next /bench-floor/dynamic at ${connections} connections … `);
    await autocannonRun(`${next}/bench-floor/dynamic`, connections, 2); // warm-up
    const cpuBefore = cpuSeconds();
    const r = await autocannonRun(`${next}/bench-floor/dynamic`, connections, DURATION);
    const cpuAfter = cpuSeconds();
    const cpuMsPerRequest = Object.fromEntries(Object.keys(cpuAfter).map((k) => [k, Math.round(((cpuAfter[k] - cpuBefore[k]) * 1000) / r.requests.total * 100) / 100]));
    const result = { reqPerSec: Math.round(r.requests.average), p50ms: r.latency.p50, p99ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts, cpuMsPerRequest };
    console.log(`${result.reqPerSec} req/s`);
    return result;
  };
  const floor = {};
  for (const connections of FLOOR_CONNECTIONS) floor[connections] = await measureFloor(connections);

  // --- reference (c): the framework's floor for a form POST: a server action that only redirects ---------
  // Not the target's reference (the issue names the page floor), but what any form POST costs in Next before
  // the portal's own code runs: the registration figures can approach it, never pass it.
  process.stdout.write(`measuring Next /bench-floor/action POSTs, ${CONCURRENCY} in flight … `);
  const actionUrl = `${next}/bench-floor/action`;
  const actionForm = hiddenInputs((await timed(actionUrl)).body);
  const actionBody = encodeForm(actionUrl, actionForm);
  await phase(Array(200).fill(actionBody), send); // warm-up
  const actionFloor = await phase(Array(TOTAL * 2).fill(actionBody), send);
  if (actionFloor.samples.some((s) => s.status !== 303)) throw new Error("the action floor answered other than 303");
  console.log(`${actionFloor.reqPerSec} req/s`);

  // --- warm-up: the registration code paths, on their own event ------------------------------------------
  console.log(`warm-up: ${WARMUP_COUNT} sign-ups and confirmations on /${WARMUP_SLUG}`);
  const warmEmails = Array.from({ length: WARMUP_COUNT }, (_, i) => `warm-${i}@bench.komm.test`);
  const warmSignUps = await signUps(next, WARMUP_SLUG, warmEmails);
  const warmConfirms = await confirmations(next, await confirmTokens(WARMUP_SLUG));
  if (warmSignUps.ok !== WARMUP_COUNT || warmConfirms.ok !== WARMUP_COUNT) {
    const bad = [...warmSignUps.posts.samples, ...warmConfirms.posts.samples].find((s) => s.status !== 303);
    throw new Error(`warm-up failed: ${warmSignUps.ok} sign-ups, ${warmConfirms.ok} confirmations; e.g. HTTP ${bad?.status} ${bad?.body.slice(0, 300)}`);
  }

  // --- the measured run ----------------------------------------------------------------------------------
  console.log(`phase 1: ${TOTAL} sign-ups for /${SLUG} (${CAPACITY} places), ${CONCURRENCY} in flight`);
  const emails = Array.from({ length: TOTAL }, (_, i) => `person-${i}@bench.komm.test`);
  const signUp = await signUps(next, SLUG, emails);
  const tokens = await confirmTokens(SLUG);
  console.log(`phase 2: ${tokens.length} confirmations, ${CONCURRENCY} in flight`);
  const confirm = await confirmations(next, tokens);

  // --- the floor again, after the measured run: other work on a shared machine comes and goes, so the ratio is
  // taken against the mean of the floor before and after the registrations (both are printed).
  const floorAfter = await measureFloor(50);
  const floorMean50 = Math.round((floor[50].reqPerSec + floorAfter.reqPerSec) / 2);

  // --- outcome -------------------------------------------------------------------------------------------
  const { rows: byStatus } = await query(
    `SELECT r.status, count(*)::int AS n, count(DISTINCT r."waitlistedAt")::int AS distinct_waitlisted_at
     FROM "Registration" r JOIN "Event" e ON e.id = r."eventId" WHERE e.slug = $1 GROUP BY r.status`,
    [SLUG],
  );
  const { rows: mails } = await query(
    `SELECT m.kind, count(*)::int AS n FROM "OutboxMail" m JOIN "Registration" r ON r.id = m."registrationId"
     JOIN "Event" e ON e.id = r."eventId" WHERE e.slug = $1 GROUP BY m.kind ORDER BY m.kind`,
    [SLUG],
  );
  const counts = Object.fromEntries(byStatus.map((r) => [r.status, r.n]));
  const distinctWaitlistedAt = byStatus.find((r) => r.status === "WAITLISTED")?.distinct_waitlisted_at ?? 0;
  const checks = {
    signUpPostsOk: signUp.ok === TOTAL,
    confirmationMails: tokens.length === TOTAL,
    confirmPostsOk: confirm.ok === TOTAL,
    confirmed: counts.CONFIRMED === CAPACITY,
    waitlisted: counts.WAITLISTED === TOTAL - CAPACITY,
    nothingElse: Object.keys(counts).every((s) => s === "CONFIRMED" || s === "WAITLISTED"),
    waitlistOrderStrict: distinctWaitlistedAt === TOTAL - CAPACITY,
  };
  const countsPass = Object.values(checks).every(Boolean);

  // Registration throughput: every sign-up POST and every confirm POST is one request.
  const postWallMs = signUp.posts.wallMs + confirm.posts.wallMs;
  const combined = {
    requests: signUp.posts.requests + confirm.posts.requests,
    wallMs: postWallMs,
    reqPerSec: Math.round(((signUp.posts.requests + confirm.posts.requests) / postWallMs) * 1000 * 10) / 10,
  };
  const ratio = {
    vsFloor50: pct(combined.reqPerSec, floorMean50),
    vsFloor50Before: pct(combined.reqPerSec, floor[50].reqPerSec),
    vsFloor50After: pct(combined.reqPerSec, floorAfter.reqPerSec),
    vsFloor10: pct(combined.reqPerSec, floor[10].reqPerSec),
    vsActionFloor: pct(combined.reqPerSec, actionFloor.reqPerSec),
    actionFloorVsFloor50: pct(actionFloor.reqPerSec, floor[50].reqPerSec),
  };
  const targetMet = ratio.vsFloor50 >= TARGET_PCT;

  // --- report --------------------------------------------------------------------------------------------
  const { rows: [pgInfo] } = await query(`SELECT version() AS version, current_setting('synchronous_commit') AS synchronous_commit`);
  const machine = {
    date: new Date().toISOString(),
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "?",
    node: process.version,
    next: JSON.parse(readFileSync("node_modules/next/package.json", "utf8")).version,
    postgres: pgInfo.version.split(" on ")[0],
    synchronousCommit: pgInfo.synchronous_commit,
    loadAverage1m: { start: Math.round(loadAtStart * 100) / 100, end: Math.round(os.loadavg()[0] * 100) / 100 },
  };
  const cpu = (x) => (x.cpuMsPerRequest ? ["server", "postgres", "client"].map((k) => String(x.cpuMsPerRequest[k]).padStart(9)).join("") : "");
  const row = (label, x) =>
    console.log(`  ${label.padEnd(34)} ${String(x.reqPerSec).padStart(8)} ${String(x.p50ms ?? "-").padStart(8)} ${String(x.p99ms ?? "-").padStart(8)}${cpu(x)}`);
  console.log(`\n${machine.date} · ${machine.cores} cores (${machine.cpu}) · Node ${machine.node} · Next ${machine.next} · ${machine.postgres}`);
  console.log(`client on the same machine as the server (POSTs pre-encoded over node:http, pages by fetch, the floor by autocannon) · ${CONCURRENCY} requests in flight`);
  console.log(`load average (1 min) at start ${machine.loadAverage1m.start}, at end ${machine.loadAverage1m.end}\n`);
  console.log(`  ${"".padEnd(34)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)}${["server", "postgres", "client"].map((k) => k.padStart(9)).join("")}`);
  console.log(`  ${"".padEnd(62)}(the last three: CPU ms per request)`);
  row(`sign-up POST (${TOTAL})`, signUp.posts);
  row(`confirm POST (${TOTAL})`, confirm.posts);
  row("sign-up + confirm POSTs", combined);
  row("  (register page GET)", signUp.pages);
  row("  (confirm page GET)", confirm.pages);
  for (const c of FLOOR_CONNECTIONS) row(`floor /bench-floor/dynamic @${c}`, floor[c]);
  row("floor @50 again, after the run", floorAfter);
  row(`floor action POST (${actionFloor.requests})`, actionFloor);
  row(`raw INSERT tx via pg (${rawInsert.clients} clients)`, rawInsert);
  console.log(`\n  registration vs floor @50 (mean of before and after, ${floorMean50} req/s): ${ratio.vsFloor50} % (target ≥ ${TARGET_PCT} %: ${targetMet ? "met" : "NOT met"})`);
  console.log(`    against the floor before: ${ratio.vsFloor50Before} %, after: ${ratio.vsFloor50After} %; vs floor @10: ${ratio.vsFloor10} %`);
  console.log(`  registration vs a no-op form action: ${ratio.vsActionFloor} %; that action vs the page floor @50: ${ratio.actionFloorVsFloor50} %`);
  console.log(`  final counts: ${JSON.stringify(counts)}, distinct waitlistedAt ${distinctWaitlistedAt}; mails ${JSON.stringify(Object.fromEntries(mails.map((m) => [m.kind, m.n])))}`);
  console.log(`  sign-up POSTs 303 → sent: ${signUp.ok}/${TOTAL}, confirmation mails ${tokens.length}, confirm POSTs 303: ${confirm.ok}/${tokens.length}`);
  console.log(`  counts (${CAPACITY} CONFIRMED, ${TOTAL - CAPACITY} WAITLISTED, strict waiting-list order): ${countsPass ? "PASS" : "FAIL"}`);
  if (!countsPass) console.log(`  failed checks: ${Object.keys(checks).filter((k) => !checks[k]).join(", ")}`);
  const failed = [...signUp.posts.samples, ...confirm.posts.samples].filter((s) => s.status !== 303);
  if (failed.length) console.log(`  e.g. a non-303 answer: HTTP ${failed[0].status} ${failed[0].body.slice(0, 300)}`);

  const drop = ({ samples, ...rest }) => rest;
  const results = {
    machine,
    settings: { total: TOTAL, capacity: CAPACITY, concurrency: CONCURRENCY, floorDurationSeconds: DURATION },
    signUp: { pages: drop(signUp.pages), posts: drop(signUp.posts), ok: signUp.ok },
    confirm: { pages: drop(confirm.pages), posts: drop(confirm.posts), ok: confirm.ok },
    combined,
    floor,
    floorAfter,
    floorMean50,
    actionFloor: drop(actionFloor),
    rawInsert,
    ratio,
    target: { vsFloorPct: TARGET_PCT, met: targetMet },
    counts,
    distinctWaitlistedAt,
    mails: Object.fromEntries(mails.map((m) => [m.kind, m.n])),
    checks,
    countsPass,
  };
  const file = writeResult("registrations", results);
  console.log(`\nwritten ${file}`);
  if (!countsPass) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
