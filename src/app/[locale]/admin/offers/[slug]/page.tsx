import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Pager } from "@/components/ui/pager";
import { notFound } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { DateTime } from "@/features/admin-registrations/components/date-time";
import { firstValues, SORT_DIRECTIONS } from "@/features/admin-registrations/schema";
import { ApplicationStatusBadge } from "@/features/admin-applications/components/status-badge";
import { listOfferApplications } from "@/features/admin-applications/data";
import { APPLICATION_SORTS, applicationListQuerySchema, applicationListQueryString } from "@/features/admin-applications/schema";
import { APPLICATION_STATUSES } from "@/features/applications/schema";
import { listVoivodeships } from "@/features/regions/data";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireCoordinator } from "@/server/session";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminApplications.list" });
  return { title: t("metaTitle") };
}

const controlClass = "min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2";

export default async function OfferApplicationsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const path = adminPath("offerApplications", { locale, offerSlug: slug });
  await requireCoordinator({ next: path });
  const query = applicationListQuerySchema.parse(firstValues(await searchParams));
  const [result, t, tx, voivodeships] = await Promise.all([
    listOfferApplications(slug, query),
    getTranslations("AdminApplications"),
    getTranslations("AdminApplicationExport"),
    listVoivodeships(),
  ]);
  if (!result) notFound();
  const { offer, counts, all, items, total, page, pages } = result;
  const filtered = applicationListQueryString({ ...query, page: 1, sort: "created", dir: "desc" }) !== "";

  return (
    <div className="flex flex-col gap-6">
      <p>
        <NextLink href={adminPath("offers", { locale })} prefetch={false}>← {t("list.backToOffers")}</NextLink>
      </p>
      <header>
        <h1 className="mb-1 text-3xl font-bold">{t("list.title")}</h1>
        <p className="text-lg font-semibold" lang={textLang(offer, "title", locale)}>
          {localized(offer, "title", locale)}
        </p>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {APPLICATION_STATUSES.map((s) => (
            <li key={s}>
              {t(`status.${s}`)}: <strong className="tabular-nums">{counts[s]}</strong>
            </li>
          ))}
          <li>
            {t("offers.total")}: <strong className="tabular-nums">{all}</strong>
          </li>
        </ul>
      </header>

      <p>
        <NextLink href={`${adminPath("offerExport", { locale, offerSlug: slug })}${applicationListQueryString({ ...query, page: 1 })}`} prefetch={false} className="button-secondary w-fit">
          {tx("listLink")}
        </NextLink>
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
            {APPLICATION_STATUSES.map((s) => (
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
          <label htmlFor="sort" className="font-semibold">{t("list.sort")}</label>
          <select id="sort" name="sort" defaultValue={query.sort} className={controlClass}>
            {APPLICATION_SORTS.map((s) => (
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
        <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-4">
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
        {all === 0 ? (
          <p className="card">{t("list.empty")}</p>
        ) : items.length ? (
          <div role="region" aria-labelledby="results" tabIndex={0} className="overflow-x-auto">
            <table className="w-full min-w-[52rem] border-collapse text-left">
              <caption className="sr-only">{t("list.tableCaption", { page, pages })}</caption>
              <thead>
                <tr className="border-b-2 border-slate-300 align-bottom">
                  <th scope="col" className="py-2 pr-4">{t("list.columns.name")}</th>
                  <th scope="col" className="py-2 pr-4">{t("list.columns.email")}</th>
                  <th scope="col" className="py-2 pr-4">{t("list.columns.organisation")}</th>
                  <th scope="col" className="py-2 pr-4">{t("list.columns.voivodeship")}</th>
                  <th scope="col" className="py-2 pr-4">{t("list.columns.status")}</th>
                  <th scope="col" className="py-2 pr-4 text-right">{t("list.columns.score")}</th>
                  <th scope="col" className="py-2">{t("list.columns.created")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((a) => (
                  <tr key={a.id} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-4 text-left font-normal">
                      <NextLink href={adminPath("applicationDetail", { locale, offerSlug: slug, applicationId: a.id })} prefetch={false} className="font-semibold">
                        {a.anonymisedAt ? t("anonymised") : a.fullName}
                      </NextLink>
                    </th>
                    <td className="py-2 pr-4 break-all">{a.anonymisedAt ? t("none") : a.email}</td>
                    <td className="py-2 pr-4">{a.organisation?.name ?? a.organisationName ?? t("noOrganisation")}</td>
                    <td className="py-2 pr-4">{a.voivodeship ? localized(a.voivodeship, "name", locale) : t("none")}</td>
                    <td className="py-2 pr-4"><ApplicationStatusBadge status={a.status} /></td>
                    <td className="py-2 pr-4 text-right tabular-nums">{a.score ?? t("none")}</td>
                    <td className="py-2 whitespace-nowrap"><DateTime value={a.createdAt} locale={locale} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("list.noResults")}</p>
        )}
        <Pager
          page={page}
          pages={pages}
          href={(n) => `${path}${applicationListQueryString(query, n)}`}
          labels={{ nav: t("list.pagination"), previous: t("list.previous"), next: t("list.next"), pageOf: t("list.pageOf", { page, pages }) }}
        />
      </section>
    </div>
  );
}
