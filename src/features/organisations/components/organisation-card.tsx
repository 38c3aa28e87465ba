import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { localized, textLang } from "@/lib/localized";
import type { PublicOrganisation } from "../data";

export async function OrganisationCard({ organisation, locale }: { organisation: PublicOrganisation; locale: Locale }) {
  const t = await getTranslations("Organisations");
  return (
    <article className="card flex h-full flex-col gap-2">
      <h3 className="text-lg font-bold">
        <Link href={`/organisations/${organisation.slug}`}>{organisation.name}</Link>
      </h3>
      <p className="text-sm text-slate-700">
        {t(`type.${organisation.type}`)} · {organisation.city}, {localized(organisation.voivodeship, "name", locale)}
      </p>
      {organisation.isPartner ? (
        <p className="w-fit rounded bg-brand-100 px-2 py-0.5 text-sm font-semibold text-brand-900">{t("partner")}</p>
      ) : null}
      {organisation.descriptionPl ? (
        <p className="line-clamp-3" lang={textLang(organisation, "description", locale)}>
          {localized(organisation, "description", locale)}
        </p>
      ) : null}
    </article>
  );
}
