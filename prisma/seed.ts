// Writes the portal's content (and, with SEED_DEMO=1, demo data; with ADMIN_EMAIL + ADMIN_PASSWORD, the first
// administrator). Idempotent: rows are matched by natural keys (code, kind, slug, email), written only when
// they differ from the current texts, so a second run changes nothing — not even updatedAt.
//   DATABASE_URL=... [SEED_DEMO=1] [ADMIN_EMAIL=... ADMIN_PASSWORD=...] npx tsx prisma/seed.ts
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { hash, verify } from "@node-rs/argon2";
import { config as loadDotenv } from "dotenv";
import type { Prisma } from "@/generated/prisma/client";
import { createPrismaClient, type Db } from "@/server/prisma";
import { FIRST_MEETING, OFFERS, PARTNERS, VOIVODESHIPS, type EventSeed, type OrganisationSeed } from "./seed/content";
import { DEMO_ORGANISATIONS, demoEvents } from "./seed/demo";

type Tx = Prisma.TransactionClient;

export type SeedOptions = {
  demo?: boolean;
  admin?: { email: string; password: string };
  /** demo events are placed relative to this instant */
  now?: Date;
};

export type SeedSummary = {
  voivodeships: number;
  offers: number;
  organisations: number;
  events: number;
  /** rows created or changed by this run; 0 when the database already held the current content */
  written: number;
  admin: "created" | "updated" | "unchanged" | "skipped";
};

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return a === b;
}

/** Creates the row when missing, updates it when any seeded field differs; returns 1 when it wrote. */
async function sync<T extends object>(
  existing: Record<string, unknown> | null,
  data: T,
  create: () => Promise<unknown>,
  update: () => Promise<unknown>,
): Promise<number> {
  if (!existing) {
    await create();
    return 1;
  }
  if (Object.entries(data).every(([key, value]) => same(existing[key], value))) return 0;
  await update();
  return 1;
}

async function syncOrganisation(tx: Tx, org: OrganisationSeed, now: Date) {
  const existing = await tx.organisation.findUnique({ where: { slug: org.slug } });
  return sync(
    existing,
    org,
    // approvedAt only on creation: it records when the row first appeared, not when it was last re-seeded
    () => tx.organisation.create({ data: { ...org, approvedAt: now } }),
    () => tx.organisation.update({ where: { slug: org.slug }, data: org }),
  );
}

async function syncEvent(tx: Tx, event: EventSeed) {
  const { offerKind, ...fields } = event;
  const offer = offerKind ? await tx.programmeOffer.findUniqueOrThrow({ where: { kind: offerKind } }) : null;
  const data = { ...fields, offerId: offer?.id ?? null };
  const existing = await tx.event.findUnique({ where: { slug: event.slug } });
  return sync(
    existing,
    data,
    () => tx.event.create({ data }),
    () => tx.event.update({ where: { slug: event.slug }, data }),
  );
}

async function syncAdmin(db: Db, admin: { email: string; password: string }): Promise<SeedSummary["admin"]> {
  const email = admin.email.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email } });
  // A fresh salt would change the hash on every run: keep the stored one while it still matches.
  if (existing?.passwordHash && existing.role === "ADMIN" && existing.isActive && (await verify(existing.passwordHash, admin.password))) {
    return "unchanged";
  }
  const passwordHash = await hash(admin.password); // @node-rs/argon2 defaults: argon2id, m=19 MiB, t=2, p=1
  // The operator named this account as the administrator: make sure it is one, and can log in.
  await db.user.upsert({
    where: { email },
    create: { email, name: "Administrator", role: "ADMIN", passwordHash },
    update: { role: "ADMIN", isActive: true, passwordHash },
  });
  return existing ? "updated" : "created";
}

export async function runSeed(db: Db, { demo = false, admin, now = new Date() }: SeedOptions = {}): Promise<SeedSummary> {
  const organisations = demo ? [...PARTNERS, ...DEMO_ORGANISATIONS] : [...PARTNERS];
  const events = demo ? [FIRST_MEETING, ...demoEvents(now)] : [FIRST_MEETING];

  // One transaction for all content: events and organisations point at voivodeships and offers, and a
  // half-seeded portal (offers without their events, say) is worse than none.
  const written = await db.$transaction(
    async (tx) => {
      let n = 0;
      for (const v of VOIVODESHIPS) {
        const existing = await tx.voivodeship.findUnique({ where: { code: v.code } });
        n += await sync(existing, v, () => tx.voivodeship.create({ data: v }), () => tx.voivodeship.update({ where: { code: v.code }, data: v }));
      }
      for (const o of OFFERS) {
        const existing = await tx.programmeOffer.findUnique({ where: { kind: o.kind } });
        n += await sync(existing, o, () => tx.programmeOffer.create({ data: o }), () => tx.programmeOffer.update({ where: { kind: o.kind }, data: o }));
      }
      for (const org of organisations) n += await syncOrganisation(tx, org, now);
      for (const e of events) n += await syncEvent(tx, e);
      return n;
    },
    { timeout: 60_000 }, // the default 5 s is tight on a cold remote database
  );

  return {
    voivodeships: VOIVODESHIPS.length,
    offers: OFFERS.length,
    organisations: organisations.length,
    events: events.length,
    written,
    admin: admin ? await syncAdmin(db, admin) : "skipped",
  };
}

async function main() {
  loadDotenv({ quiet: true }); // like prisma.config.ts: a local .env works; real environment variables win
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: point it at the PostgreSQL database to seed.");

  const email = process.env.ADMIN_EMAIL?.trim();
  const password = process.env.ADMIN_PASSWORD;
  if (Boolean(email) !== Boolean(password)) {
    console.warn("Only one of ADMIN_EMAIL and ADMIN_PASSWORD is set: the administrator account is left as it is.");
  }
  const admin = email && password ? { email, password } : undefined;

  const db = createPrismaClient(url);
  try {
    const s = await runSeed(db, { demo: process.env.SEED_DEMO === "1", admin, now: new Date() });
    console.log(
      `Seed done: ${s.voivodeships} voivodeships, ${s.offers} offers, ${s.organisations} organisations, ${s.events} events; ${s.written} rows written; admin ${s.admin}.`,
    );
  } finally {
    await db.$disconnect();
  }
}

// Run only when executed as a script (tsx prisma/seed.ts), not when imported by tests. realpath: argv[1] may
// be relative or go through a symlink, while import.meta.url is the resolved file.
function isMain() {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  main().catch((error: unknown) => {
    console.error("Seed failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
