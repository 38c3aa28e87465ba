import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/generated/prisma/client";

export const voivodeshipSelect = {
  code: true,
  slug: true,
  namePl: true,
  nameUk: true,
  nameEn: true,
  isProgrammeRegion: true,
} satisfies Prisma.VoivodeshipSelect;

export type VoivodeshipSummary = Prisma.VoivodeshipGetPayload<{ select: typeof voivodeshipSelect }>;

export function listVoivodeships() {
  return db.voivodeship.findMany({ orderBy: { sortOrder: "asc" }, select: voivodeshipSelect });
}

const partnerSelect = { slug: true, name: true, city: true, voivodeshipCode: true } satisfies Prisma.OrganisationSelect;

/** The four programme regions, each with its partner organisation and the number of approved organisations there. */
export async function listProgrammeRegions() {
  const regions = await db.voivodeship.findMany({
    where: { isProgrammeRegion: true },
    orderBy: { sortOrder: "asc" },
    select: {
      ...voivodeshipSelect,
      organisations: { where: { isPartner: true, moderationStatus: "APPROVED" }, select: partnerSelect },
      _count: { select: { organisations: { where: { moderationStatus: "APPROVED" } } } },
    },
  });
  return regions.map(({ organisations, _count, ...region }) => ({
    ...region,
    partners: organisations,
    organisationCount: _count.organisations,
  }));
}

export async function getProgrammeRegion(slug: string) {
  const regions = await listProgrammeRegions();
  return regions.find((r) => r.slug === slug) ?? null;
}

/** Approved organisations per voivodeship code, for the map's counts. */
export async function countOrganisationsByVoivodeship() {
  const groups = await db.organisation.groupBy({
    by: ["voivodeshipCode"],
    where: { moderationStatus: "APPROVED" },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.voivodeshipCode, g._count._all]));
}
