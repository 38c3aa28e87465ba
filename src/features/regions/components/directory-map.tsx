import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { localized } from "@/lib/localized";
import { countOrganisationsByVoivodeship, listVoivodeships } from "../data";
import { VoivodeshipMap } from "./voivodeship-map";

/** Every voivodeship with its number of organisations, each linking to the directory filtered to it. */
export async function DirectoryMap({ locale }: { locale: Locale }) {
  const [t, voivodeships, counts] = await Promise.all([
    getTranslations("Organisations"),
    listVoivodeships(),
    countOrganisationsByVoivodeship(),
  ]);
  return (
    <VoivodeshipMap
      title={t("mapTitle")}
      description={t("mapDescription")}
      className="max-w-md"
      regions={voivodeships.map((v) => {
        const count = counts.get(v.code) ?? 0;
        const name = localized(v, "name", locale);
        return {
          code: v.code,
          name,
          highlighted: count > 0,
          href: getPathname({ locale, href: { pathname: "/organisations", query: { voivodeship: v.slug } } }),
          count,
          countLabel: t("mapCount", { count }),
        };
      })}
    />
  );
}
