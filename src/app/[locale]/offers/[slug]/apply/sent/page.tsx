import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/lib/page";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ already?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Apply" });
  return { title: t("sentTitle"), robots: { index: false } };
}

export default async function ApplicationSentPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const { slug } = await params;
  const already = (await searchParams).already === "1";
  const t = await getTranslations("Apply");
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold">{already ? t("alreadyTitle") : t("sentTitle")}</h1>
      <p className="text-lg">{already ? t("alreadyText") : t("sentText")}</p>
      {already ? null : <p>{t("sentNext")}</p>}
      <p>{t("noMail")}</p>
      <p>
        <Link href={`/offers/${slug}`}>← {t("backToOffer")}</Link>
      </p>
    </div>
  );
}
