import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listOffers } from "@/features/offers/data";
import { Link } from "@/i18n/navigation";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";

export const revalidate = 300;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Offers" });
  return { title: t("title") };
}

export default async function OffersPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [t, offers] = await Promise.all([getTranslations("Offers"), listOffers()]);
  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl">{t("lead")}</p>
      </header>
      <ul className="grid gap-4 md:grid-cols-2">
        {offers.map((offer) => (
          <li key={offer.id} className="card flex flex-col gap-2">
            <h2 className="text-xl font-bold" lang={textLang(offer, "title", locale)}>
              <Link href={`/offers/${offer.slug}`}>{localized(offer, "title", locale)}</Link>
            </h2>
            <p lang={textLang(offer, "summary", locale)}>{localized(offer, "summary", locale)}</p>
            <p className="text-sm text-slate-700">
              <strong>{t("forWhom")}:</strong> <span lang={textLang(offer, "audience", locale)}>{localized(offer, "audience", locale)}</span>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
