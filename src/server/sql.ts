import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { Prisma } from "@/generated/prisma/client";
import { db } from "./db";
import { env } from "./env";

// The few hot statements (a sign-up, a confirmation, the outbox's claims) and their building blocks. Prisma costs
// about a millisecond of CPU per model query and half of one per raw statement, whatever the SQL; the driver under
// it (pg) a fraction of that. Everything else goes through Prisma.

const globalForPool = globalThis as unknown as { kommSqlPool?: pg.Pool };

function pool(): pg.Pool {
  if (!globalForPool.kommSqlPool) {
    // Connections are kept for 10 minutes idle (pg's default is 10 s): a new one costs PostgreSQL a process and cold
    // caches, and the first burst after a quiet spell (a call goes out) would pay that ten times over.
    const created = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10, idleTimeoutMillis: 600_000, allowExitOnIdle: true });
    // An idle connection that the server closed (a restart): the pool drops it and the next query opens a new one;
    // a query that fails reports its own error. Without a listener this event would end the process.
    created.on("error", () => {});
    globalForPool.kommSqlPool = created;
  }
  return globalForPool.kommSqlPool;
}

/**
 * Runs one statement on the app's database with pg directly and returns its rows (timestamps as Date, int4 as
 * number, jsonb parsed, as Prisma's $queryRaw). On the embedded development database (PGlite: one session for every
 * connection) it goes through Prisma's single connection instead, so statements never interleave.
 */
export async function sqlRows<T>(query: Prisma.Sql): Promise<T[]> {
  if (process.env.PGLITE) return db.$queryRaw<T[]>(query);
  const text = query.text;
  const result = await pool().query({ name: statementName(text), text, values: query.values as unknown[] });
  return result.rows as T[];
}

// Named (prepared) statements: PostgreSQL parses and plans each once per connection instead of on every call, and
// the app sends only the values. The name follows from the text, so a statement with other columns is another one.
const names = new Map<string, string>();
function statementName(text: string) {
  let name = names.get(text);
  if (!name) {
    if (names.size >= 500) names.clear();
    name = `komm_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/** SQL casts by column, for values PostgreSQL cannot infer from a text parameter (uuid, enums, jsonb). */
export type Casts = Record<string, string>;

function value(column: string, v: unknown, casts: Casts) {
  const cast = casts[column] ?? (v instanceof Date ? "timestamptz" : undefined);
  const param = cast === "jsonb" && v !== null && v !== undefined ? JSON.stringify(v) : (v ?? null);
  return cast ? Prisma.sql`${param}::${Prisma.raw(cast)}` : Prisma.sql`${param}`;
}

/**
 * `INSERT INTO "table" (columns) SELECT values` for one row: the caller appends `FROM …` to insert it only when
 * that yields a row (e.g. a CTE that returned the row it depends on). Undefined values are left out.
 */
export function insertRow(table: string, row: Record<string, unknown>, casts: Casts = {}): Prisma.Sql {
  const columns = Object.keys(row).filter((k) => row[k] !== undefined);
  return Prisma.sql`INSERT INTO ${Prisma.raw(`"${table}"`)} (${Prisma.raw(columns.map((c) => `"${c}"`).join(", "))})
    SELECT ${Prisma.join(columns.map((c) => value(c, row[c], casts)))}`;
}

/** A version 7 UUID (time-ordered), as Prisma's `@default(uuid(7))` makes for the rows it creates. */
export function uuidv7(now = Date.now()): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const ms = BigInt(now);
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
