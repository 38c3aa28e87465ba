// CPU of the registration functions in this process (no Next, no HTTP): N sign-ups then N confirmations, one at a
// time, against a migrated database with an event `slug` (argv). Prints CPU ms and wall ms per call.
import { createRegistration, confirmRegistration } from "@/features/registrations/data";
import { hitRateLimits } from "@/features/rate-limit/data";
import { registrationSchema } from "@/features/registrations/schema";
import { db } from "@/server/db";

const slug = process.argv[2]!;
const N = Number(process.env.N ?? 200);
const tag = Date.now().toString(36);

function answers(i: number) {
  return registrationSchema.parse({ fullName: `Osoba ${i}`, email: `p-${tag}-${i}@bench.komm.test`, organisationMode: "none", voivodeshipCode: "PL-PK", contactLanguage: "pl", consentProcessing: "on" });
}

async function measure(label: string, n: number, fn: (i: number) => Promise<unknown>) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  const cpu = process.cpuUsage(cpu0);
  console.log(`  ${label.padEnd(30)} CPU ${((cpu.user + cpu.system) / 1000 / n).toFixed(2).padStart(6)} ms   wall ${((performance.now() - t0) / n).toFixed(2).padStart(6)} ms`);
}

const data = Array.from({ length: N + 20 }, (_, i) => answers(i));
for (let i = 0; i < 20; i++) await createRegistration(slug, data[N + i]!, { locale: "pl" }); // warm-up
await measure("rate limits (1 statement)", N, (i) => hitRateLimits([[{ bucket: "prof", limit: 1e9, windowSeconds: 600 }, "ip"], [{ bucket: "prof2", limit: 5, windowSeconds: 3600 }, `e${i}`]]));
await measure("createRegistration", N, (i) => createRegistration(slug, data[i]!, { locale: "pl" }));
const { rows } = { rows: await db.$queryRaw<Array<{ text: string }>>`SELECT m.text FROM "OutboxMail" m JOIN "Registration" r ON r.id = m."registrationId" WHERE m.kind = 'registration.confirmAddress' AND r."emailNormalized" LIKE ${`p-${tag}-%`}` };
const tokens = rows.map((r) => /confirm\/([A-Za-z0-9_-]{20,})/.exec(r.text)![1]!);
await measure("confirmRegistration", tokens.length, (i) => confirmRegistration(tokens[i]!));
await db.$disconnect();
process.exit(0);
