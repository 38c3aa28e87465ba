import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/generated/prisma/client";

export const publicOfferSelect = {
  id: true,
  kind: true,
  slug: true,
  titlePl: true,
  titleUk: true,
  titleEn: true,
  summaryPl: true,
  summaryUk: true,
  summaryEn: true,
  audiencePl: true,
  audienceUk: true,
  audienceEn: true,
  benefitsPl: true,
  benefitsUk: true,
  benefitsEn: true,
  howToPl: true,
  howToUk: true,
  howToEn: true,
  acceptsApplications: true,
} satisfies Prisma.ProgrammeOfferSelect;

export type PublicOffer = Prisma.ProgrammeOfferGetPayload<{ select: typeof publicOfferSelect }>;

export function listOffers() {
  return db.programmeOffer.findMany({ orderBy: { sortOrder: "asc" }, select: publicOfferSelect });
}

export function getOffer(slug: string) {
  return db.programmeOffer.findUnique({ where: { slug }, select: publicOfferSelect });
}
