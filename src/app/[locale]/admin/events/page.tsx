import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath } from "@/features/admin/routes";
import { EventStatusBadge } from "@/features/admin-events/components/status-badge";
import { listManagedEvents } from "@/features/admin-events/data";
import { EVENT_LIST_VIEWS, eventListQuerySchema } from "@/features/admin-events/schema";
import { DateTime } from "@/features/admin-registrations/components/date-time";
import { firstValues } from "@/features/admin-registrations/schema";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireCoordinator } from "@/server/session";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminEvents.list" });
  return { title: t("title") };
}

export default async function AdminEventsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const path = adminPath("adminEvents", { locale });
  await requireCoordinator({ next: path });
  const { view } = eventListQuerySchema.parse(firstValues(await searchParams));
  const [result, t, ta] = await Promise.all([listManagedEvents(view), getTranslations("AdminEvents"), getTranslations("Admin")]);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("list.title")}</h1>
        <p className="max-w-3xl">{t("list.lead")}</p>
      </header>
      {result.canCreate ? (
        <p>
          <NextLink href={adminPath("eventNew", { locale })} prefetch={false} className="button">
            {t("list.create")}
          </NextLink>
        </p>
      ) : (
        <p>{t("list.noRegions")}</p>
      )}

      <nav aria-label={t("list.viewsLabel")}>
        <ul className="flex flex-wrap gap-2">
          {EVENT_LIST_VIEWS.map((v) => (
            <li key={v}>
              <NextLink
                href={v === "upcoming" ? path : `${path}?view=${v}`}
                prefetch={false}
                aria-current={v === view ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-md border px-3 ${v === view ? "border-brand-800 bg-brand-50 font-bold" : "border-slate-400"}`}
              >
                {t(`list.views.${v}`, { count: result.tabs[v] })}
              </NextLink>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="events-table" className="flex flex-col gap-3">
        <h2 id="events-table" className="text-xl font-bold">
          {t(`list.headings.${view}`)}
        </h2>
        {result.items.length ? (
          <div role="region" aria-labelledby="events-table" tabIndex={0} className="overflow-x-auto">
            <table className="w-full min-w-[44rem] border-collapse text-left">
              <thead>
                <tr className="border-b-2 border-slate-300 align-bottom">
                  <th scope="col" className="py-2 pr-4">{t("list.event")}</th>
                  <th scope="col" className="py-2 pr-4">{t("list.when")}</th>
                  <th scope="col" className="py-2 pr-4">{t("list.region")}</th>
                  <th scope="col" className="py-2 pr-4">{t("list.status")}</th>
                  <th scope="col" className="py-2 pr-4 text-right">{t("list.places")}</th>
                  <th scope="col" className="py-2">{t("list.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((event) => (
                  <tr key={event.id} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-4 text-left font-normal">
                      <NextLink href={adminPath("eventEdit", { locale, eventId: event.id })} prefetch={false} className="font-semibold" lang={textLang(event, "title", locale)}>
                        {localized(event, "title", locale)}
                      </NextLink>
                    </th>
                    <td className="py-2 pr-4 whitespace-nowrap"><DateTime value={event.startsAt} locale={locale} /></td>
                    <td className="py-2 pr-4">{event.voivodeship ? localized(event.voivodeship, "name", locale) : ta("coalitionWide")}</td>
                    <td className="py-2 pr-4"><EventStatusBadge status={event.status} /></td>
                    <td className="py-2 pr-4 text-right tabular-nums">
                      {event.capacity === null ? t("list.placesUnlimited", { taken: event.placesTaken }) : t("list.placesOf", { taken: event.placesTaken, capacity: event.capacity })}
                    </td>
                    <td className="py-2">
                      <ul className="flex flex-wrap gap-x-3">
                        <li>
                          <NextLink href={adminPath("eventRegistrations", { locale, eventId: event.id })} prefetch={false}>{t("tabs.registrations")}</NextLink>
                        </li>
                        <li>
                          <NextLink href={adminPath("eventMessages", { locale, eventId: event.id })} prefetch={false}>{t("tabs.messages")}</NextLink>
                        </li>
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t(`list.empty.${view}`)}</p>
        )}
      </section>
    </div>
  );
}
