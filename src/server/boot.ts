import pg from "pg";
import { parseEnv, type Env } from "@/lib/env-schema";

// What the server checks before it takes its first request. A bad deploy stops here, with one line that names the
// variable, and a non-zero exit, instead of failing on the first visitor's request.

/** Connection errors that waiting will not fix: wrong password, unknown role or database, bad TLS settings. */
const PERMANENT = new Set(["28P01", "28000", "3D000", "3F000", "42501"]);

function describe(error: unknown) {
  const e = error as { code?: string; message?: string };
  const message = e.message?.split("\n")[0] || "no answer";
  return e.code && !message.includes(e.code) ? `${e.code}: ${message}` : message;
}

/** Where DATABASE_URL points, without its password. */
function target(url: string) {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "(unparseable URL)";
  }
}

/**
 * Connects once to DATABASE_URL. A server that is still starting (connection refused, timeout) is retried for
 * `waitMs`; a permanent error (authentication, missing database) fails at once.
 */
export async function checkDatabase(url: string, { waitMs = 10_000 } = {}): Promise<string | undefined> {
  const until = Date.now() + waitMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return undefined;
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      if (PERMANENT.has(code) || Date.now() >= until) return `DATABASE_URL: cannot connect to ${target(url)} (${describe(error)})`;
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      await client.end().catch(() => {});
    }
  }
}

/** Parses the environment and reaches the database; returns the one-line reason the server cannot start, if any. */
export async function bootProblem(source: Record<string, string | undefined>): Promise<string | undefined> {
  let env: Env;
  try {
    env = parseEnv(source);
  } catch (error) {
    return (error as Error).message;
  }
  // The embedded development database (npm run dev) is started by the same script, and serves one connection.
  if (source.PGLITE) return undefined;
  return checkDatabase(env.DATABASE_URL, { waitMs: Number(source.BOOT_DATABASE_WAIT_MS || 10_000) });
}

/** At boot: stops the process with one line on stderr and exit code 1 when it cannot serve. */
export async function exitUnlessBootable(source: Record<string, string | undefined>) {
  const problem = await bootProblem(source);
  if (!problem) return;
  console.error(`KOMM cannot start: ${problem}`);
  process.exit(1);
}
