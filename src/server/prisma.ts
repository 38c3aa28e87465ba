import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

// Plain factory (no 'server-only') so the seed script and DB tests can build a client too.
// Embedded PGlite runs every wire connection in ONE Postgres session: a single connection there.
export function createPrismaClient(connectionString: string, max = process.env.PGLITE ? 1 : 10) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

export type Db = PrismaClient;
