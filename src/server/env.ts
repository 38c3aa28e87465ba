import "server-only";
import { parseEnv, type Env } from "@/lib/env-schema";

let cached: Env | undefined;

/** The parsed environment. Parsed on first use; `instrumentation.ts` touches it at boot so a bad deploy fails at once. */
export const env: Env = new Proxy({} as Env, {
  get(_, key: string) {
    cached ??= parseEnv(process.env);
    return cached[key as keyof Env];
  },
});
