import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Pager } from "@/components/ui/pager";
import { adminPath } from "@/features/admin/routes";
import { searchAuditLog } from "@/features/admin-audit/data";
import { auditQuerySchema, auditQueryString } from "@/features/admin-audit/schema";
import { DateTime } from "@/features/admin-registrations/components/date-time";
import { firstValues } from "@/features/admin-registrations/schema";
import { listVoivodeships } from "@/features/regions/data";
import { localized } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireAdmin } from "@/server/session";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminAudit" });
  return { title: t("title") };
}

const controlClass = "min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2";

export default async function AdminAuditPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const path = adminPath("audit", { locale });
  await requireAdmin({ next: path });
  const query = auditQuerySchema.parse(firstValues(await searchParams));
  const [t, result, voivodeships] = await Promise.all([getTranslations("AdminAudit"), searchAuditLog(query), listVoivodeships()]);
  const filtered = auditQueryString({ ...query, page: 1 }) !== "";
  const regionName = (code: string) => {
    const v = voivodeships.find((x) => x.code === code);
    return v ? localized(v, "name", locale) : code;
  };
  const text = (name: "actor" | "action" | "entityType" | "entityId", hint?: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="font-semibold">{t(`filters.${name}`)}</label>
      {hint ? <p id={`${name}-hint`} className="text-sm text-slate-700">{hint}</p> : null}
      <input id={name} name={name} type="search" defaultValue={query[name] ?? ""} aria-describedby={hint ? `${name}-hint` : undefined} className={controlClass} />
    </div>
  );

  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl">{t("lead")}</p>
      </header>

      <form method="get" role="search" aria-label={t("filters.label")} className="card grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {text("actor", t("filters.actorHint"))}
        {text("action", t("filters.actionHint"))}
        {text("entityType", t("filters.entityTypeHint"))}
        {text("entityId")}
        <div className="flex flex-col gap-1">
          <label htmlFor="voivodeship" className="font-semibold">{t("filters.voivodeship")}</label>
          <select id="voivodeship" name="voivodeship" defaultValue={query.voivodeship ?? ""} className={controlClass}>
            <option value="">{t("filters.all")}</option>
            {voivodeships.map((v) => (
              <option key={v.code} value={v.code}>{localized(v, "name", locale)}</option>
            ))}
          </select>
        </div>
        <fieldset className="flex flex-col gap-1">
          <legend className="font-semibold">{t("filters.dates")}</legend>
          <div className="grid grid-cols-2 gap-2">
            <div className="flex flex-col gap-1">
              <label htmlFor="from" className="text-sm">{t("filters.from")}</label>
              <input id="from" name="from" type="date" defaultValue={query.from ?? ""} className={controlClass} />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="to" className="text-sm">{t("filters.to")}</label>
              <input id="to" name="to" type="date" defaultValue={query.to ?? ""} aria-invalid={!result.ok || undefined} aria-describedby={!result.ok ? "date-error" : undefined} className={controlClass} />
            </div>
          </div>
        </fieldset>
        <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-3">
          <button type="submit" className="button">{t("filters.apply")}</button>
          {filtered ? (
            <NextLink href={path} prefetch={false} className="button-secondary">{t("filters.reset")}</NextLink>
          ) : null}
        </div>
      </form>

      {!result.ok ? (
        <p id="date-error" role="alert" className="card border-red-700 bg-red-50 font-semibold text-red-900">
          {t("errors.dateRange")}
        </p>
      ) : (
        <section className="flex flex-col gap-3">
          <h2 id="results" className="text-xl font-bold">
            {t("results", { count: result.total })}
          </h2>
          {result.items.length ? (
            <ol className="flex flex-col gap-3" aria-labelledby="results">
              {result.items.map((e) => (
                <li key={e.id} className="card flex flex-col gap-2 p-4">
                  <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                    <strong className="font-mono break-all">{e.action}</strong>
                    <span className="text-sm text-slate-700">
                      <DateTime value={e.at} locale={locale} />
                    </span>
                  </p>
                  <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
                    <dt className="font-semibold">{t("entry.actor")}</dt>
                    <dd className="break-all">{e.actorLabel}</dd>
                    <dt className="font-semibold">{t("entry.entity")}</dt>
                    <dd className="break-all">
                      {e.entityType}
                      {e.entityId ? <span className="font-mono"> {e.entityId}</span> : null}
                    </dd>
                    <dt className="font-semibold">{t("entry.voivodeship")}</dt>
                    <dd>{e.voivodeshipCode ? regionName(e.voivodeshipCode) : t("none")}</dd>
                  </dl>
                  {e.details !== null && e.details !== undefined ? (
                    <div className="text-sm">
                      <p className="font-semibold">{t("entry.details")}</p>
                      <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-3 text-xs break-all whitespace-pre-wrap">{JSON.stringify(e.details, null, 2)}</pre>
                    </div>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <p>{filtered ? t("noResults") : t("empty")}</p>
          )}
          <Pager
            page={result.page}
            pages={result.pages}
            href={(n) => `${path}${auditQueryString(query, n)}`}
            labels={{ nav: t("pagination"), previous: t("previous"), next: t("next"), pageOf: t("pageOf", { page: result.page, pages: result.pages }) }}
          />
        </section>
      )}
    </div>
  );
}
