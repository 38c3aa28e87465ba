import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Pager } from "@/components/ui/pager";
import { notFound } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { ExportLink } from "@/features/admin-exports/components/export-link";
import { BulkStatusForm, RowCheckbox } from "@/features/admin-registrations/components/bulk-status-form";
import { DateTime } from "@/features/admin-registrations/components/date-time";
import { StatusBadge } from "@/features/admin-registrations/components/status-badge";
import { StatusMessagesProvider } from "@/features/admin-registrations/components/status-messages-provider";
import { listEventRegistrations, type RegistrationRow } from "@/features/admin-registrations/data";
import {
  DASHBOARD_STATUSES,
  firstValues,
  INTERPRETATION_FILTERS,
  listQueryString,
  REGISTRATION_SORTS,
  REGISTRATION_STATUSES,
  registrationListQuerySchema,
  SORT_DIRECTIONS,
} from "@/features/admin-registrations/schema";
import { listVoivodeships } from "@/features/regions/data";
import { localized, textLang } from "@/lib/localized";
import { formatEventRange } from "@/lib/dates";
import { pageLocale } from "@/lib/page";
import { requireCoordinator } from "@/server/session";
import { bulkChangeRegistrationStatusAction } from "../../../registrations/actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; eventId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin.list" });
  return { title: t("title") };
}

const controlClass = "min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2";

export default async function EventRegistrationsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { eventId } = await params;
  const path = adminPath("eventRegistrations", { locale, eventId });
  await requireCoordinator({ next: path });
  const query = registrationListQuerySchema.parse(firstValues(await searchParams));
  const [result, t, tl, ts, voivodeships] = await Promise.all([
    listEventRegistrations(eventId, query),
    getTranslations("Admin"),
    getTranslations("Languages"),
    getTranslations("AdminStatus.bulk"),
    listVoivodeships(),
  ]);
  if (!result) notFound();
  const { event, items, total, page, pages } = result;
  const languageName = (code: string) => (tl.has(code as "pl") ? tl(code as "pl") : code);
  const filtered = listQueryString({ ...query, page: 1, sort: "created", dir: "asc" }) !== "";

  const organisationOf = (r: RegistrationRow) => r.organisation?.name ?? r.organisationName ?? (r.noOrganisation ? t("list.noOrganisation") : t("none"));

  return (
    <div className="flex flex-col gap-6">
      <p>
        <NextLink href={adminPath("dashboard", { locale })} prefetch={false}>← {t("list.backToDashboard")}</NextLink>
      </p>
      <header>
        <h1 className="mb-1 text-3xl font-bold">{t("list.title")}</h1>
        <p className="text-lg font-semibold" lang={textLang(event, "title", locale)}>
          {localized(event, "title", locale)}
        </p>
        <p>
          {formatEventRange(event.startsAt, event.endsAt, locale)} ({t("warsawTime")}) ·{" "}
          {event.voivodeship ? localized(event.voivodeship, "name", locale) : t("coalitionWide")}
          {event.status !== "PUBLISHED" ? ` · ${t(`eventStatus.${event.status}`)}` : null}
        </p>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {DASHBOARD_STATUSES.map((s) => (
            <li key={s}>
              {t(`status.${s}`)}: <strong className="tabular-nums">{event.counts[s]}</strong>
            </li>
          ))}
          <li>
            {t("dashboard.total")}: <strong className="tabular-nums">{event.total}</strong>
          </li>
        </ul>
      </header>
      <p>
        <ExportLink locale={locale} eventId={eventId} query={query} />
      </p>

      <form method="get" role="search" aria-label={t("list.filtersLabel")} className="card grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="flex flex-col gap-1 sm:col-span-2 lg:col-span-4">
          <label htmlFor="q" className="font-semibold">{t("list.search")}</label>
          <p id="q-hint" className="text-sm text-slate-700">{t("list.searchHint")}</p>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ""} aria-describedby="q-hint" className={controlClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="status" className="font-semibold">{t("list.status")}</label>
          <select id="status" name="status" defaultValue={query.status ?? ""} className={controlClass}>
            <option value="">{t("list.all")}</option>
            {REGISTRATION_STATUSES.map((s) => (
              <option key={s} value={s}>{t(`status.${s}`)}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="voivodeship" className="font-semibold">{t("list.voivodeship")}</label>
          <select id="voivodeship" name="voivodeship" defaultValue={query.voivodeship ?? ""} className={controlClass}>
            <option value="">{t("list.all")}</option>
            {voivodeships.map((v) => (
              <option key={v.code} value={v.code}>{localized(v, "name", locale)}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="interpretation" className="font-semibold">{t("list.interpretation")}</label>
          <select id="interpretation" name="interpretation" defaultValue={query.interpretation ?? ""} className={controlClass}>
            <option value="">{t("list.all")}</option>
            {INTERPRETATION_FILTERS.map((code) => (
              <option key={code} value={code}>{code === "any" ? t("list.interpretationAny") : languageName(code)}</option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-3 self-end pb-2">
          <input id="accessibility" name="accessibility" type="checkbox" value="1" defaultChecked={query.accessibility} className="h-6 w-6 shrink-0 accent-brand-800" />
          <label htmlFor="accessibility">{t("list.accessibility")}</label>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="sort" className="font-semibold">{t("list.sort")}</label>
          <select id="sort" name="sort" defaultValue={query.sort} className={controlClass}>
            {REGISTRATION_SORTS.map((s) => (
              <option key={s} value={s}>{t(`list.sorts.${s}`)}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="dir" className="font-semibold">{t("list.dir")}</label>
          <select id="dir" name="dir" defaultValue={query.dir} className={controlClass}>
            {SORT_DIRECTIONS.map((d) => (
              <option key={d} value={d}>{t(`list.dirs.${d}`)}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-end gap-3 sm:col-span-2">
          <button type="submit" className="button">{t("list.apply")}</button>
          {filtered ? (
            <NextLink href={path} prefetch={false} className="button-secondary">{t("list.reset")}</NextLink>
          ) : null}
        </div>
      </form>

      <section className="flex flex-col gap-3">
        <h2 id="results" className="text-xl font-bold">
          {t("list.results", { count: total })}
        </h2>
        {event.total === 0 ? (
          <p className="card">{t("list.empty")}</p>
        ) : items.length ? (
          <StatusMessagesProvider>
            <BulkStatusForm action={bulkChangeRegistrationStatusAction.bind(null, locale)} pageIds={items.map((r) => r.id)}>
              <div role="region" aria-labelledby="results" tabIndex={0} className="overflow-x-auto">
                <table className="w-full min-w-[56rem] border-collapse text-left">
                  <caption className="sr-only">{t("list.tableCaption", { page, pages })}</caption>
                  <thead>
                    <tr className="border-b-2 border-slate-300 align-bottom">
                      <th scope="col" className="py-2 pr-4">
                        <span className="sr-only">{ts("selectColumn")}</span>
                      </th>
                      <th scope="col" className="py-2 pr-4">{t("list.columns.name")}</th>
                      <th scope="col" className="py-2 pr-4">{t("list.columns.email")}</th>
                      <th scope="col" className="py-2 pr-4">{t("list.columns.organisation")}</th>
                      <th scope="col" className="py-2 pr-4">{t("list.columns.voivodeship")}</th>
                      <th scope="col" className="py-2 pr-4">{t("list.columns.status")}</th>
                      <th scope="col" className="py-2 pr-4">{t("list.columns.created")}</th>
                      <th scope="col" className="py-2">{t("list.columns.interpretation")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((r) => (
                      <tr key={r.id} className="border-b border-slate-200 align-top">
                        <td className="py-2 pr-4">
                          <RowCheckbox id={r.id} label={ts("selectRow", { name: r.anonymisedAt ? t("list.anonymised") : r.fullName })} />
                        </td>
                        <th scope="row" className="py-2 pr-4 text-left font-normal">
                          <NextLink href={adminPath("registrationDetail", { locale, registrationId: r.id })} prefetch={false} className="font-semibold">
                            {r.anonymisedAt ? t("list.anonymised") : r.fullName}
                          </NextLink>
                        </th>
                        <td className="py-2 pr-4 break-all">{r.anonymisedAt ? t("none") : r.email}</td>
                        <td className="py-2 pr-4">{organisationOf(r)}</td>
                        <td className="py-2 pr-4">{r.voivodeship ? localized(r.voivodeship, "name", locale) : t("none")}</td>
                        <td className="py-2 pr-4"><StatusBadge status={r.status} /></td>
                        <td className="py-2 pr-4 whitespace-nowrap"><DateTime value={r.createdAt} locale={locale} /></td>
                        <td className="py-2">
                          {r.interpretationNeeded ? (r.interpretationLanguage ? languageName(r.interpretationLanguage) : t("yes")) : t("none")}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </BulkStatusForm>
          </StatusMessagesProvider>
        ) : (
          <p>{t("list.noResults")}</p>
        )}
        <Pager
          page={page}
          pages={pages}
          href={(n) => `${path}${listQueryString(query, n)}`}
          labels={{ nav: t("list.pagination"), previous: t("list.previous"), next: t("list.next"), pageOf: t("list.pageOf", { page, pages }) }}
        />
      </section>
    </div>
  );
}
