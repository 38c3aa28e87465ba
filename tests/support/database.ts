// Fresh PostgreSQL databases for test runs: created from TEST_DATABASE_URL's server, migrated with the
// project's own migrations (through the offline schema-engine stand-in), dropped afterwards.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";

export const baseUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function databaseUrl(name: string, base = baseUrl) {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(sql: string, base = baseUrl) {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createDatabase(prefix = "komm_test") {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await admin(`CREATE DATABASE "${name}"`);
  return { name, url: databaseUrl(name) };
}

export async function dropDatabase(name: string) {
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** Runs a Prisma CLI command against `url`, as `npm run db:deploy` would. */
export function prismaCli(args: string[], url: string, input?: string) {
  return execFileSync("node_modules/.bin/prisma", args, {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
    input,
    stdio: ["pipe", "pipe", "pipe"],
  });
}

export async function createMigratedDatabase(prefix?: string) {
  const database = await createDatabase(prefix);
  prismaCli(["migrate", "deploy"], database.url);
  return database;
}
