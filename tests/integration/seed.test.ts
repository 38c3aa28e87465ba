// The seed against a real, migrated PostgreSQL database. Other test files share this database, so the
// assertions look only at the seed's own rows (by code, kind, slug or e-mail) and never truncate anything.
import { parseOptions, verify } from "@node-rs/argon2";
import { afterAll, describe, expect, it } from "vitest";
import { runSeed } from "../../prisma/seed";
import { FIRST_MEETING, FIRST_MEETING_GOALS_PL, OFFERS, PARTNERS, VOIVODESHIPS } from "../../prisma/seed/content";
import { DEMO_ORGANISATIONS, demoEvents, warsawClock, warsawHour } from "../../prisma/seed/demo";
import { disconnectTestDb, testDb } from "../support/test-db";

const db = testDb();
// Real time, so the demo events this file leaves behind are upcoming for the other test files sharing the DB.
const now = new Date();
const codes = VOIVODESHIPS.map((v) => v.code);
const offerSlugs = OFFERS.map((o) => o.slug);
const demoEventSlugs = demoEvents(now).map((e) => e.slug);
const orgSlugs = [...PARTNERS, ...DEMO_ORGANISATIONS].map((o) => o.slug);
const eventSlugs = [FIRST_MEETING.slug, ...demoEventSlugs];

/** Everything the seed owns, with timestamps, so two snapshots are equal only if nothing was written. */
async function snapshot({ demo }: { demo: boolean }) {
  const orgs = demo ? orgSlugs : PARTNERS.map((p) => p.slug);
  const events = demo ? eventSlugs : [FIRST_MEETING.slug];
  return {
    voivodeships: await db.voivodeship.findMany({ where: { code: { in: codes } }, orderBy: { code: "asc" } }),
    offers: await db.programmeOffer.findMany({ where: { slug: { in: offerSlugs } }, orderBy: { slug: "asc" } }),
    organisations: await db.organisation.findMany({ where: { slug: { in: orgs } }, orderBy: { slug: "asc" } }),
    events: await db.event.findMany({ where: { slug: { in: events } }, orderBy: { slug: "asc" } }),
  };
}

afterAll(disconnectTestDb);

describe("warsawHour", () => {
  it("turns a Warsaw wall-clock hour into the right UTC instant across both DST switches", () => {
    const spring = new Date("2026-03-20T10:30:00.000Z"); // CET; ten days later is CEST (switch on 29 March)
    expect(warsawHour(spring, 0, 17).toISOString()).toBe("2026-03-20T16:00:00.000Z");
    expect(warsawHour(spring, 10, 17).toISOString()).toBe("2026-03-30T15:00:00.000Z");
    const autumn = new Date("2026-10-20T10:30:00.000Z"); // CEST; the switch back is on 25 October
    expect(warsawHour(autumn, 0, 9).toISOString()).toBe("2026-10-20T07:00:00.000Z");
    expect(warsawHour(autumn, 12, 9).toISOString()).toBe("2026-11-01T08:00:00.000Z");
    // the Warsaw calendar day, not the UTC one: 23:30 UTC on 31 Dec is already 1 Jan in Warsaw
    expect(warsawHour(new Date("2026-12-31T23:30:00.000Z"), 1, 10).toISOString()).toBe("2027-01-02T09:00:00.000Z");
  });
});

describe("runSeed", () => {
  it("writes the real content, and a second run changes and duplicates nothing", async () => {
    const first = await runSeed(db, { now });
    const before = await snapshot({ demo: false });
    const second = await runSeed(db, { now });
    const after = await snapshot({ demo: false });

    expect(second).toEqual({ ...first, written: 0 });
    expect(after).toEqual(before);
    expect(first).toMatchObject({ voivodeships: 16, offers: 5, organisations: 4, events: 1, admin: "skipped" });

    expect(after.voivodeships).toHaveLength(16);
    expect(after.voivodeships.filter((v) => v.isProgrammeRegion).map((v) => v.code)).toEqual(["PL-DS", "PL-MA", "PL-MZ", "PL-PK"]);
    // sortOrder is the Polish alphabetical order of the names
    const bySortOrder = [...after.voivodeships].sort((a, b) => a.sortOrder - b.sortOrder).map((v) => v.namePl);
    expect(bySortOrder).toEqual([...bySortOrder].sort(new Intl.Collator("pl").compare));
    expect(new Set(after.voivodeships.map((v) => v.sortOrder)).size).toBe(16);

    expect(after.offers.map((o) => o.kind).sort()).toEqual(["ANIMATORS_COURSE", "FILM_PORTRAIT", "FORUM", "INCUBATOR", "MENTORING"]);

    expect(after.events.map((e) => e.slug)).toEqual([FIRST_MEETING.slug]);
    expect(after.organisations).toHaveLength(4);
  });

  it("places the four partners in their regions and publishes only the coordinators' address", async () => {
    await runSeed(db, { now });
    const partners = await db.organisation.findMany({ where: { slug: { in: PARTNERS.map((p) => p.slug) } } });
    const regionOf = Object.fromEntries(partners.map((p) => [p.slug, [p.voivodeshipCode, p.city]]));
    expect(regionOf).toEqual({
      "kalejdoskop-kultur": ["PL-DS", "Wrocław"],
      "fundacja-nasz-wybor": ["PL-MZ", "Warszawa"],
      "fundacja-zustricz": ["PL-MA", "Kraków"],
      "zwiazek-ukraincow-w-polsce-przemysl": ["PL-PK", "Przemyśl"],
    });
    for (const p of partners) {
      const type = p.slug === "zwiazek-ukraincow-w-polsce-przemysl" ? "STATUTORY_MINORITY_ORGANISATION" : "NGO";
      expect(p).toMatchObject({ isPartner: true, moderationStatus: "APPROVED", type });
      const published = p.publishContact ? [p.publicEmail, p.publicPhone] : [];
      expect(published).toEqual(p.slug === "kalejdoskop-kultur" ? ["lesya@kalejdoskopkultur.pl", null] : []);
    }
  });

  it("stores the first networking meeting as a past, published online event at 15:00 Warsaw time", async () => {
    await runSeed(db, { now });
    const event = await db.event.findUniqueOrThrow({ where: { slug: "pierwsze-spotkanie-sieciujace-komm" } });
    expect(event.startsAt.toISOString()).toBe("2021-06-15T13:00:00.000Z");
    expect(warsawClock(event.startsAt)).toMatchObject({ year: 2021, month: 6, day: 15, hour: 15, minute: 0 });
    expect(event.endsAt > event.startsAt && event.endsAt < now).toBe(true);
    expect(event).toMatchObject({
      titlePl: "Koalicja Organizacji Mniejszościowych i Migranckich: spotkanie sieciujące",
      format: "ONLINE",
      venueName: "Zoom",
      onlineMeetingUrl: null,
      capacity: null,
      meetingLanguage: "pl",
      interpretationOffered: true,
      status: "PUBLISHED",
      voivodeshipCode: null,
      offerId: null,
    });
    expect(event.registrationClosesAt?.getTime()).toBe(event.startsAt.getTime());
    expect(FIRST_MEETING_GOALS_PL).toHaveLength(3);
    for (const goal of FIRST_MEETING_GOALS_PL) expect(event.bodyPl).toContain(`\n- ${goal}`);
    expect(event.bodyPl).toContain("Nie musisz należeć do formalnej organizacji");
    // the body uses the PlainText conventions: each list is its own block of "- " lines
    expect(event.bodyEn?.split("\n\n").filter((b) => b.startsWith("- "))).toHaveLength(2);
  });

  it("has non-empty Ukrainian and English texts for every offer, event and organisation", async () => {
    await runSeed(db, { demo: true, now });
    const { offers, events, organisations } = await snapshot({ demo: true });
    const fields = {
      offer: ["title", "summary", "audience", "benefits", "howTo"],
      event: ["title", "summary", "body"],
      organisation: ["description"],
    } as const;
    const rows = [
      ...offers.map((r) => ["offer", r] as const),
      ...events.map((r) => ["event", r] as const),
      ...organisations.map((r) => ["organisation", r] as const),
    ];
    expect(rows).toHaveLength(5 + 5 + 8);
    for (const [kind, row] of rows) {
      for (const field of fields[kind]) {
        for (const suffix of ["Pl", "Uk", "En"]) {
          const text = (row as unknown as Record<string, string | null>)[`${field}${suffix}`];
          expect(text?.trim(), `${kind} ${row.slug} ${field}${suffix}`).toBeTruthy();
        }
      }
    }
  });

  it("adds upcoming demo events on whole Warsaw hours in demo mode, idempotently", async () => {
    const first = await runSeed(db, { demo: true, now });
    const second = await runSeed(db, { demo: true, now });
    expect(second).toEqual({ ...first, written: 0 });
    expect(first).toMatchObject({ organisations: 8, events: 5 });

    const events = await db.event.findMany({ where: { slug: { in: demoEventSlugs } }, include: { offer: true } });
    expect(events).toHaveLength(demoEventSlugs.length);
    for (const e of events) {
      expect(e.startsAt > now, e.slug).toBe(true);
      expect(warsawClock(e.startsAt), e.slug).toMatchObject({ minute: 0, second: 0 });
      expect(e.startsAt.getUTCMilliseconds()).toBe(0);
      expect(e.titlePl).toContain("[demo]");
    }
    const online = events.find((e) => e.slug === "demo-spotkanie-sieciujace-online")!;
    expect(online).toMatchObject({ format: "ONLINE", capacity: 30, status: "PUBLISHED" });
    expect(online.registrationOpensAt! <= now && now < online.registrationClosesAt!).toBe(true);
    expect(events.filter((e) => e.status === "DRAFT")).toHaveLength(1);
    expect(events.find((e) => e.voivodeshipCode === "PL-PK")).toMatchObject({ format: "HYBRID", interpretationOffered: true, offer: { kind: "FORUM" } });
    expect(events.find((e) => e.voivodeshipCode === "PL-MA")).toMatchObject({ format: "ONSITE", offer: { kind: "ANIMATORS_COURSE" } });

    const orgs = await db.organisation.findMany({ where: { slug: { in: DEMO_ORGANISATIONS.map((o) => o.slug) } } });
    expect(orgs.every((o) => o.isPartner === false && o.moderationStatus === "APPROVED" && o.name.includes("(demo)"))).toBe(true);
    expect(new Set(orgs.map((o) => o.type)).size).toBeGreaterThanOrEqual(3);

    // a later seed moves the demo events to stay ahead of the new "now" instead of adding more
    const later = new Date(now.getTime() + 40 * 24 * 3600 * 1000);
    expect((await runSeed(db, { demo: true, now: later })).written).toBeGreaterThan(0);
    expect(await db.event.count({ where: { slug: { in: demoEventSlugs } } })).toBe(demoEventSlugs.length);
    const moved = await db.event.findMany({ where: { slug: { in: demoEventSlugs } } });
    expect(moved.every((e) => e.startsAt > later)).toBe(true);
    await runSeed(db, { demo: true, now }); // back to the real "now" for the other test files
  });

  it("creates the administrator with an argon2id hash and updates the password on re-seed", async () => {
    const email = "Admin.Seed@Example.org";
    const first = await runSeed(db, { admin: { email, password: "first correct horse" }, now });
    expect(first.admin).toBe("created");
    const user = await db.user.findUniqueOrThrow({ where: { email: "admin.seed@example.org" } });
    expect(user.role).toBe("ADMIN");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(parseOptions(user.passwordHash!).algorithm).toBe(2); // Algorithm.Argon2id (a const enum isolatedModules cannot read)
    expect(await verify(user.passwordHash!, "first correct horse")).toBe(true);

    // same password again: the stored hash is kept
    expect((await runSeed(db, { admin: { email, password: "first correct horse" }, now })).admin).toBe("unchanged");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);

    const second = await runSeed(db, { admin: { email: " admin.seed@example.org ", password: "second battery staple" }, now });
    expect(second.admin).toBe("updated");
    const updated = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verify(updated.passwordHash!, "second battery staple")).toBe(true);
    expect(await verify(updated.passwordHash!, "first correct horse")).toBe(false);
    expect(await db.user.count({ where: { email: "admin.seed@example.org" } })).toBe(1);
  });
});
