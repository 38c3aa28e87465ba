// CPU per database call in the app's process: a Prisma model query, a batch and an interactive transaction, against
// a raw $queryRaw, each run one at a time on an otherwise idle process. Explains where the registration POSTs'
// server CPU goes (bench/README.md, registrations). Needs a migrated and seeded database:
//   DATABASE_URL=postgresql://… npx prisma migrate deploy && npx tsx prisma/seed.ts
//   DATABASE_URL=postgresql://… NODE_ENV=production npx tsx bench/prisma-overhead.ts
import { createPrismaClient } from "@/server/prisma";

const db = createPrismaClient(process.env.DATABASE_URL!);
const slug = "pierwsze-spotkanie-sieciujace-komm";

async function measure(label: string, n: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < 50; i++) await fn(); // warm-up
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn();
  const cpu = process.cpuUsage(cpu0);
  const wall = performance.now() - t0;
  console.log(`  ${label.padEnd(44)} ${((cpu.user + cpu.system) / 1000 / n).toFixed(2).padStart(6)} ${(wall / n).toFixed(2).padStart(8)}`);
}

console.log(`  ${"".padEnd(44)} ${"CPU ms".padStart(6)} ${"wall ms".padStart(8)}   (per call, this process only)`);
await measure("$queryRaw SELECT 1", 1000, () => db.$queryRaw`SELECT 1`);
await measure("event.findFirst, two columns", 1000, () => db.event.findFirst({ where: { slug }, select: { id: true, slug: true } }));
await measure("event.findFirst with a filtered _count", 1000, () =>
  db.event.findFirst({ where: { slug }, select: { id: true, titlePl: true, _count: { select: { registrations: { where: { status: { in: ["CONFIRMED", "ATTENDED"] } } } } } } }),
);
await measure("$transaction([two reads])", 500, () => db.$transaction([db.event.findFirst({ where: { slug }, select: { id: true } }), db.voivodeship.findFirst({ select: { code: true } })]));
await measure("$transaction(async tx => two reads)", 500, () =>
  db.$transaction(async (tx) => {
    await tx.event.findFirst({ where: { slug }, select: { id: true } });
    await tx.voivodeship.findFirst({ select: { code: true } });
  }),
);
await db.$disconnect();
