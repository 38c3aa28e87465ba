import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath } from "@/features/admin/routes";
import { listOffersWithApplicationCounts } from "@/features/admin-applications/data";
import { APPLICATION_STATUSES } from "@/features/applications/schema";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireCoordinator } from "@/server/session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminApplications.offers" });
  return { title: t("title") };
}

export default async function AdminOffersPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requireCoordinator({ next: adminPath("offers", { locale }) });
  const [t, offers] = await Promise.all([getTranslations("AdminApplications"), listOffersWithApplicationCounts()]);

  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="mb-2 text-3xl font-bold">{t("offers.title")}</h1>
        <p className="max-w-3xl">{t("offers.lead")}</p>
      </header>
      <div role="region" aria-labelledby="offers-table" tabIndex={0} className="overflow-x-auto">
        <table className="w-full min-w-[48rem] border-collapse text-left">
          <caption id="offers-table" className="sr-only">{t("offers.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300 align-bottom">
              <th scope="col" className="py-2 pr-4">{t("offers.offer")}</th>
              {APPLICATION_STATUSES.map((s) => (
                <th key={s} scope="col" className="py-2 pr-4 text-right">{t(`status.${s}`)}</th>
              ))}
              <th scope="col" className="py-2 text-right">{t("offers.total")}</th>
            </tr>
          </thead>
          <tbody>
            {offers.map((offer) => (
              <tr key={offer.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-4 text-left font-normal">
                  <NextLink href={adminPath("offerApplications", { locale, offerSlug: offer.slug })} prefetch={false} className="font-semibold" lang={textLang(offer, "title", locale)}>
                    {localized(offer, "title", locale)}
                  </NextLink>
                </th>
                {APPLICATION_STATUSES.map((s) => (
                  <td key={s} className="py-2 pr-4 text-right tabular-nums">{offer.counts[s]}</td>
                ))}
                <td className="py-2 text-right font-semibold tabular-nums">{offer.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
