#!/usr/bin/env node
// The server the browser tests run against, as in production: a fresh PostgreSQL database (dropped on exit),
// `prisma migrate deploy`, the seed with demo data, `next build` and `next start`, with the portal's mail going
// to an in-process SMTP capture server whose messages the tests read over HTTP (tests/e2e/mailbox.ts).
// E2E_SKIP_BUILD=1 reuses an existing .next build (local iteration only).
import { execSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import pg from "pg";
import { startMailbox } from "./mailbox-server.mjs";

const base = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = process.env.E2E_DATABASE_NAME ?? `komm_e2e_${randomBytes(6).toString("hex")}`;
const dbUrl = new URL(base);
dbUrl.pathname = `/${name}`;
const port = process.env.E2E_PORT ?? "3100";
const smtpPort = Number(process.env.MAILBOX_SMTP_PORT ?? 2526);
const mailboxHttpPort = Number(process.env.MAILBOX_HTTP_PORT ?? 3199);

async function admin(sql) {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const env = {
  ...process.env,
  DATABASE_URL: dbUrl.toString(),
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0000",
  APP_URL: `http://127.0.0.1:${port}`,
  MAIL_FROM: "KOMM <no-reply@komm.test>",
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  ADMIN_EMAIL: "admin@komm.test",
  ADMIN_PASSWORD: "e2e-admin-password",
  SEED_DEMO: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: port,
};
const run = (command) => execSync(command, { stdio: "inherit", env });

let server;
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch((e) => console.error(e));
  process.exit(code);
}
process.on("SIGTERM", () => stop(0));
process.on("SIGINT", () => stop(0));

try {
  await startMailbox({ smtpPort, httpPort: mailboxHttpPort });
  await admin(`CREATE DATABASE "${name}"`);
  run("node_modules/.bin/prisma migrate deploy");
  run("node_modules/.bin/tsx prisma/seed.ts");
  if (process.env.E2E_SKIP_BUILD !== "1" || !existsSync(".next/BUILD_ID")) run("node_modules/.bin/next build");
  server = spawn("node_modules/.bin/next", ["start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
  server.on("exit", (code) => stop(code ?? 1));
} catch (error) {
  console.error(error);
  await stop(1);
}
