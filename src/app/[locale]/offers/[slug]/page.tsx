import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PlainText } from "@/components/ui/plain-text";
import { ApplyLink } from "@/features/applications/components/apply-link";
import { getOffer } from "@/features/offers/data";
import { Link } from "@/i18n/navigation";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";

export const revalidate = 300;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const offer = await getOffer((await params).slug);
  return offer ? { title: localized(offer, "title", locale), description: localized(offer, "summary", locale) } : {};
}

export default async function OfferPage({ params }: Props) {
  const locale = await pageLocale(params);
  const offer = await getOffer((await params).slug);
  if (!offer) notFound();
  const t = await getTranslations("Offers");
  const sections = [
    ["audience", t("forWhom")],
    ["benefits", t("whatYouGet")],
    ["howTo", t("howToTakePart")],
  ] as const;
  return (
    <article className="flex max-w-3xl flex-col gap-6">
      <p>
        <Link href="/offers">← {t("backToOffers")}</Link>
      </p>
      <header>
        <h1 className="mb-3 text-3xl font-bold" lang={textLang(offer, "title", locale)}>
          {localized(offer, "title", locale)}
        </h1>
        <p className="text-lg" lang={textLang(offer, "summary", locale)}>
          {localized(offer, "summary", locale)}
        </p>
      </header>
      <ApplyLink offer={offer} />
      {sections.map(([field, heading]) => (
        <section key={field} aria-labelledby={`offer-${field}`}>
          <h2 id={`offer-${field}`} className="mb-2 text-xl font-bold">
            {heading}
          </h2>
          <PlainText text={localized(offer, field, locale)} lang={textLang(offer, field, locale)} />
        </section>
      ))}
      <p className="card">
        {t("questions")} <a href="mailto:lesya@kalejdoskopkultur.pl">lesya@kalejdoskopkultur.pl</a>
      </p>
    </article>
  );
}
