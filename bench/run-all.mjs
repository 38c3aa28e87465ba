#!/usr/bin/env node
// `npm run bench`: every benchmark against one production build, then ONE table of the figures, each next to its
// target with met / NOT met.
// Builds once (`next build`; with BENCH_SKIP_BUILD=1 the existing build in .next is used), runs each bench script in
// turn as a child process (each creates and drops its own database and stops its own servers), then reads the JSON
// each wrote to bench/results/ during this run and prints the table. A script that fails is reported and the rest
// still run; the exit code is 1 if any failed (a missed target is a figure, not a failure).
// Writes bench/results/summary-<timestamp>.json (the table's rows).
//
// Usage: npm run bench [-- --only lighthouse,bundle-size] [-- --table] [-- --markdown]
//   --only a,b   run only these scripts (names as in bench/<name>.mjs); the table shows what they wrote
//   --table      run nothing: the table of the newest results already in bench/results/
//   --markdown   the table as Markdown (for bench/README.md)
// Env: BENCH_SKIP_BUILD=1, and each script's own (bench/README.md).
import { spawn } from "node:child_process";
import { hasBuild, loadAverage, machineInfo, newestResult, nextBuild, writeResult } from "./support/harness.mjs";

// Cheap first, so a broken set-up shows within a minute; the long throughput runs after.
const SCRIPTS = ["bundle-size", "lighthouse", "admin-dashboard", "admin-registrations", "registrations", "public-pages"];

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const onlyArg = args.find((a) => a.startsWith("--only"));
const only = onlyArg ? (onlyArg.includes("=") ? onlyArg.split("=")[1] : args[args.indexOf(onlyArg) + 1]).split(",") : null;
for (const name of only ?? []) if (!SCRIPTS.includes(name)) throw new Error(`unknown bench "${name}"; one of ${SCRIPTS.join(", ")}`);

function run(script) {
  return new Promise((resolve) => {
    // Its own process group: Ctrl-C reaches it (it cleans up itself) and we wait for it.
    const child = spawn(process.execPath, [`bench/${script}.mjs`], { stdio: "inherit", env: { ...process.env, BENCH_SKIP_BUILD: "1" } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

// --- run -----------------------------------------------------------------------------------------------------------
const startedAt = new Date().toISOString().replace(/[:.]/g, "-");
const steps = [];
let interrupted = false;
process.on("SIGINT", () => (interrupted = true)); // the running child gets it too and cleans up; we stop after it

if (!flag("--table")) {
  if (process.env.BENCH_SKIP_BUILD === "1" && hasBuild()) console.log("BENCH_SKIP_BUILD=1: using the build in .next");
  else nextBuild();
  for (const script of SCRIPTS.filter((s) => !only || only.includes(s))) {
    if (interrupted) break;
    const load = { start: loadAverage() };
    const started = Date.now();
    console.log(`\n=== ${script} (load average ${load.start}) ${"=".repeat(60)}`);
    const code = await run(script);
    load.end = loadAverage();
    steps.push({ script, exitCode: code, seconds: Math.round((Date.now() - started) / 1000), load });
    if (code !== 0) console.error(`=== ${script} FAILED (exit ${code})`);
  }
}

// --- the table -----------------------------------------------------------------------------------------------------
/** The newest result of a script; in a run, only one written during it (never figures of an earlier run). */
function result(name) {
  const r = newestResult(name);
  if (!r) return null;
  const stamp = r.file.slice(r.file.lastIndexOf(`${name}-`) + name.length + 1, -".json".length);
  if (!flag("--table") && stamp < startedAt) return null;
  return r;
}

const rows = [];
const fmt = (n, digits = 0) => (n === undefined || n === null ? "?" : Number(n).toLocaleString("en-US", { maximumFractionDigits: digits }).replace(/,/g, " "));
const add = (section, figure, value, target, met) => rows.push({ section, figure, value, target, status: met === null ? "" : met ? "met" : "NOT met" });
const missing = (section, name) => add(section, `no result from bench/${name}.mjs in this run`, "", "", false);
const sources = {};

const pub = result("public-pages");
if (pub) {
  sources.publicPages = pub.file;
  const { results: r, ratios } = pub.data;
  for (const c of Object.keys(ratios)) {
    const q = ratios[c];
    if (q.floorSegmentVsFloor !== undefined) add("public pages", `the bare page under a dynamic ISR segment vs bare Next page, ${c} conn.`, `${fmt(r[c].floorSegment.reqPerSec)} / ${fmt(r[c].floor.reqPerSec)} req/s = ${q.floorSegmentVsFloor} %`, "(reference)", null);
    add("public pages", `home /pl vs bare Next page, ${c} conn.`, `${fmt(r[c].home.reqPerSec)} / ${fmt(r[c].floor.reqPerSec)} req/s = ${q.homeVsFloor} %`, "≥ 90 %", q.homeVsFloor >= 90);
    add("public pages", `event page vs bare Next page, ${c} conn.`, `${fmt(r[c].event.reqPerSec)} / ${fmt(r[c].floor.reqPerSec)} req/s = ${q.eventVsFloor} %`, "≥ 90 %", q.eventVsFloor >= 90);
    add("public pages", `nginx front /pl vs static file, ${c} conn.`, `${fmt(r[c].frontHome.reqPerSec)} / ${fmt(r[c].static.reqPerSec)} req/s = ${q.frontHomeVsStatic} %`, "≥ 70 %", q.frontHomeVsStatic >= 70);
    add("public pages", `nginx front event vs static file, ${c} conn.`, `${fmt(r[c].frontEvent.reqPerSec)} / ${fmt(r[c].staticEvent.reqPerSec)} req/s = ${q.frontEventVsStatic} %`, "≥ 70 %", q.frontEventVsStatic >= 70);
  }
} else missing("public pages", "public-pages");

const reg = result("registrations");
if (reg) {
  sources.registrations = reg.file;
  const d = reg.data;
  const total = d.settings.total;
  add("registrations", `${total} sign-ups + ${total} confirms vs framework floor, 50 conn.`, `${fmt(d.combined.reqPerSec, 1)} / ${fmt(d.floorMean50 ?? d.floor[50].reqPerSec)} req/s = ${d.ratio.vsFloor50} %`, "≥ 50 %", d.target.met);
  add("registrations", "  the same vs raw single-row INSERT tx (pg)", `${fmt(d.combined.reqPerSec, 1)} / ${fmt(d.rawInsert.reqPerSec)} tx/s = ${Math.round((d.combined.reqPerSec / d.rawInsert.reqPerSec) * 1000) / 10} %`, "(reference)", null);
  add("registrations", `final counts (${d.settings.capacity} places)`, `${d.counts.CONFIRMED ?? 0} confirmed, ${d.counts.WAITLISTED ?? 0} waitlisted, ${d.distinctWaitlistedAt} distinct waitlistedAt`, `exactly ${d.settings.capacity} / ${total - d.settings.capacity}`, d.countsPass);
} else missing("registrations", "registrations");

const adm = result("admin-registrations");
if (adm) {
  sources.adminRegistrations = adm.file;
  const d = adm.data;
  const ms = (s) => `p50 ${fmt(s.p50ms)} / p99 ${fmt(s.p99ms)} ms`;
  add("admin", `sign-up list, search + filter, ${fmt(d.rows)} rows`, ms(d.list), "< 150 ms", d.list.p50ms < 150 && d.list.p99ms < 150);
  add("admin", "sign-up list, no filter", ms(d.plain), "< 150 ms", d.plain.p50ms < 150 && d.plain.p99ms < 150);
  for (const e of d.exports.filter((e) => !e.q)) {
    add("admin", `${e.format.toUpperCase()} export, ${fmt(e.rows)} rows`, `${(e.bytes / 1e6).toFixed(1)} MB in ${e.seconds} s, RSS +${e.peakIncreaseMb} MB (${e.rssBeforeMb} → ${e.peakRssMb})`, "< 150 MB over idle", e.peakIncreaseMb < 150);
  }
} else missing("admin", "admin-registrations");

const dash = result("admin-dashboard");
if (dash) {
  sources.adminDashboard = dash.file;
  const labels = { overviewAll: "dashboard, admin, all events", overviewEvent: "dashboard, admin, the event", overviewCoordinatorRegion: "dashboard, coordinator, own region", reportEventCounts: "report pack counts, the event" };
  for (const [key, s] of Object.entries(dash.data.results)) add("admin", `${labels[key] ?? key} (data functions)`, `p50 ${fmt(s.p50ms)} / p99 ${fmt(s.p99ms)} ms`, "< 150 ms", s.p50ms < 150 && s.p99ms < 150);
} else missing("admin", "admin-dashboard");

const js = result("bundle-size");
if (js) {
  sources.bundleSize = js.file;
  const d = js.data;
  const route = (r) => d.routes.find((x) => x.route === r);
  add("first-load JS", "framework (bare /bench-floor page), gzip", `${d.framework.gzipKb} KB`, "(reference)", null);
  for (const r of ["/[locale]", "/[locale]/events/[slug]", "/[locale]/events/[slug]/register"].map(route).filter(Boolean)) {
    add("first-load JS", `ours on ${r.route}`, `${r.ownKb} KB (${r.firstLoadKb} KB in all)`, `≤ ${r.targetKb} KB`, r.met);
  }
  for (const area of ["content", "form"]) {
    const group = d.routes.filter((r) => r.area === area);
    const s = d.summary[area];
    add("first-load JS", `ours, largest of ${group.length} ${area} pages`, `${s.maxOwnKb} KB (${s.route})`, `≤ ${s.targetKb} KB`, s.met);
  }
} else missing("first-load JS", "bundle-size");

const lh = result("lighthouse");
if (lh) {
  sources.lighthouse = lh.file;
  const { results, targets } = lh.data;
  const names = { performance: "performance", accessibility: "accessibility", "best-practices": "best practices", seo: "SEO" };
  for (const [key, r] of Object.entries(results)) {
    for (const c of Object.keys(targets)) {
      const failing = (r.failing[c] ?? []).filter((a) => c !== "performance" || a.weight > 0).map((a) => a.id);
      const detail = c === "performance" ? ` (runs ${r.performanceRuns.join(", ")})` : failing.length ? ` (${failing.join(", ")})` : "";
      add("Lighthouse mobile", `${r.url.replace(/\/events\/[^/]+/, "/events/<slug>")}: ${names[c]}`, `${r.scores[c]}${detail}`, targets[c] === 100 ? "100" : `≥ ${targets[c]}`, r.met[c]);
    }
  }
  add("Lighthouse mobile", "<slug>", (results.event?.url ?? "").split("/events/")[1] ?? "", "", null);
} else missing("Lighthouse mobile", "lighthouse");

// --- print ---------------------------------------------------------------------------------------------------------
const machine = { date: new Date().toISOString(), ...machineInfo(), loadAverage1m: loadAverage() };
const loads = steps.map((s) => `${s.script} ${s.load.start}→${s.load.end}`).join(", ");
console.log(`\n${machine.date} · ${machine.cores} cores (${machine.cpu}) · Node ${machine.node} · Next ${machine.next}`);
if (steps.length) console.log(`load average (1 min) at the start and end of each bench: ${loads}`);
const visible = only ? rows.filter((r) => !r.figure.startsWith("no result")) : rows;
if (flag("--markdown")) {
  console.log("\n| | figure | value | target | |\n| --- | --- | --- | --- | --- |");
  const md = (text) => text.trim().replace(/\|/g, "\\|").replace(/</g, "&lt;");
  let last;
  for (const r of visible) {
    console.log(`| ${last === r.section ? "" : r.section} | ${md(r.figure)} | ${md(r.value)} | ${r.target} | ${r.status === "NOT met" ? "**NOT met**" : r.status} |`);
    last = r.section;
  }
} else {
  const width = (k) => Math.max(...visible.map((r) => r[k].length), 0);
  const [s, f, v, t] = ["section", "figure", "value", "target"].map(width);
  console.log("");
  let last;
  for (const r of visible) {
    if (last && last !== r.section) console.log("");
    console.log(`${(last === r.section ? "" : r.section).padEnd(s)}  ${r.figure.padEnd(f)}  ${r.value.padEnd(v)}  ${r.target.padEnd(t)}  ${r.status}`);
    last = r.section;
  }
}
const failed = steps.filter((s) => s.exitCode !== 0);
if (failed.length) console.log(`\nFAILED: ${failed.map((s) => `bench/${s.script}.mjs (exit ${s.exitCode})`).join(", ")}`);
if (steps.length) console.log(`\nwritten ${writeResult("summary", { machine, steps, sources, rows })}`);
if (failed.length || interrupted) process.exitCode = 1;
