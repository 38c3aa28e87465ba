import { config } from "zod/mini";

// zod 4 compiles object parsers with `new Function` when it may, and probes for that when a schema is built. In the
// browser our Content-Security-Policy (no 'unsafe-eval') refuses it, and Chromium files a CSP violation for the
// probe. So in the browser zod runs without eval from the start. Every module that builds a zod schema imports this
// file first (src/lib/zod-config.test.ts checks), so the setting is in place before any schema exists. `config` is
// the one setting of zod's core that both APIs (classic `zod` and `zod/mini`) share; taken from zod/mini so that this
// import does not bring classic zod, with its default English messages, into every form's bundle.
if (typeof window !== "undefined") config({ jitless: true });
