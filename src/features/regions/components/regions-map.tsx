import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { localized } from "@/lib/localized";
import { countOrganisationsByVoivodeship, listVoivodeships } from "../data";
import { VoivodeshipMap } from "./voivodeship-map";

/** Poland's voivodeships with the four programme regions marked and linked, and organisation counts. */
export async function RegionsMap({ locale }: { locale: Locale }) {
  const [t, voivodeships, counts] = await Promise.all([
    getTranslations("Regions"),
    listVoivodeships(),
    countOrganisationsByVoivodeship(),
  ]);
  return (
    <VoivodeshipMap
      title={t("mapTitle")}
      description={t("mapDescription")}
      regions={voivodeships.map((v) => {
        const count = counts.get(v.code) ?? 0;
        return {
          code: v.code,
          name: localized(v, "name", locale),
          highlighted: v.isProgrammeRegion,
          href: v.isProgrammeRegion ? getPathname({ locale, href: `/regions/${v.slug}` }) : undefined,
          count: v.isProgrammeRegion ? count : undefined,
          countLabel: v.isProgrammeRegion ? t("organisationCount", { count }) : undefined,
        };
      })}
    />
  );
}
