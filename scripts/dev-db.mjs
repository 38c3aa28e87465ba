#!/usr/bin/env node
// Embedded PostgreSQL for development without a database server: PGlite (Postgres compiled to wasm) served
// over the wire protocol by @electric-sql/pglite-socket. The main database persists in .pglite/ (git-ignored),
// the shadow database Prisma needs for `migrate dev` lives in memory on the next port.
// Usage: node scripts/dev-db.mjs <command…> runs the command with DATABASE_URL, SHADOW_DATABASE_URL and PGLITE=1.
// If the servers already run (another `npm run dev`), they are reused.
import net from "node:net";
import { spawn } from "node:child_process";

const port = Number(process.env.PGLITE_PORT ?? 54329);
const url = (p) => `postgresql://postgres:postgres@127.0.0.1:${p}/postgres?sslmode=disable`;
const listening = (p) =>
  new Promise((resolve) => {
    const socket = net.connect(p, "127.0.0.1");
    socket.on("connect", () => (socket.end(), resolve(true))).on("error", () => resolve(false));
  });

const servers = [];
if (!(await listening(port))) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  // Extensions the migrations create (pg_trgm for the coordinators' search) must be loaded into the wasm build.
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  for (const [dataDir, p] of [[process.env.PGLITE_DIR ?? "./.pglite", port], ["memory://", port + 1]]) {
    const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
    const server = new PGLiteSocketServer({ db, port: p, host: "127.0.0.1", maxConnections: 20 });
    await server.start();
    servers.push({ db, server });
  }
  console.error(`[dev-db] embedded PostgreSQL (PGlite) at ${url(port)}, data in .pglite/`);
}

async function stop(code = 0) {
  for (const { db, server } of servers) {
    await server.stop();
    await db.close();
  }
  process.exit(code);
}

const env = { ...process.env, DATABASE_URL: url(port), SHADOW_DATABASE_URL: url(port + 1), PGLITE: "1" };
const command = process.argv.slice(2).join(" ");
// Without a terminal, run the child in its own process group so a forwarded signal reaches the whole tree
// (sh -> next dev -> next-server). In a terminal stay in the foreground group so Ctrl-C and prompts work.
const detached = !process.stdin.isTTY;
const child = command ? spawn(command, { stdio: "inherit", env, shell: true, detached }) : null;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => (child ? process.kill(detached ? -child.pid : child.pid, signal) : stop(0)));
}
child?.on("exit", (code) => stop(code ?? 0));
