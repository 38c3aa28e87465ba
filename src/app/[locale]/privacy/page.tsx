import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContentPage } from "@/components/ui/content-page";
import { routing } from "@/i18n/routing";
import { pageLocale } from "@/lib/page";
import { COORDINATORS_EMAIL, PRIVACY_POLICY_VERSION } from "@/lib/policy";

export const generateStaticParams = () => routing.locales.map((locale) => ({ locale }));

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Privacy" });
  return { title: t("title") };
}

export default async function PrivacyPage({ params }: Props) {
  await pageLocale(params);
  return <ContentPage namespace="Privacy" values={{ email: COORDINATORS_EMAIL, version: PRIVACY_POLICY_VERSION }} />;
}
