import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisationCard } from "@/features/organisations/components/organisation-card";
import { listDirectory, listDirectoryFacets } from "@/features/organisations/data";
import { directoryFilterSchema, firstValues, organisationTypes, type DirectoryFilter } from "@/features/organisations/schema";
import { DirectoryMap } from "@/features/regions/components/directory-map";
import { listVoivodeships } from "@/features/regions/data";
import { Link } from "@/i18n/navigation";
import { localized } from "@/lib/localized";
import { pageLocale } from "@/lib/page";

// Filtered by the query string, so rendered per request (the only public page that is).
type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Organisations" });
  return { title: t("title") };
}

function pageQuery(filter: DirectoryFilter, page: number) {
  const { page: _, ...rest } = filter;
  const query = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Record<string, string>;
  return page > 1 ? { ...query, page: String(page) } : query;
}

const selectClass = "min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2";

export default async function OrganisationsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const filter = directoryFilterSchema.parse(firstValues(await searchParams));
  const [t, tl, result, facets, voivodeships] = await Promise.all([
    getTranslations("Organisations"),
    getTranslations("Languages"),
    listDirectory(filter),
    listDirectoryFacets(),
    listVoivodeships(),
  ]);
  const languageName = (code: string) => (tl.has(code as "pl") ? tl(code as "pl") : code);
  const tj = await getTranslations("OrganisationJoin");
  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl">{t("lead")}</p>
        <p className="mt-3">
          {tj("ctaLead")}{" "}
          <Link href="/organisations/join" className="font-semibold">{tj("cta")}</Link>
        </p>
      </header>
      <form method="get" role="search" aria-label={t("filtersLabel")} className="card grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="flex flex-col gap-1 sm:col-span-2 lg:col-span-3">
          <label htmlFor="q" className="font-semibold">{t("search")}</label>
          <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} className={selectClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="voivodeship" className="font-semibold">{t("voivodeship")}</label>
          <select id="voivodeship" name="voivodeship" defaultValue={filter.voivodeship ?? ""} className={selectClass}>
            <option value="">{t("all")}</option>
            {voivodeships.map((v) => (
              <option key={v.code} value={v.slug}>{localized(v, "name", locale)}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="type" className="font-semibold">{t("typeLabel")}</label>
          <select id="type" name="type" defaultValue={filter.type ?? ""} className={selectClass}>
            <option value="">{t("all")}</option>
            {organisationTypes.map((type) => (
              <option key={type} value={type}>{t(`type.${type}`)}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="community" className="font-semibold">{t("community")}</label>
          <select id="community" name="community" defaultValue={filter.community ?? ""} className={selectClass}>
            <option value="">{t("all")}</option>
            {facets.communities.map((c) => (
              <option key={c} value={c} lang="pl">{c}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="language" className="font-semibold">{t("language")}</label>
          <select id="language" name="language" defaultValue={filter.language ?? ""} className={selectClass}>
            <option value="">{t("all")}</option>
            {facets.languages.map((code) => (
              <option key={code} value={code}>{languageName(code)}</option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-2">
          <button type="submit" className="button">{t("apply")}</button>
          <Link href="/organisations" className="button-secondary">{t("reset")}</Link>
        </div>
      </form>

      <section aria-labelledby="results">
        <h2 id="results" className="mb-4 text-xl font-bold">
          {t("results", { count: result.total })}
        </h2>
        {result.items.length ? (
          <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
            {result.items.map((organisation) => (
              <li key={organisation.id}>
                <OrganisationCard organisation={organisation} locale={locale} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("noResults")}</p>
        )}
        {result.pages > 1 ? (
          <nav aria-label={t("pagination")} className="mt-6">
            <ul className="flex flex-wrap gap-2">
              {Array.from({ length: result.pages }, (_, i) => i + 1).map((page) => (
                <li key={page}>
                  <Link
                    href={{ pathname: "/organisations", query: pageQuery(filter, page) }}
                    aria-current={page === filter.page ? "page" : undefined}
                    aria-label={t("pageN", { page })}
                    className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded border px-3 no-underline ${
                      page === filter.page ? "bg-brand-800 text-white hover:text-white" : "border-brand-800"
                    }`}
                  >
                    {page}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </section>

      <section aria-labelledby="directory-map">
        <h2 id="directory-map" className="mb-4 text-xl font-bold">
          {t("mapTitle")}
        </h2>
        <DirectoryMap locale={locale} />
      </section>
    </div>
  );
}
