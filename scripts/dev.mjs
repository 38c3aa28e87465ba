#!/usr/bin/env node
// `npm run dev`: the portal with demo content at http://localhost:3000, no setup needed.
// Uses DATABASE_URL (from the environment or .env) when set, else the embedded database of scripts/dev-db.mjs.
// Migrations and the idempotent seed run first. With arguments, runs those instead of the dev server
// (e.g. `npm run db:migrate` = `prisma migrate dev` against the same database).
import "dotenv/config";
import { spawn } from "node:child_process";

const defaults = {
  SEED_DEMO: "1",
  ADMIN_EMAIL: "admin@komm.local",
  ADMIN_PASSWORD: "komm-demo-admin",
  AUTH_SECRET: "dev-only-secret-not-for-production-0000",
  APP_URL: `http://localhost:${process.env.PORT ?? 3000}`,
  MAIL_FROM: "KOMM <no-reply@komm.local>",
  NEXT_TELEMETRY_DISABLED: "1",
};
const env = { ...defaults, ...process.env, PATH: `node_modules/.bin:${process.env.PATH}` };

const banner = `echo "\\n  KOMM portal: ${env.APP_URL}\\n  Demo admin login: ${env.ADMIN_EMAIL} / ${env.ADMIN_PASSWORD}\\n"`;
const app = process.argv.length > 2 ? process.argv.slice(2).join(" ") : `prisma migrate deploy && tsx prisma/seed.ts && ${banner} && next dev`;
const [cmd, args] = process.env.DATABASE_URL ? ["sh", ["-c", app]] : [process.execPath, ["scripts/dev-db.mjs", app]];
const child = spawn(cmd, args, { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
