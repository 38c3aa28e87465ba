import "dotenv/config";
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Offline machines cannot download Prisma's native schema engine, so every CLI command that needs it
// (migrate deploy/dev/status/diff/reset) runs our wasm-backed stand-in. `??=` keeps a real binary selectable.
// See docs/decisions/001-offline-prisma-schema-engine.md.
const shim = path.resolve("scripts/schema-engine-shim.mjs");
try {
  fs.chmodSync(shim, 0o755); // Prisma spawns it directly
} catch {}
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= shim;
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  // process.env, not env(): env() throws when unset, which would break `prisma generate` on a fresh clone
  datasource: { url: process.env.DATABASE_URL ?? "", shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL },
});
