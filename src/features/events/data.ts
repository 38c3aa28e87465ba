import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/generated/prisma/client";

// Public event data. `onlineMeetingUrl` is deliberately absent: it is for confirmed registrants only.
export const publicEventSelect = {
  id: true,
  slug: true,
  titlePl: true,
  titleUk: true,
  titleEn: true,
  summaryPl: true,
  summaryUk: true,
  summaryEn: true,
  bodyPl: true,
  bodyUk: true,
  bodyEn: true,
  startsAt: true,
  endsAt: true,
  format: true,
  venueName: true,
  venueAddress: true,
  capacity: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  meetingLanguage: true,
  interpretationOffered: true,
  status: true,
  updatedAt: true,
  voivodeship: { select: { code: true, slug: true, namePl: true, nameUk: true, nameEn: true } },
  offer: { select: { slug: true, kind: true, titlePl: true, titleUk: true, titleEn: true } },
} satisfies Prisma.EventSelect;

export type PublicEvent = Prisma.EventGetPayload<{ select: typeof publicEventSelect }>;

const visible = { status: { in: ["PUBLISHED", "CANCELLED"] } } satisfies Prisma.EventWhereInput;

export function listUpcomingEvents(options: { now?: Date; voivodeshipCode?: string; take?: number } = {}) {
  const now = options.now ?? new Date();
  return db.event.findMany({
    where: {
      ...visible,
      endsAt: { gte: now },
      ...(options.voivodeshipCode ? { OR: [{ voivodeshipCode: options.voivodeshipCode }, { voivodeshipCode: null }] } : {}),
    },
    orderBy: { startsAt: "asc" },
    take: options.take,
    select: publicEventSelect,
  });
}

export function listPastEvents(options: { now?: Date; take?: number } = {}) {
  return db.event.findMany({
    where: { ...visible, endsAt: { lt: options.now ?? new Date() } },
    orderBy: { startsAt: "desc" },
    take: options.take,
    select: publicEventSelect,
  });
}

export function getPublicEvent(slug: string) {
  return db.event.findFirst({ where: { slug, ...visible }, select: publicEventSelect });
}

/** Places held: confirmed and attended registrations (pending and waitlisted hold none). */
export async function countTakenPlaces(eventId: string) {
  return db.registration.count({ where: { eventId, status: { in: ["CONFIRMED", "ATTENDED"] } } });
}

export function listPublicEventSlugs() {
  return db.event.findMany({ where: visible, select: { slug: true, updatedAt: true } });
}
