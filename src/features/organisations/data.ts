import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/generated/prisma/client";
import { DIRECTORY_PAGE_SIZE, type DirectoryFilter } from "./schema";

// What the public may see of an organisation. Contact person fields are never selected here;
// public contact fields are blanked unless the organisation agreed to publish them.
const publicOrganisationSelect = {
  id: true,
  slug: true,
  name: true,
  type: true,
  communities: true,
  languages: true,
  city: true,
  isPartner: true,
  descriptionPl: true,
  descriptionUk: true,
  descriptionEn: true,
  website: true,
  publicEmail: true,
  publicPhone: true,
  publishContact: true,
  updatedAt: true,
  voivodeship: { select: { code: true, slug: true, namePl: true, nameUk: true, nameEn: true } },
} satisfies Prisma.OrganisationSelect;

type OrganisationRow = Prisma.OrganisationGetPayload<{ select: typeof publicOrganisationSelect }>;

function toPublic({ publishContact, website, publicEmail, publicPhone, ...rest }: OrganisationRow) {
  return {
    ...rest,
    // Polish is the fallback of every translated text: an organisation that wrote only in Ukrainian or English
    // still shows its description (in that language) to Polish readers.
    descriptionPl: rest.descriptionPl ?? rest.descriptionUk ?? rest.descriptionEn ?? "",
    website: publishContact ? website : null,
    publicEmail: publishContact ? publicEmail : null,
    publicPhone: publishContact ? publicPhone : null,
  };
}

export type PublicOrganisation = ReturnType<typeof toPublic>;

function directoryWhere(filter: DirectoryFilter): Prisma.OrganisationWhereInput {
  return {
    moderationStatus: "APPROVED",
    ...(filter.voivodeship ? { voivodeship: { slug: filter.voivodeship } } : {}),
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.community ? { communities: { has: filter.community } } : {}),
    ...(filter.language ? { languages: { has: filter.language } } : {}),
    ...(filter.q
      ? {
          OR: [
            { name: { contains: filter.q, mode: "insensitive" } },
            { city: { contains: filter.q, mode: "insensitive" } },
            { descriptionPl: { contains: filter.q, mode: "insensitive" } },
            { descriptionUk: { contains: filter.q, mode: "insensitive" } },
            { descriptionEn: { contains: filter.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

export async function listDirectory(filter: DirectoryFilter) {
  const where = directoryWhere(filter);
  const [total, rows] = await Promise.all([
    db.organisation.count({ where }),
    db.organisation.findMany({
      where,
      orderBy: [{ isPartner: "desc" }, { name: "asc" }],
      skip: (filter.page - 1) * DIRECTORY_PAGE_SIZE,
      take: DIRECTORY_PAGE_SIZE,
      select: publicOrganisationSelect,
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)), items: rows.map(toPublic) };
}

/** Values offered in the directory's community and language filters: those that approved organisations use. */
export async function listDirectoryFacets() {
  const rows = await db.organisation.findMany({
    where: { moderationStatus: "APPROVED" },
    select: { communities: true, languages: true },
  });
  const sorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, "pl"));
  return { communities: sorted(rows.flatMap((r) => r.communities)), languages: sorted(rows.flatMap((r) => r.languages)) };
}

export async function getPublicOrganisation(slug: string) {
  const row = await db.organisation.findFirst({ where: { slug, moderationStatus: "APPROVED" }, select: publicOrganisationSelect });
  return row ? toPublic(row) : null;
}

export function listRegionOrganisations(voivodeshipCode: string) {
  return db.organisation
    .findMany({
      where: { moderationStatus: "APPROVED", voivodeshipCode },
      orderBy: [{ isPartner: "desc" }, { name: "asc" }],
      select: publicOrganisationSelect,
    })
    .then((rows) => rows.map(toPublic));
}

export function listPublicOrganisationSlugs() {
  return db.organisation.findMany({ where: { moderationStatus: "APPROVED" }, select: { slug: true, updatedAt: true } });
}
