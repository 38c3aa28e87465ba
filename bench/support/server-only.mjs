// Lets plain Node (through tsx) import the server-only data access layer, as vitest's alias does in the tests:
// 'server-only' throws outside React Server Components, so it is resolved to an empty module here.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
        return next(specifier, context);
      }`,
    ),
);
