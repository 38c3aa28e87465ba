import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Pager } from "@/components/ui/pager";
import { adminPath } from "@/features/admin/routes";
import { DateTime } from "@/features/admin-registrations/components/date-time";
import { firstValues } from "@/features/admin-registrations/schema";
import { ModerationStatusBadge } from "@/features/admin-organisations/components/status-badge";
import { listOrganisationsForModeration } from "@/features/admin-organisations/data";
import { MODERATION_STATUSES, organisationListQuerySchema, organisationListQueryString } from "@/features/admin-organisations/schema";
import { organisationTypes } from "@/features/organisations/schema";
import { listVoivodeships } from "@/features/regions/data";
import { localized } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireCoordinator } from "@/server/session";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminOrganisations.list" });
  return { title: t("title") };
}

const controlClass = "min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2";

export default async function AdminOrganisationsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const path = adminPath("organisations", { locale });
  const user = await requireCoordinator({ next: path });
  const query = organisationListQuerySchema.parse(firstValues(await searchParams));
  const [t, to, result, voivodeships] = await Promise.all([
    getTranslations("AdminOrganisations"),
    getTranslations("Organisations"),
    listOrganisationsForModeration(query),
    listVoivodeships(),
  ]);
  const { items, total, page, pages, counts } = result;
  const regions = user.isAdmin ? voivodeships : voivodeships.filter((v) => user.voivodeshipCodes.includes(v.code));
  const filtered = organisationListQueryString({ ...query, page: 1 }) !== "";

  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="mb-2 text-3xl font-bold">{t("list.title")}</h1>
        <p className="max-w-3xl">{t("list.lead")}</p>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {MODERATION_STATUSES.map((s) => (
            <li key={s}>
              {t(`status.${s}`)}: <strong className="tabular-nums">{counts[s]}</strong>
            </li>
          ))}
        </ul>
      </header>

      <form method="get" role="search" aria-label={t("list.filtersLabel")} className="card grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="q" className="font-semibold">{t("list.search")}</label>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className={controlClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="status" className="font-semibold">{t("list.status")}</label>
          <select id="status" name="status" defaultValue={query.status ?? ""} className={controlClass}>
            <option value="">{t("list.all")}</option>
            {MODERATION_STATUSES.map((s) => (
              <option key={s} value={s}>{t(`status.${s}`)}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="voivodeship" className="font-semibold">{t("list.voivodeship")}</label>
          <select id="voivodeship" name="voivodeship" defaultValue={query.voivodeship ?? ""} className={controlClass}>
            <option value="">{t("list.all")}</option>
            {regions.map((v) => (
              <option key={v.code} value={v.code}>{localized(v, "name", locale)}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="type" className="font-semibold">{t("list.type")}</label>
          <select id="type" name="type" defaultValue={query.type ?? ""} className={controlClass}>
            <option value="">{t("list.all")}</option>
            {organisationTypes.map((type) => (
              <option key={type} value={type}>{to(`type.${type}`)}</option>
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
        {items.length ? (
          <div role="region" aria-labelledby="results" tabIndex={0} className="overflow-x-auto">
            <table className="w-full min-w-[48rem] border-collapse text-left">
              <caption className="sr-only">{t("list.tableCaption", { page, pages })}</caption>
              <thead>
                <tr className="border-b-2 border-slate-300 align-bottom">
                  <th scope="col" className="py-2 pr-4">{t("list.columns.name")}</th>
                  <th scope="col" className="py-2 pr-4">{t("list.columns.type")}</th>
                  <th scope="col" className="py-2 pr-4">{t("list.columns.place")}</th>
                  <th scope="col" className="py-2 pr-4">{t("list.columns.status")}</th>
                  <th scope="col" className="py-2">{t("list.columns.created")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((o) => (
                  <tr key={o.id} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-4 text-left font-normal">
                      <NextLink href={adminPath("organisationDetail", { locale, organisationId: o.id })} prefetch={false} className="font-semibold">
                        {o.name}
                      </NextLink>
                      {o.isPartner ? <span className="ml-2 text-sm text-slate-700">({to("partner")})</span> : null}
                    </th>
                    <td className="py-2 pr-4">{to(`type.${o.type}`)}</td>
                    <td className="py-2 pr-4">{o.city}, {localized(o.voivodeship, "name", locale)}</td>
                    <td className="py-2 pr-4"><ModerationStatusBadge status={o.moderationStatus} /></td>
                    <td className="py-2 whitespace-nowrap"><DateTime value={o.createdAt} locale={locale} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{filtered ? t("list.noResults") : t("list.empty")}</p>
        )}
        <Pager
          page={page}
          pages={pages}
          href={(n) => `${path}${organisationListQueryString(query, n)}`}
          labels={{ nav: t("list.pagination"), previous: t("list.previous"), next: t("list.next"), pageOf: t("list.pageOf", { page, pages }) }}
        />
      </section>
    </div>
  );
}
