import type { MetadataRoute } from "next";
import { listPublicEventSlugs } from "@/features/events/data";
import { listOffers } from "@/features/offers/data";
import { listPublicOrganisationSlugs } from "@/features/organisations/data";
import { listProgrammeRegions } from "@/features/regions/data";
import { routing } from "@/i18n/routing";
import { env } from "@/server/env";

export const revalidate = 3600;
export const dynamic = "force-dynamic"; // reads the database, which is not there at build time

/** Every public page, once per locale, with hreflang alternates to the other languages. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [events, offers, organisations, regions] = await Promise.all([
    listPublicEventSlugs(),
    listOffers(),
    listPublicOrganisationSlugs(),
    listProgrammeRegions(),
  ]);
  const paths: Array<{ path: string; lastModified?: Date }> = [
    { path: "" },
    { path: "/events" },
    { path: "/offers" },
    { path: "/regions" },
    { path: "/organisations" },
    { path: "/about" },
    { path: "/contact" },
    { path: "/privacy" },
    { path: "/accessibility" },
    ...events.map((e) => ({ path: `/events/${e.slug}`, lastModified: e.updatedAt })),
    ...offers.map((o) => ({ path: `/offers/${o.slug}` })),
    ...regions.map((r) => ({ path: `/regions/${r.slug}` })),
    ...organisations.map((o) => ({ path: `/organisations/${o.slug}`, lastModified: o.updatedAt })),
  ];
  const url = (locale: string, path: string) => `${env.APP_URL}/${locale}${path}`;
  return paths.flatMap(({ path, lastModified }) =>
    routing.locales.map((locale) => ({
      url: url(locale, path),
      lastModified,
      alternates: {
        languages: Object.fromEntries([...routing.locales.map((l) => [l, url(l, path)]), ["x-default", url("pl", path)]]),
      },
    })),
  );
}
