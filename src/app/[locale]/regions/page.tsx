import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RegionsMap } from "@/features/regions/components/regions-map";
import { listProgrammeRegions } from "@/features/regions/data";
import { Link } from "@/i18n/navigation";
import { localized } from "@/lib/localized";
import { pageLocale } from "@/lib/page";

export const revalidate = 300;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Regions" });
  return { title: t("title") };
}

export default async function RegionsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [t, regions] = await Promise.all([getTranslations("Regions"), listProgrammeRegions()]);
  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl">{t("lead")}</p>
      </header>
      <div className="grid items-start gap-8 md:grid-cols-2">
        <ul className="flex flex-col gap-4">
          {regions.map((region) => (
            <li key={region.code} className="card">
              <h2 className="mb-1 text-xl font-bold">
                <Link href={`/regions/${region.slug}`}>{localized(region, "name", locale)}</Link>
              </h2>
              <p>
                {t("partner")}:{" "}
                {region.partners.map((p, i) => (
                  <span key={p.slug}>
                    {i > 0 ? ", " : null}
                    <Link href={`/organisations/${p.slug}`}>{p.name}</Link> ({p.city})
                  </span>
                ))}
              </p>
              <p className="text-sm text-slate-700">{t("organisationCount", { count: region.organisationCount })}</p>
            </li>
          ))}
        </ul>
        <RegionsMap locale={locale} />
      </div>
    </div>
  );
}
