// What every bench script does around its measurements: a throw-away database (komm_bench_<random>, dropped at the
// end, also on an error or Ctrl-C), child processes in their own process groups (stopped at the end), free ports,
// waiting for a server, the production build's presence, and writing bench/results/<name>-<timestamp>.json.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
process.chdir(root);

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// --- cleanup -------------------------------------------------------------------------------------------------------
const cleanups = [];
let cleaning;
let signalsHandled = false;
/**
 * Registers fn to run once at the end (last registered first): call `cleanup()` in a `finally`; on SIGINT/SIGTERM it
 * runs and the process exits.
 */
export function onCleanup(fn) {
  cleanups.push(fn);
  if (signalsHandled) return;
  signalsHandled = true;
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping`);
      cleanup().finally(() => process.exit(130));
    });
  }
}
export function cleanup() {
  cleaning ??= (async () => {
    while (cleanups.length) await cleanups.pop()().catch((e) => console.error(e));
  })();
  return cleaning;
}

// --- database ------------------------------------------------------------------------------------------------------
export async function withClient(connectionString, fn) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database komm_bench_<random> on TEST_DATABASE_URL's server (a role that may create databases), dropped at
 * cleanup. `query` runs SQL in it; `admin` on the server's default database.
 */
export async function createBenchDatabase() {
  const base = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `komm_bench_${randomBytes(6).toString("hex")}`;
  const url = new URL(base);
  url.pathname = `/${name}`;
  const admin = (sql) => withClient(base, (c) => c.query(sql));
  await admin(`CREATE DATABASE "${name}"`);
  onCleanup(() => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  return { name, url: url.toString(), admin, query: (sql, params) => withClient(url.toString(), (c) => c.query(sql, params)) };
}

/** The committed migrations, then the seed (content, the administrator from env, demo data when SEED_DEMO=1). */
export function migrateAndSeed(env) {
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { stdio: "inherit", env });
  execFileSync("node_modules/.bin/tsx", ["prisma/seed.ts"], { stdio: "inherit", env });
}

// --- processes -----------------------------------------------------------------------------------------------------
/** The preferred port if it is free, else any free one (port 0: any). */
export function freePort(preferred = 0) {
  const tryListen = (port) =>
    new Promise((resolve, reject) => {
      const server = net.createServer().once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const { port: got } = server.address();
        server.close(() => resolve(got));
      });
    });
  return tryListen(preferred).catch(() => tryListen(0));
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {}
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {}
  }, 5000);
  await exited;
  clearTimeout(timer);
}

/** Starts a child in its own process group (stopping it also stops anything it spawned); stopped at cleanup. */
export function startChild(command, args, env) {
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "inherit", "inherit"] });
  onCleanup(() => stopChild(child));
  return child;
}

/** `next start` of the production build in .next on 127.0.0.1:port. */
export function startNext(port, env) {
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops (open it in Chrome's DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  return startChild(process.execPath, [...profile, "node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    ...env,
    PORT: String(port),
  });
}

/** Waits until url answers `ok(status)` (default: 2xx). */
export async function waitFor(url, what, { seconds = 60, ok = (status) => status >= 200 && status < 300 } = {}) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      if (ok((await fetch(url, { redirect: "manual" })).status)) return;
    } catch {}
    await sleep(250);
  }
  throw new Error(`${what} did not answer ${url} within ${seconds} s`);
}

/** The environment of a bench's `next start` (and of migrate/seed) against `databaseUrl`. */
export function appEnv(databaseUrl, extra = {}) {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "bench-secret-bench-secret-bench-secret-00",
    NEXT_TELEMETRY_DISABLED: "1",
    // A web-only process: the outbox/periodic-jobs worker would add its own database polls to what is measured.
    DISABLE_WORKER: "1",
    ...extra,
  };
}

/** One autocannon measurement (keep-alive, no compression), in this process. */
export function autocannonRun(url, connections, duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

// --- build ---------------------------------------------------------------------------------------------------------
export const hasBuild = () => existsSync(".next/BUILD_ID");

export function nextBuild() {
  // As a deployment builds: with an APP_URL, so the hreflang Link headers are absolute (next.config.ts).
  const env = { APP_URL: "http://localhost:3000", ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  execFileSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env });
}

/**
 * Makes sure .next holds a production build: builds with --build, or when there is none (unless BENCH_SKIP_BUILD=1,
 * which fails instead). `routes`: app routes the build must contain (the bench's reference pages).
 */
export function ensureBuild({ routes = [] } = {}) {
  if (process.argv.includes("--build") || (!hasBuild() && process.env.BENCH_SKIP_BUILD !== "1")) nextBuild();
  else if (!hasBuild()) throw new Error("no production build in .next: run `npm run build` first (or pass --build)");
  const built = Object.values(JSON.parse(readFileSync(".next/app-path-routes-manifest.json", "utf8")));
  for (const route of routes) if (!built.includes(route)) throw new Error(`the build in .next has no ${route}: rebuild it (--build)`);
}

// --- results -------------------------------------------------------------------------------------------------------
const RESULTS = "bench/results";
const round2 = (x) => Math.round(x * 100) / 100;

/** The 1-minute load average now; other work on a shared machine skews every figure, so it is kept with them. */
export const loadAverage = () => round2(os.loadavg()[0]);

export function machineInfo() {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "?",
    node: process.version,
    next: JSON.parse(readFileSync("node_modules/next/package.json", "utf8")).version,
  };
}

/** Writes bench/results/<name>-<timestamp>.json and returns its path. */
export function writeResult(name, data) {
  mkdirSync(RESULTS, { recursive: true });
  const file = `${RESULTS}/${name}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  writeFileSync(file, JSON.stringify(data, null, 2) + "\n");
  return file;
}

/** The newest bench/results/<name>-<timestamp>.json as { file, data }, or null (timestamps sort as text). */
export function newestResult(name) {
  if (!existsSync(RESULTS)) return null;
  const pattern = new RegExp(`^${name}-\\d{4}-\\d\\d-\\d\\dT[\\d-]+Z\\.json$`);
  const file = readdirSync(RESULTS).filter((f) => pattern.test(f)).sort().at(-1);
  return file ? { file: `${RESULTS}/${file}`, data: JSON.parse(readFileSync(`${RESULTS}/${file}`, "utf8")) } : null;
}
