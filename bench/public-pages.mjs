#!/usr/bin/env node
// Throughput of the public pages, measured against two limits on the same machine:
//   - the framework floor: a bare prerendered page (/bench-floor) of the same Next build. Home and event pages
//     are ISR (docs/decisions/004); once cached they should cost about what the floor costs (target ≥ 90 %).
//   - nginx serving the same pages' HTML as static files. deploy/nginx.conf in front of Next should answer
//     cached pages at close to that (target ≥ 70 %).
// One run: fresh database (dropped at the end), migrate, seed with demo data, `next start` on the existing
// production build (`npm run build` first; `--build` runs `next build` here), nginx with a generated config,
// autocannon at 10 and 50 connections. Prints a table and writes bench/results/public-pages-<timestamp>.json.
//
// Usage: npm run build && node bench/public-pages.mjs [--build]
// Env: BENCH_DURATION (s per measurement, default 8), BENCH_ROUNDS (default 3, the best counts),
// BENCH_SKIP_BUILD=1 (never build), TEST_DATABASE_URL (a role that may create databases).
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const NGINX = "/usr/sbin/nginx";
const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const WARMUP = 2;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = [10, 50];
const HOME = "/pl";
const EVENT = "/pl/events/pierwsze-spotkanie-sieciujace-komm";

const base = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const dbName = `komm_bench_${randomBytes(6).toString("hex")}`;
const dbUrl = new URL(base);
dbUrl.pathname = `/${dbName}`;
const tmp = mkdtempSync(path.join(os.tmpdir(), "komm-bench-"));
chmodSync(tmp, 0o755); // nginx workers run as `nobody` and must read the static files

let dbCreated = false;
const children = [];

async function admin(sql) {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The preferred port if it is free, else any free one. */
function freePort(preferred) {
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

/** Starts a child in its own process group, so stopping it also stops anything it spawned. */
function start(command, args, env) {
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "inherit", "inherit"] });
  children.push(child);
  return child;
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

let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    await Promise.all(children.map(stopChild));
    if (dbCreated) await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch((e) => console.error(e));
    rmSync(tmp, { recursive: true, force: true });
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping`);
    cleanup().finally(() => process.exit(130));
  });
}

async function waitFor(url, what, seconds = 60) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer ${url} within ${seconds} s`);
}

/**
 * A few sequential requests, so that ISR has rendered and cached the page. Returns the cache headers of each
 * (x-nextjs-cache: MISS = rendered now, HIT = from Next's cache, STALE = from cache while re-rendering).
 */
async function warm(url, times = 5) {
  let res;
  const seen = [];
  for (let i = 0; i < times; i++) {
    res = await fetch(url, { redirect: "manual" });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    seen.push([res.headers.get("x-nextjs-cache"), res.headers.get("x-cache-status")].filter(Boolean).join("/") || "-");
    await new Promise((r) => setTimeout(r, 100)); // room for a background re-render to finish
  }
  return {
    seen: seen.join(" "),
    nextCache: res.headers.get("x-nextjs-cache"),
    nginxCache: res.headers.get("x-cache-status"),
    cacheControl: res.headers.get("cache-control"),
    setCookie: res.headers.has("set-cookie"),
  };
}

/** deploy/nginx.conf with the bench's upstream, listen address and cache dir; fails loudly if the file drifted. */
function frontConfig(nextPort, frontPort) {
  let conf = readFileSync("deploy/nginx.conf", "utf8");
  const sub = (pattern, replacement, what) => {
    if (!pattern.test(conf)) throw new Error(`deploy/nginx.conf: ${what} not found (bench substitution)`);
    pattern.lastIndex = 0;
    conf = conf.replace(pattern, replacement);
  };
  sub(/server 127\.0\.0\.1:3000;/g, `server 127.0.0.1:${nextPort};`, "upstream `server 127.0.0.1:3000;`");
  sub(/\/var\/cache\/nginx\/komm/g, `${tmp}/cache/komm`, "cache path /var/cache/nginx/komm");
  let first = true;
  sub(/^[ \t]*listen[ \t][^;]*;[^\n]*\n/gm, (line) => {
    if (!first) return ""; // one loopback listener instead of the production ones (80, [::]:80)
    first = false;
    return `    listen 127.0.0.1:${frontPort};\n`;
  }, "listen lines");
  return conf;
}

function nginxConfig({ nextPort, staticPort, frontPort }) {
  // nginx creates the last directory of these paths, not their parents
  for (const dir of ["temp", "cache"]) mkdirSync(path.join(tmp, dir), { recursive: true });
  return `# generated by bench/public-pages.mjs
worker_processes auto;
pid ${tmp}/nginx.pid;
error_log ${tmp}/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;    # as in Debian's /etc/nginx/nginx.conf, which deploy/nginx.conf is included into
    tcp_nopush on;
    default_type text/html;
    # Node never closes a keep-alive connection; nginx's default is after 1000 requests. Same for both here.
    keepalive_requests 1000000;
    client_body_temp_path ${tmp}/temp/body;
    proxy_temp_path ${tmp}/temp/proxy;
    fastcgi_temp_path ${tmp}/temp/fastcgi;
    uwsgi_temp_path ${tmp}/temp/uwsgi;
    scgi_temp_path ${tmp}/temp/scgi;

    # The limit: the pages' HTML as files.
    server {
        listen 127.0.0.1:${staticPort};
        root ${tmp}/www;
        location / { }
    }

    # deploy/nginx.conf, rewritten for this run
${frontConfig(nextPort, frontPort)}
}
`;
}

function measure(url, connections, duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

// Other work on the machine (builds, browser tests) skews every figure: the load average is kept with the results.
const loadAtStart = os.loadavg()[0];
const pct = (a, b) => Math.round((a / b) * 1000) / 10;

try {
  // --- build ---------------------------------------------------------------------------------------------
  const hasBuild = existsSync(".next/BUILD_ID");
  if (process.argv.includes("--build") || (!hasBuild && process.env.BENCH_SKIP_BUILD !== "1")) {
    execFileSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  } else if (!hasBuild) {
    throw new Error("no production build in .next: run `npm run build` first (or pass --build)");
  }
  const routes = JSON.parse(readFileSync(".next/app-path-routes-manifest.json", "utf8"));
  if (!Object.values(routes).includes("/bench-floor")) throw new Error("the build in .next has no /bench-floor: rebuild it");

  // --- database ------------------------------------------------------------------------------------------
  const env = {
    ...process.env,
    DATABASE_URL: dbUrl.toString(),
    AUTH_SECRET: "bench-secret-bench-secret-bench-secret-00",
    SEED_DEMO: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    // A web-only process: the outbox/periodic-jobs worker would add its own database polls to what is measured.
    DISABLE_WORKER: "1",
  };
  await admin(`CREATE DATABASE "${dbName}"`);
  dbCreated = true;
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { stdio: "inherit", env });
  execFileSync("node_modules/.bin/tsx", ["prisma/seed.ts"], { stdio: "inherit", env });

  // --- servers -------------------------------------------------------------------------------------------
  const nextPort = await freePort(3801);
  const staticPort = await freePort(3802);
  const frontPort = await freePort(3803);
  const next = `http://127.0.0.1:${nextPort}`;
  const nginxStatic = `http://127.0.0.1:${staticPort}`;
  const front = `http://127.0.0.1:${frontPort}`;

  start(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(nextPort), "-H", "127.0.0.1"], {
    ...env,
    APP_URL: next,
    PORT: String(nextPort),
  });
  await waitFor(`${next}/bench-floor`, "next start");

  const cache = {
    floor: await warm(`${next}/bench-floor`),
    home: await warm(`${next}${HOME}`),
    event: await warm(`${next}${EVENT}`),
  };
  // The limit for the caching front: the same bytes as a file. The event page gets its own file, as it is a
  // third the size of the home page and response size is much of the cost.
  mkdirSync(path.join(tmp, "www"), { recursive: true });
  for (const [file, page] of [["static.html", HOME], ["static-event.html", EVENT]]) {
    writeFileSync(path.join(tmp, "www", file), Buffer.from(await (await fetch(`${next}${page}`)).arrayBuffer()));
  }

  writeFileSync(path.join(tmp, "nginx.conf"), nginxConfig({ nextPort, staticPort, frontPort }));
  const nginxArgs = ["-p", tmp, "-c", path.join(tmp, "nginx.conf"), "-e", path.join(tmp, "error.log")];
  execFileSync(NGINX, [...nginxArgs, "-t", "-q"], { stdio: "inherit" }); // the rewritten production config must be valid
  start(NGINX, [...nginxArgs, "-g", "daemon off;"], process.env);
  await waitFor(`${nginxStatic}/static.html`, "nginx");
  cache.frontHome = await warm(`${front}${HOME}`);
  cache.frontEvent = await warm(`${front}${EVENT}`);

  console.log("\nWarm-up, 5 requests each: x-nextjs-cache[/x-cache-status of nginx]");
  for (const [name, c] of Object.entries(cache)) {
    console.log(
      `  ${name.padEnd(10)} ${c.seen.padEnd(48)} set-cookie=${c.setCookie ? "yes" : "no"} cache-control="${c.cacheControl ?? ""}"`,
    );
  }

  // --- measurements --------------------------------------------------------------------------------------
  // autocannon runs in this process: the script itself is idle while it measures, so a worker thread or child
  // process would only move the same load elsewhere. On a 2-core machine it competes with the server for CPU.
  const targets = [
    { key: "floor", label: "(a) Next /bench-floor", url: `${next}/bench-floor` },
    { key: "home", label: "(b) Next /pl (home)", url: `${next}${HOME}` },
    { key: "event", label: "(c) Next event page", url: `${next}${EVENT}` },
    { key: "static", label: "(d) nginx static home HTML", url: `${nginxStatic}/static.html` },
    { key: "staticEvent", label: "(d') nginx static event HTML", url: `${nginxStatic}/static-event.html` },
    { key: "frontHome", label: "(e) nginx front /pl", url: `${front}${HOME}` },
    { key: "frontEvent", label: "(f) nginx front event page", url: `${front}${EVENT}` },
  ];
  // Each target is measured ROUNDS times, rounds in alternating order, and the best round counts: other work on
  // a shared machine only ever slows a round down. Every round's req/s is kept in the JSON.
  const results = {};
  for (const connections of CONNECTIONS) {
    results[connections] = {};
    for (let round = 1; round <= ROUNDS; round++) {
      for (const target of round % 2 ? targets : [...targets].reverse()) {
        process.stdout.write(`round ${round}/${ROUNDS}: ${target.label} at ${connections} connections … `);
        await measure(target.url, connections, WARMUP);
        const r = await measure(target.url, connections, DURATION);
        const row = {
          reqPerSec: Math.round(r.requests.average),
          p50ms: r.latency.p50,
          p99ms: r.latency.p99,
          non2xx: r.non2xx,
          errors: r.errors + r.timeouts,
          bytesPerReq: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
        };
        const best = results[connections][target.key];
        const rounds = [...(best?.rounds ?? []), row.reqPerSec];
        results[connections][target.key] = { ...(best && best.reqPerSec >= row.reqPerSec ? best : row), rounds };
        console.log(`${row.reqPerSec} req/s`);
      }
    }
  }

  // --- report --------------------------------------------------------------------------------------------
  const machine = {
    date: new Date().toISOString(),
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "?",
    node: process.version,
    nginx: spawnSync(NGINX, ["-v"], { encoding: "utf8" }).stderr.trim(), // nginx -v prints to stderr
    next: JSON.parse(readFileSync("node_modules/next/package.json", "utf8")).version,
    durationSeconds: DURATION,
    rounds: ROUNDS,
    loadAverage1m: { start: Math.round(loadAtStart * 100) / 100, end: Math.round(os.loadavg()[0] * 100) / 100 },
  };
  console.log(`\n${machine.date} · ${machine.cores} cores (${machine.cpu}) · Node ${machine.node} · Next ${machine.next}`);
  console.log(`autocannon on the same machine as the servers · best of ${ROUNDS} rounds of ${DURATION} s, each after ${WARMUP} s warm-up`);
  console.log(`load average (1 min) at start ${machine.loadAverage1m.start}, at end ${machine.loadAverage1m.end}` +
    ` (the bench itself adds up to ~${machine.cores}; more means other work ran alongside)\n`);
  const ratios = {};
  for (const connections of CONNECTIONS) {
    const r = results[connections];
    console.log(`${connections} connections`);
    console.log("  target                          req/s   p50 ms   p99 ms  non-2xx  errors  bytes/req");
    for (const t of targets) {
      const x = r[t.key];
      console.log(
        `  ${t.label.padEnd(28)} ${String(x.reqPerSec).padStart(8)} ${String(x.p50ms).padStart(8)} ${String(x.p99ms).padStart(8)}` +
          ` ${String(x.non2xx).padStart(8)} ${String(x.errors).padStart(7)} ${String(x.bytesPerReq).padStart(10)}`,
      );
    }
    ratios[connections] = {
      homeVsFloor: pct(r.home.reqPerSec, r.floor.reqPerSec),
      eventVsFloor: pct(r.event.reqPerSec, r.floor.reqPerSec),
      frontHomeVsStatic: pct(r.frontHome.reqPerSec, r.static.reqPerSec),
      frontEventVsStatic: pct(r.frontEvent.reqPerSec, r.staticEvent.reqPerSec),
    };
    const q = ratios[connections];
    const mark = (v, target) => `${v} % (target ≥ ${target} %: ${v >= target ? "met" : "NOT met"})`;
    console.log(`  home  vs Next floor                ${mark(q.homeVsFloor, 90)}`);
    console.log(`  event vs Next floor                ${mark(q.eventVsFloor, 90)}`);
    console.log(`  front home  vs static home HTML    ${mark(q.frontHomeVsStatic, 70)}`);
    console.log(`  front event vs static event HTML   ${mark(q.frontEventVsStatic, 70)}\n`);
  }

  mkdirSync("bench/results", { recursive: true });
  const file = `bench/results/public-pages-${machine.date.replace(/[:.]/g, "-")}.json`;
  writeFileSync(file, JSON.stringify({ machine, cache, results, ratios, targets: { vsFloor: 90, vsStatic: 70 } }, null, 2) + "\n");
  console.log(`written ${file}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
