import type { Prisma } from "@/generated/prisma/client";
import { randomBytes } from "node:crypto";
import { testDb } from "./test-db";

// Data of a test's own, unique per call, so test files can share one database and run in parallel.

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

export async function ensureVoivodeships() {
  const db = testDb();
  const rows = [
    { code: "PL-MA", slug: "malopolskie", namePl: "małopolskie", nameUk: "Малопольське", nameEn: "Lesser Poland", isProgrammeRegion: true, sortOrder: 6 },
    { code: "PL-PK", slug: "podkarpackie", namePl: "podkarpackie", nameUk: "Підкарпатське", nameEn: "Subcarpathian", isProgrammeRegion: true, sortOrder: 10 },
    { code: "PL-MZ", slug: "mazowieckie", namePl: "mazowieckie", nameUk: "Мазовецьке", nameEn: "Masovian", isProgrammeRegion: true, sortOrder: 7 },
    { code: "PL-DS", slug: "dolnoslaskie", namePl: "dolnośląskie", nameUk: "Нижньосілезьке", nameEn: "Lower Silesian", isProgrammeRegion: true, sortOrder: 1 },
  ];
  for (const row of rows) await db.voivodeship.upsert({ where: { code: row.code }, create: row, update: {} });
}

export async function createEvent(overrides: Partial<Prisma.EventUncheckedCreateInput> = {}) {
  await ensureVoivodeships();
  const start = new Date(Date.now() + 10 * 24 * 3600_000);
  return testDb().event.create({
    data: {
      slug: unique("event"),
      titlePl: "Spotkanie testowe",
      titleUk: "Тестова зустріч",
      titleEn: "Test meeting",
      summaryPl: "Opis",
      startsAt: start,
      endsAt: new Date(start.getTime() + 2 * 3600_000),
      format: "ONLINE",
      venueName: "Zoom",
      onlineMeetingUrl: "https://zoom.example/j/secret-123",
      capacity: 20,
      status: "PUBLISHED",
      voivodeshipCode: "PL-PK",
      ...overrides,
    },
  });
}

/** Answers of a valid sign-up form, as the browser would post them. */
export function validAnswers(overrides: Record<string, unknown> = {}) {
  return {
    fullName: "Olena Kowalenko",
    email: `${unique("olena")}@example.com`,
    phone: "",
    organisationMode: "none",
    organisationId: "",
    organisationName: "",
    roleInOrganisation: "liderka",
    groupType: "MIGRANT_GROUP",
    community: "",
    voivodeshipCode: "PL-PK",
    city: "Przemyśl",
    contactLanguage: "uk",
    contactLanguageOther: "",
    interpretationNeeded: "on",
    interpretationLanguage: "uk",
    accessibilityNeeds: "",
    expectations: "Poznać inne organizacje",
    heardFrom: "partner",
    consentProcessing: "on",
    ...overrides,
  };
}
