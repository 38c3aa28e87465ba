import path from "node:path";
import { defineConfig } from "vitest/config";

// `npm run test:resilience`: the production build under faults and load (two instances, PostgreSQL restarted, the
// mail server down, bad configuration at boot). Runs `next start` on the build in .next; builds it when missing.
export default defineConfig({
  resolve: { alias: { "@": path.resolve("src") } },
  test: {
    include: ["tests/resilience/**/*.test.ts"],
    globalSetup: ["tests/resilience/support/build.ts"],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 240_000,
    pool: "forks",
  },
});
