import { getTranslations } from "next-intl/server";
import { EventCard } from "@/features/events/components/event-card";
import { listUpcomingEvents } from "@/features/events/data";
import { listOffers } from "@/features/offers/data";
import { RegionsMap } from "@/features/regions/components/regions-map";
import { listProgrammeRegions } from "@/features/regions/data";
import { Link } from "@/i18n/navigation";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";

export const revalidate = 300;
export const generateStaticParams = () => [];

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const [t, upcoming, offers, regions] = await Promise.all([
    getTranslations("Home"),
    listUpcomingEvents({ take: 3 }),
    listOffers(),
    listProgrammeRegions(),
  ]);
  return (
    <div className="flex flex-col gap-12">
      <section aria-labelledby="home-title" className="rounded-xl bg-brand-900 px-6 py-10 text-white sm:px-10">
        <h1 id="home-title" className="mb-4 max-w-3xl text-3xl font-bold text-white sm:text-4xl">
          {t("title")}
        </h1>
        <p className="mb-3 max-w-3xl text-lg">{t("lead")}</p>
        <p className="mb-6 max-w-3xl">{t("whoFor")}</p>
        <p className="flex flex-wrap gap-3">
          <Link href="/events" className="button bg-white text-brand-900 hover:bg-brand-50 hover:text-brand-900">
            {t("ctaEvents")}
          </Link>
          <Link href="/offers" className="button border-2 border-white bg-transparent hover:bg-brand-800">
            {t("ctaOffers")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="next-event">
        <h2 id="next-event" className="mb-4 text-2xl font-bold">
          {t("nextEvents")}
        </h2>
        {upcoming.length ? (
          <div className="grid gap-4 md:grid-cols-3">
            {upcoming.map((event) => (
              <EventCard key={event.id} event={event} locale={locale} />
            ))}
          </div>
        ) : (
          <p>{t("noUpcoming")}</p>
        )}
        <p className="mt-4">
          <Link href="/events">{t("allEvents")}</Link>
        </p>
      </section>

      <section aria-labelledby="offers">
        <h2 id="offers" className="mb-2 text-2xl font-bold">
          {t("offersTitle")}
        </h2>
        <p className="mb-4 max-w-3xl">{t("offersLead")}</p>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {offers.map((offer) => (
            <li key={offer.id} className="card">
              <h3 className="mb-2 text-lg font-bold" lang={textLang(offer, "title", locale)}>
                <Link href={`/offers/${offer.slug}`}>{localized(offer, "title", locale)}</Link>
              </h3>
              <p lang={textLang(offer, "summary", locale)}>{localized(offer, "summary", locale)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="regions" className="grid gap-6 md:grid-cols-2">
        <div>
          <h2 id="regions" className="mb-2 text-2xl font-bold">
            {t("regionsTitle")}
          </h2>
          <p className="mb-4">{t("regionsLead")}</p>
          <ul className="flex flex-col gap-3">
            {regions.map((region) => (
              <li key={region.code}>
                <Link href={`/regions/${region.slug}`} className="font-semibold">
                  {localized(region, "name", locale)}
                </Link>
                {region.partners.length ? <span> — {region.partners.map((p) => p.name).join(", ")}</span> : null}
              </li>
            ))}
          </ul>
        </div>
        <RegionsMap locale={locale} />
      </section>
    </div>
  );
}
