import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PlainText } from "@/components/ui/plain-text";
import { googleCalendarUrl } from "@/features/events/calendar";
import { countTakenPlaces, getPublicEvent } from "@/features/events/data";
import { eventJsonLd, toCalendarEvent } from "@/features/events/public-event";
import { placesLeft, registrationState } from "@/features/events/registration-state";
import { Link } from "@/i18n/navigation";
import { formatDateTime, formatEventRange } from "@/lib/dates";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";

export const revalidate = 300;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const event = await getPublicEvent((await params).slug);
  if (!event) return {};
  return { title: localized(event, "title", locale), description: localized(event, "summary", locale) };
}

export default async function EventPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const event = await getPublicEvent(slug);
  if (!event) notFound();
  const [t, tl, taken] = await Promise.all([getTranslations("Event"), getTranslations("Languages"), countTakenPlaces(event.id)]);
  const state = registrationState(event, taken);
  const left = placesLeft(event.capacity, taken);
  const calendar = toCalendarEvent(event, locale, t("online"));
  const jsonLd = JSON.stringify(eventJsonLd(event, locale)).replace(/</g, "\\u003c");

  return (
    <article className="flex max-w-3xl flex-col gap-6">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <p>
        <Link href="/events">← {t("backToEvents")}</Link>
      </p>
      <header>
        {event.status === "CANCELLED" ? (
          <p className="mb-3 inline-block rounded bg-red-100 px-3 py-1 font-semibold text-red-900">{t("cancelledBanner")}</p>
        ) : null}
        <h1 className="mb-3 text-3xl font-bold" lang={textLang(event, "title", locale)}>
          {localized(event, "title", locale)}
        </h1>
        <p className="text-lg" lang={textLang(event, "summary", locale)}>
          {localized(event, "summary", locale)}
        </p>
      </header>

      <dl className="card grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("when")}</dt>
        <dd>
          <time dateTime={event.startsAt.toISOString()}>{formatEventRange(event.startsAt, event.endsAt, locale)}</time>
          <br />
          <span className="text-sm text-slate-700">{t("timeZoneNote")}</span>
        </dd>
        <dt className="font-semibold">{t("where")}</dt>
        <dd>
          {t(`format.${event.format}`)}
          {event.venueName ? <span className="block">{[event.venueName, event.venueAddress].filter(Boolean).join(", ")}</span> : null}
          {event.format !== "ONSITE" ? <span className="block text-sm text-slate-700">{t("onlineLinkNote")}</span> : null}
        </dd>
        {event.voivodeship ? (
          <>
            <dt className="font-semibold">{t("region")}</dt>
            <dd>{localized(event.voivodeship, "name", locale)}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("language")}</dt>
        <dd>
          {t("meetingLanguage", { language: tl.has(event.meetingLanguage as "pl") ? tl(event.meetingLanguage as "pl") : event.meetingLanguage })}
          <span className="block">{event.interpretationOffered ? t("interpretationOffered") : t("interpretationAsk")}</span>
        </dd>
        {event.offer ? (
          <>
            <dt className="font-semibold">{t("offer")}</dt>
            <dd>
              <Link href={`/offers/${event.offer.slug}`}>{localized(event.offer, "title", locale)}</Link>
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("places")}</dt>
        <dd>{left === null ? t("noLimit") : t("placesLeft", { left, capacity: event.capacity ?? 0 })}</dd>
      </dl>

      <section aria-labelledby="registration" className="card border-brand-700">
        <h2 id="registration" className="mb-2 text-xl font-bold">
          {t("registrationTitle")}
        </h2>
        <p>
          {t(`state.${state}`, {
            opens: event.registrationOpensAt ? formatDateTime(event.registrationOpensAt, locale) : "",
            closes: formatDateTime(event.registrationClosesAt ?? event.startsAt, locale),
          })}
        </p>
        {state === "open" || state === "waitlist" ? (
          <p className="mt-4">
            <Link href={`/events/${event.slug}/register`} className="button w-full sm:w-auto">
              {state === "open" ? t("signUp") : t("joinWaitlist")}
            </Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="about-event">
        <h2 id="about-event" className="mb-3 text-2xl font-bold">
          {t("aboutEvent")}
        </h2>
        <PlainText text={localized(event, "body", locale)} lang={textLang(event, "body", locale)} />
      </section>

      <section aria-labelledby="calendar" className="flex flex-col gap-2">
        <h2 id="calendar" className="text-xl font-bold">
          {t("addToCalendar")}
        </h2>
        <p className="flex flex-wrap gap-3">
          <a href={`/${locale}/events/${event.slug}/calendar.ics`} className="button-secondary" download>
            {t("downloadIcs")}
          </a>
          <a href={googleCalendarUrl(calendar)} className="button-secondary" rel="noopener noreferrer" target="_blank">
            {t("googleCalendar")}
            <span className="sr-only"> ({t("opensInNewTab")})</span>
          </a>
        </p>
      </section>
    </article>
  );
}
