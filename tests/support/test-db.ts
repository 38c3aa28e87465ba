import { createPrismaClient, type Db } from "@/server/prisma";

let client: Db | undefined;

/** A Prisma client on this run's fresh database (see global-db.ts). */
export function testDb(): Db {
  client ??= createPrismaClient(process.env.DATABASE_URL!);
  return client;
}

export async function disconnectTestDb() {
  await client?.$disconnect();
  client = undefined;
}
