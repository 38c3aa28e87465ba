import { createPrismaClient, type Db } from "../../src/server/prisma";

// The e2e server's own database (named in playwright.config.ts), for tests that must see what reached it, or seed
// rows no form can create. Same server as the e2e server: TEST_DATABASE_URL or the local default.
const base = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function e2eDatabaseUrl() {
  const name = process.env.E2E_DATABASE_NAME;
  if (!name) throw new Error("E2E_DATABASE_NAME is not set (playwright.config.ts sets it)");
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

let client: Db | undefined;
export function e2eDb(): Db {
  client ??= createPrismaClient(e2eDatabaseUrl(), 2);
  return client;
}

/** The AUTH_SECRET of tests/support/e2e-server.mjs: tests derive mail links (HMAC tokens) from it. */
export const E2E_AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret-0000";
