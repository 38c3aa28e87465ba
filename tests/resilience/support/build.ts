import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * The resilience tests run the production build. `npm test` runs them right after the browser tests, which have just
 * built it; run alone (`npm run test:resilience`), they build first unless RESILIENCE_SKIP_BUILD=1 and a build exists.
 */
export default function setup() {
  if (process.env.RESILIENCE_SKIP_BUILD === "1" && existsSync(".next/BUILD_ID")) return;
  execFileSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}
