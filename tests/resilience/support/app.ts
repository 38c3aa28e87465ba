// Production servers for the resilience tests: `next start` on the build in .next, as many instances as a test
// wants, each in its own process group with its output kept (to check that nothing sensitive is logged).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import pg from "pg";
import { databaseUrl } from "../../support/database";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** A fresh database on the server at `base`: migrated and seeded with the portal's content (no demo data). */
export async function freshDatabase(base: string, seedEnv: Record<string, string> = {}) {
  const name = `komm_resilience_${randomBytes(6).toString("hex")}`;
  await sql(base, `CREATE DATABASE "${name}"`);
  const url = databaseUrl(name, base);
  const env = { ...process.env, DATABASE_URL: url, SEED_DEMO: "", ...seedEnv };
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env, stdio: "pipe" });
  execFileSync("node_modules/.bin/tsx", ["prisma/seed.ts"], { env, stdio: "pipe" });
  return { name, url, drop: () => sql(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** A published online event open for sign-ups (registration opened yesterday, the meeting in 30 days). */
export async function insertEvent(url: string, slug: string, capacity: number) {
  const day = 24 * 3600_000;
  const now = Date.now();
  await sql(
    url,
    `INSERT INTO "Event" (id, slug, "titlePl", "summaryPl", "startsAt", "endsAt", format, capacity, "onlineMeetingUrl",
       "registrationOpensAt", "registrationClosesAt", status, "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'Spotkanie do testów odporności.', $3, $4, 'ONLINE', $5, $6, $7, $8, 'PUBLISHED', now())`,
    [slug, `Test: ${slug}`, new Date(now + 30 * day), new Date(now + 30 * day + 2 * 3600_000), capacity, `https://meet.example.org/${slug}-secret`, new Date(now - day), new Date(now + 29 * day)],
  );
}

export type App = {
  url: string;
  /** everything the server printed, stdout and stderr interleaved */
  output: () => string;
  exited: Promise<number | null>;
  stop: () => Promise<void>;
};

/** Starts `next start` with the given environment (DATABASE_URL, SMTP_URL, …) and, unless told not to, waits until it answers. */
export async function startApp(env: Record<string, string>, { wait = true } = {}): Promise<App> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "resilience-secret-resilience-secret-00",
      APP_URL: url,
      MAIL_FROM: "KOMM <no-reply@komm.test>",
      ...env,
      PORT: String(port),
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {}
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {}
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  const app = { url, output: () => output, exited, stop };
  if (!wait) return app;
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/pl/privacy`)).ok) return app;
    } catch {}
    if (Date.now() > until) {
      await stop();
      throw new Error(`next start did not answer within 60 s:\n${output}`);
    }
    await sleep(250);
  }
}
