import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EventCard } from "@/features/events/components/event-card";
import { listUpcomingEvents } from "@/features/events/data";
import { OrganisationCard } from "@/features/organisations/components/organisation-card";
import { listRegionOrganisations } from "@/features/organisations/data";
import { getProgrammeRegion } from "@/features/regions/data";
import { Link } from "@/i18n/navigation";
import { localized } from "@/lib/localized";
import { pageLocale } from "@/lib/page";

export const revalidate = 300;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const region = await getProgrammeRegion((await params).slug);
  return region ? { title: localized(region, "name", locale) } : {};
}

export default async function RegionPage({ params }: Props) {
  const locale = await pageLocale(params);
  const region = await getProgrammeRegion((await params).slug);
  if (!region) notFound();
  const [t, events, organisations] = await Promise.all([
    getTranslations("Regions"),
    listUpcomingEvents({ voivodeshipCode: region.code }),
    listRegionOrganisations(region.code),
  ]);
  const name = localized(region, "name", locale);
  const tj = await getTranslations("OrganisationJoin");
  return (
    <div className="flex flex-col gap-8">
      <p>
        <Link href="/regions">← {t("backToRegions")}</Link>
      </p>
      <header>
        <h1 className="mb-2 text-3xl font-bold">{t("regionTitle", { name })}</h1>
        <p className="max-w-3xl">
          {t("regionLead", { name })}{" "}
          {region.partners.map((p, i) => (
            <span key={p.slug}>
              {i > 0 ? ", " : null}
              <Link href={`/organisations/${p.slug}`}>{p.name}</Link>
            </span>
          ))}
          .
        </p>
      </header>
      <section aria-labelledby="region-events">
        <h2 id="region-events" className="mb-4 text-2xl font-bold">
          {t("upcomingEvents")}
        </h2>
        {events.length ? (
          <div className="grid gap-4 md:grid-cols-2">
            {events.map((event) => (
              <EventCard key={event.id} event={event} locale={locale} />
            ))}
          </div>
        ) : (
          <p>{t("noEvents")}</p>
        )}
      </section>
      <section aria-labelledby="region-organisations">
        <h2 id="region-organisations" className="mb-4 text-2xl font-bold">
          {t("organisations")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-2">
          {organisations.map((organisation) => (
            <li key={organisation.id}>
              <OrganisationCard organisation={organisation} locale={locale} />
            </li>
          ))}
        </ul>
        <p className="mt-4">
          <Link href={{ pathname: "/organisations", query: { voivodeship: region.slug } }}>{t("browseDirectory", { name })}</Link>
        </p>
        <p className="mt-2">
          <Link href={{ pathname: "/organisations/join", query: { voivodeship: region.slug } }}>{tj("ctaRegion", { name })}</Link>
        </p>
      </section>
    </div>
  );
}
