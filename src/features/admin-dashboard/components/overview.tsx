import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath } from "@/features/admin/routes";
import { reportQueryString } from "@/features/admin-reports/schema";
import type { Locale } from "@/i18n/routing";
import { localized, textLang } from "@/lib/localized";
import type { DashboardOverview, EventOption } from "../data";
import type { DashboardFilters } from "../schema";
import { EventSelect, VoivodeshipSelect } from "./filter-controls";
import { RegistrationsChart } from "./registrations-chart";

type Voivodeship = { code: string; namePl: string; nameUk: string; nameEn: string };

type Props = {
  locale: Locale;
  filters: DashboardFilters;
  /** null: the chosen event was not found (or is outside the user's scope) */
  overview: DashboardOverview | null;
  events: EventOption[];
  voivodeships: Voivodeship[];
};

/** The dashboard's overview: a filter form (GET, works without JavaScript), key figures, the chart, languages. */
export async function DashboardOverviewSection({ locale, filters, overview, events, voivodeships }: Props) {
  const [t, tl] = await Promise.all([getTranslations("AdminDashboard"), getTranslations("Languages")]);
  const format = new Intl.NumberFormat(locale === "en" ? "en-GB" : locale);
  const filtered = Boolean(filters.event || filters.voivodeship);
  const languageName = (code: string) => (code === "unspecified" ? t("languages.unspecified") : tl.has(code as "pl") ? tl(code as "pl") : code);

  const places = !overview
    ? null
    : overview.placesLeft === null
      ? overview.placesPartial
        ? t("figures.placesAdminOnly")
        : t("figures.noLimit")
      : format.format(overview.placesLeft);

  const figures = overview
    ? [
        { id: "confirmed", label: t("figures.confirmed"), value: format.format(overview.counts.CONFIRMED + overview.counts.ATTENDED) },
        { id: "waitlisted", label: t("figures.waitlisted"), value: format.format(overview.counts.WAITLISTED) },
        { id: "pending", label: t("figures.pending"), value: format.format(overview.counts.PENDING_EMAIL) },
        { id: "places", label: overview.event ? t("figures.placesEvent") : t("figures.placesUpcoming"), value: places },
        { id: "accessibility", label: t("figures.accessibility"), value: format.format(overview.accessibilityCount) },
        { id: "total", label: t("figures.total"), value: format.format(overview.total) },
      ]
    : [];
  const alerts = overview?.languages.filter((l) => l.alert) ?? [];
  const region = overview?.voivodeship ? voivodeships.find((v) => v.code === overview.voivodeship) : undefined;

  return (
    <section aria-labelledby="overview-title" className="flex flex-col gap-5">
      <h2 id="overview-title" className="text-2xl font-bold">{t("title")}</h2>
      <form method="get" role="search" aria-label={t("filtersLabel")} className="card grid gap-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_auto]">
        <div className="flex min-w-0 flex-col gap-1">
          <EventSelect id="dashboard-event" label={t("event")} allLabel={t("allEvents")} value={filters.event} events={events} locale={locale} />
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          <VoivodeshipSelect id="dashboard-voivodeship" label={t("voivodeship")} allLabel={t("allVoivodeships")} value={filters.voivodeship} voivodeships={voivodeships} locale={locale} />
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <button type="submit" className="button">{t("apply")}</button>
          {filtered ? (
            <NextLink href={adminPath("dashboard", { locale })} prefetch={false} className="button-secondary">
              {t("reset")}
            </NextLink>
          ) : null}
        </div>
        <p className="text-sm text-slate-700 sm:col-span-2 lg:col-span-3">{t("scopeNote")}</p>
      </form>

      {!overview ? (
        <p role="alert" className="rounded-md border-4 border-red-700 bg-red-50 p-4">{t("eventNotFound")}</p>
      ) : (
        <>
          <p className="font-semibold">
            {overview.event ? (
              <span lang={textLang(overview.event, "title", locale)}>{localized(overview.event, "title", locale)}</span>
            ) : (
              t("selectionAll", { count: overview.eventCount })
            )}
            {region ? ` · ${localized(region, "name", locale)}` : null}
          </p>
          {overview.event ? (
            <p>
              <NextLink
                href={`${adminPath("reports", { locale })}${reportQueryString({ event: overview.event.id, voivodeship: filters.voivodeship })}`}
                prefetch={false}
              >
                {t("reportLink")}
              </NextLink>
            </p>
          ) : null}
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
            {figures.map((f) => (
              <div key={f.id} className="card flex flex-col gap-1 p-4">
                <dt className="text-sm text-slate-700">{f.label}</dt>
                <dd className="text-2xl font-bold tabular-nums">{f.value}</dd>
              </div>
            ))}
          </dl>

          <section aria-labelledby="chart-heading" className="flex flex-col gap-2">
            <h3 id="chart-heading" className="text-xl font-bold">{t("chartHeading")}</h3>
            <RegistrationsChart id="registrations-chart" timeline={overview.timeline} locale={locale} />
          </section>

          <section aria-labelledby="languages-heading" className="flex flex-col gap-3">
            <h3 id="languages-heading" className="text-xl font-bold">{t("languages.heading")}</h3>
            {alerts.length ? (
              <div className="rounded-md border-l-8 border-accent-600 bg-orange-50 p-4" data-testid="interpretation-alert">
                <p className="font-bold">{t("languages.alertTitle")}</p>
                <ul className="list-disc pl-6">
                  {alerts.map((l) => (
                    <li key={l.language}>{t("languages.alertItem", { language: languageName(l.language), count: l.count })}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {overview.languages.length ? (
              <table className="w-full max-w-xl border-collapse text-left">
                <caption className="sr-only">{t("languages.caption")}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-300">
                    <th scope="col" className="py-2 pr-4">{t("languages.language")}</th>
                    <th scope="col" className="py-2 pr-4 text-right">{t("languages.people")}</th>
                    <th scope="col" className="py-2">{t("languages.state")}</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.languages.map((l) => (
                    <tr key={l.language} className="border-b border-slate-200">
                      <th scope="row" className="py-2 pr-4 text-left font-normal">{languageName(l.language)}</th>
                      <td className="py-2 pr-4 text-right tabular-nums">{format.format(l.count)}</td>
                      <td className="py-2">{l.alert ? <strong className="text-accent-600">{t("languages.overThreshold")}</strong> : t("languages.belowThreshold")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>{t("languages.none")}</p>
            )}
            <p className="text-sm text-slate-700">{t("languages.thresholdNote", { threshold: overview.threshold })}</p>
          </section>
        </>
      )}
    </section>
  );
}
