// Runs once when the server boots: a bad or missing environment variable stops the deploy here, with its name.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { parseEnv } = await import("./lib/env-schema");
  parseEnv(process.env);
}
