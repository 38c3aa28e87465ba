import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { applicationScope } from "@/features/admin-applications/data";
import { idSchema } from "@/features/admin-registrations/schema";
import { db } from "@/server/db";
import { requireCoordinator, scopeFilter } from "@/server/session";
import { organisationScope } from "./data";

// Who came through an organisation: the event sign-ups and offer applications of people who picked it from the
// directory (their `organisationId`). The organisation must be in the user's scope (else null, as every look-up by
// id), and each list is scoped by its own rule (docs/decisions/006 and 008), so a coordinator sees only the sign-ups
// and applications of their voivodeships, even for an organisation of their region.

/** Most recent first; the page says how many more there are and links to the filtered sign-up lists. */
export const LINKED_LIMIT = 50;

const titles = { titlePl: true, titleUk: true, titleEn: true } as const;

const linkedRegistrationSelect = {
  id: true,
  fullName: true,
  status: true,
  createdAt: true,
  anonymisedAt: true,
  event: { select: { id: true, startsAt: true, ...titles } },
} satisfies Prisma.RegistrationSelect;

const linkedApplicationSelect = {
  id: true,
  fullName: true,
  status: true,
  createdAt: true,
  anonymisedAt: true,
  offer: { select: { slug: true, ...titles } },
} satisfies Prisma.OfferApplicationSelect;

/** The organisation's linked sign-ups and applications in the user's scope (newest first, up to LINKED_LIMIT each). */
export async function listOrganisationSignUps(organisationId: string) {
  const user = await requireCoordinator();
  if (typeof organisationId !== "string" || !idSchema.safeParse(organisationId).success) return null;
  const organisation = await db.organisation.findFirst({ where: { AND: [{ id: organisationId }, organisationScope(user)] }, select: { id: true } });
  if (!organisation) return null;
  const registrationWhere: Prisma.RegistrationWhereInput = { AND: [{ organisationId: organisation.id }, scopeFilter(user).registration] };
  const applicationWhere: Prisma.OfferApplicationWhereInput = { AND: [{ organisationId: organisation.id }, applicationScope(user)] };
  const order = [{ createdAt: "desc" as const }, { id: "desc" as const }];
  const [registrations, registrationTotal, applications, applicationTotal] = await Promise.all([
    db.registration.findMany({ where: registrationWhere, orderBy: order, take: LINKED_LIMIT, select: linkedRegistrationSelect }),
    db.registration.count({ where: registrationWhere }),
    db.offerApplication.findMany({ where: applicationWhere, orderBy: order, take: LINKED_LIMIT, select: linkedApplicationSelect }),
    db.offerApplication.count({ where: applicationWhere }),
  ]);
  return { registrations, registrationTotal, applications, applicationTotal };
}

export type OrganisationSignUps = NonNullable<Awaited<ReturnType<typeof listOrganisationSignUps>>>;
