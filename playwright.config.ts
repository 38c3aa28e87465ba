import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;
// The e2e server's database, named here so that test workers (which inherit this environment) can read and count
// rows in it (tests/e2e/database.ts); the server creates it and drops it on exit.
process.env.E2E_DATABASE_NAME ??= `komm_e2e_${randomBytes(6).toString("hex")}`;

// Debian's Chromium (see README: `npx playwright install` cannot download browsers on these machines).
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: { baseURL, launchOptions, trace: "retain-on-failure" },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, grep: /@phone/ },
  ],
  webServer: {
    // Fresh database, migrations, seed, production build and `next start`; the database is dropped on exit.
    command: "node tests/support/e2e-server.mjs",
    url: `${baseURL}/pl`,
    timeout: 400_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: { E2E_PORT: String(port), E2E_DATABASE_NAME: process.env.E2E_DATABASE_NAME },
  },
});
