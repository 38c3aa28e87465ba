import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContentPage } from "@/components/ui/content-page";
import { routing } from "@/i18n/routing";
import { pageLocale } from "@/lib/page";
import { COORDINATORS_EMAIL } from "@/lib/policy";

export const generateStaticParams = () => routing.locales.map((locale) => ({ locale }));

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Contact" });
  return { title: t("title") };
}

export default async function ContactPage({ params }: Props) {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Contact" });
  return (
    <ContentPage namespace="Contact">
      <p className="card text-lg">
        <span className="block font-semibold">{t("emailLabel")}</span>
        <a href={`mailto:${COORDINATORS_EMAIL}`}>{COORDINATORS_EMAIL}</a>
      </p>
    </ContentPage>
  );
}
