import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath } from "@/features/admin/routes";
import { ManageEventsLink } from "@/features/admin-events/components/manage-events-link";
import { DashboardOverviewSection } from "@/features/admin-dashboard/components/overview";
import { getDashboardOverview, listEventOptions } from "@/features/admin-dashboard/data";
import { dashboardFilterSchema } from "@/features/admin-dashboard/schema";
import { DateTime } from "@/features/admin-registrations/components/date-time";
import { listScopedEvents, type DashboardEvent } from "@/features/admin-registrations/data";
import { DASHBOARD_STATUSES, firstValues } from "@/features/admin-registrations/schema";
import { placesLeft } from "@/features/events/registration-state";
import { listVoivodeships } from "@/features/regions/data";
import type { Locale } from "@/i18n/routing";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireCoordinator } from "@/server/session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin.dashboard" });
  return { title: t("title") };
}

type EventTableProps = { id: string; title: string; empty: string; events: DashboardEvent[]; locale: Locale; isAdmin: boolean };

async function EventTable({ id, title, empty, events, locale, isAdmin }: EventTableProps) {
  const [t, td] = await Promise.all([getTranslations("Admin"), getTranslations("AdminDashboard")]);
  // a coordinator counts only their own people of a coalition-wide event: its free places are for admins (decision 006)
  const left = (e: DashboardEvent) => (isAdmin || e.voivodeshipCode !== null ? placesLeft(e.capacity, e.counts.CONFIRMED + e.counts.ATTENDED) : undefined);
  return (
    <section className="flex flex-col gap-3">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {events.length ? (
        <div role="region" aria-labelledby={id} tabIndex={0} className="overflow-x-auto">
          <table className="w-full min-w-[48rem] border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-slate-300 align-bottom">
                <th scope="col" className="py-2 pr-4">{t("dashboard.event")}</th>
                <th scope="col" className="py-2 pr-4">{t("dashboard.when")}</th>
                <th scope="col" className="py-2 pr-4">{t("dashboard.region")}</th>
                {DASHBOARD_STATUSES.map((s) => (
                  <th key={s} scope="col" className="py-2 pr-4 text-right">{t(`status.${s}`)}</th>
                ))}
                <th scope="col" className="py-2 pr-4 text-right">{t("dashboard.total")}</th>
                <th scope="col" className="py-2 text-right">{td("placesLeftColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-4 text-left font-normal">
                    <NextLink href={adminPath("eventRegistrations", { locale, eventId: event.id })} prefetch={false} className="font-semibold" lang={textLang(event, "title", locale)}>
                      {localized(event, "title", locale)}
                    </NextLink>
                    {event.status !== "PUBLISHED" ? <span className="ml-2 text-sm text-slate-700">({t(`eventStatus.${event.status}`)})</span> : null}
                  </th>
                  <td className="py-2 pr-4 whitespace-nowrap"><DateTime value={event.startsAt} locale={locale} /></td>
                  <td className="py-2 pr-4">{event.voivodeship ? localized(event.voivodeship, "name", locale) : t("coalitionWide")}</td>
                  {DASHBOARD_STATUSES.map((s) => (
                    <td key={s} className="py-2 pr-4 text-right tabular-nums">{event.counts[s]}</td>
                  ))}
                  <td className="py-2 pr-4 text-right font-semibold tabular-nums">{event.total}</td>
                  <td className="py-2 text-right tabular-nums">{left(event) === undefined ? t("none") : (left(event) ?? td("noLimitShort"))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{empty}</p>
      )}
    </section>
  );
}

export default async function AdminDashboardPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const user = await requireCoordinator({ next: adminPath("dashboard", { locale }) });
  const filters = dashboardFilterSchema.parse(firstValues(await searchParams));
  const [t, events, overview, options, voivodeships] = await Promise.all([
    getTranslations("Admin.dashboard"),
    listScopedEvents(),
    getDashboardOverview(filters),
    listEventOptions(),
    listVoivodeships(),
  ]);
  // a coordinator chooses among their own voivodeships (any other would only show zeros)
  const regions = user.isAdmin ? voivodeships : voivodeships.filter((v) => user.voivodeshipCodes.includes(v.code));
  return (
    <div className="flex flex-col gap-8">
      <header>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl">{t("lead")}</p>
      </header>
      <ManageEventsLink locale={locale} />
      <DashboardOverviewSection locale={locale} filters={filters} overview={overview} events={options} voivodeships={regions} />
      <EventTable id="upcoming" title={t("upcoming")} empty={t("noUpcoming")} events={events.upcoming} locale={locale} isAdmin={user.isAdmin} />
      <EventTable id="past" title={t("past")} empty={t("noPast")} events={events.past} locale={locale} isAdmin={user.isAdmin} />
    </div>
  );
}
