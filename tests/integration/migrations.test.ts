import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createDatabase, dropDatabase, prismaCli } from "../support/database";

// The offline schema-engine stand-in (scripts/schema-engine-shim.mjs, wired in prisma.config.ts) must behave
// like Prisma's native engine for everything the project relies on.
describe("migrations through the offline schema engine", () => {
  let database: { name: string; url: string };

  beforeAll(async () => {
    database = await createDatabase("komm_migrate");
  });
  afterAll(async () => {
    await dropDatabase(database.name);
  });

  it("deploys every committed migration on an empty database", () => {
    const out = prismaCli(["migrate", "deploy"], database.url);
    expect(out).toMatch(/migrations? have been successfully applied|All migrations have been successfully applied/);
  });

  it("reports the database up to date", () => {
    expect(prismaCli(["migrate", "status"], database.url)).toContain("Database schema is up to date");
  });

  it("has no drift between the schema and the migrated database", () => {
    const out = prismaCli(["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code"], database.url);
    expect(out).toContain("No difference detected");
  });

  it("has no drift between the committed migrations and the schema (shadow database)", () => {
    const out = prismaCli(["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"], database.url);
    expect(out).toContain("No difference detected");
  });

  it("runs scripts with $$ function bodies in one piece", () => {
    const sql = `CREATE FUNCTION komm_probe() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 42; END; $$;`;
    prismaCli(["db", "execute", "--stdin"], database.url, sql);
  });

  it("keeps the database-level rules: checks and the partial unique index", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query("SELECT komm_probe() AS v");
      expect(rows[0].v).toBe(42);
      const checks = await client.query(`SELECT conname FROM pg_constraint WHERE contype = 'c' ORDER BY conname`);
      expect(checks.rows.map((r) => r.conname)).toEqual(
        expect.arrayContaining(["Event_ends_after_start", "Registration_sensitive_consent", "Registration_email_normalized"]),
      );
      await expect(
        client.query(`INSERT INTO "Voivodeship" (code, slug, "namePl", "nameUk", "nameEn", "sortOrder") VALUES ('PL-XX', 'x', 'x', 'x', 'x', 1);
          INSERT INTO "Event" (id, slug, "titlePl", "summaryPl", "startsAt", "endsAt", format, "updatedAt")
          VALUES (gen_random_uuid(), 'bad', 't', 's', now(), now() - interval '1 hour', 'ONLINE', now())`),
      ).rejects.toThrow(/Event_ends_after_start/);
    } finally {
      await client.end();
    }
  });
});
