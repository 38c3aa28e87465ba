import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { formatEventRange } from "@/lib/dates";
import { localized, textLang } from "@/lib/localized";
import type { PublicEvent } from "../data";

export async function EventCard({ event, locale, headingLevel = 3 }: { event: PublicEvent; locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("Events");
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="card flex flex-col gap-2">
      <p className="text-sm font-semibold text-brand-800">
        {formatEventRange(event.startsAt, event.endsAt, locale)} <span className="font-normal">({t("warsawTimeShort")})</span>
      </p>
      <Heading className="text-lg font-bold" lang={textLang(event, "title", locale)}>
        <Link href={`/events/${event.slug}`}>{localized(event, "title", locale)}</Link>
      </Heading>
      <p lang={textLang(event, "summary", locale)}>{localized(event, "summary", locale)}</p>
      <ul className="flex flex-wrap gap-2 text-sm">
        <li className="rounded bg-slate-100 px-2 py-0.5">{t(`format.${event.format}`)}</li>
        {event.voivodeship ? (
          <li className="rounded bg-slate-100 px-2 py-0.5">{localized(event.voivodeship, "name", locale)}</li>
        ) : null}
        {event.interpretationOffered ? <li className="rounded bg-slate-100 px-2 py-0.5">{t("interpretationAvailable")}</li> : null}
        {event.status === "CANCELLED" ? (
          <li className="rounded bg-red-100 px-2 py-0.5 font-semibold text-red-900">{t("cancelled")}</li>
        ) : null}
      </ul>
    </article>
  );
}
