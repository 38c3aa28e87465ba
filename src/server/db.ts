import "server-only";
import { env } from "./env";
import { createPrismaClient, type Db } from "./prisma";

const globalForPrisma = globalThis as unknown as { prisma?: Db };

function client(): Db {
  globalForPrisma.prisma ??= createPrismaClient(env.DATABASE_URL);
  return globalForPrisma.prisma;
}

/** The app's Prisma client, connected on first use (so `next build`, which has no database, never opens it). */
export const db: Db = new Proxy({} as Db, {
  get(_, key) {
    const value = Reflect.get(client(), key);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});
