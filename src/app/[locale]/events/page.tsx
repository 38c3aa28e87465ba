import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventCard } from "@/features/events/components/event-card";
import { listPastEvents, listUpcomingEvents } from "@/features/events/data";
import { pageLocale } from "@/lib/page";

export const revalidate = 300;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Events" });
  return { title: t("title") };
}

export default async function EventsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [t, upcoming, past] = await Promise.all([getTranslations("Events"), listUpcomingEvents(), listPastEvents()]);
  return (
    <div className="flex flex-col gap-10">
      <header>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl">{t("lead")}</p>
      </header>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming" className="mb-4 text-2xl font-bold">
          {t("upcoming")}
        </h2>
        {upcoming.length ? (
          <div className="grid gap-4 md:grid-cols-2">
            {upcoming.map((event) => (
              <EventCard key={event.id} event={event} locale={locale} />
            ))}
          </div>
        ) : (
          <p>{t("noUpcoming")}</p>
        )}
      </section>
      <section aria-labelledby="past">
        <h2 id="past" className="mb-4 text-2xl font-bold">
          {t("past")}
        </h2>
        {past.length ? (
          <div className="grid gap-4 md:grid-cols-2">
            {past.map((event) => (
              <EventCard key={event.id} event={event} locale={locale} />
            ))}
          </div>
        ) : (
          <p>{t("noPast")}</p>
        )}
      </section>
    </div>
  );
}
