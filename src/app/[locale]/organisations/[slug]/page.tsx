import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PlainText } from "@/components/ui/plain-text";
import { getPublicOrganisation } from "@/features/organisations/data";
import { Link } from "@/i18n/navigation";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";

export const revalidate = 300;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const organisation = await getPublicOrganisation((await params).slug);
  return organisation ? { title: organisation.name } : {};
}

export default async function OrganisationPage({ params }: Props) {
  const locale = await pageLocale(params);
  const organisation = await getPublicOrganisation((await params).slug);
  if (!organisation) notFound();
  const [t, tl] = await Promise.all([getTranslations("Organisations"), getTranslations("Languages")]);
  const languageName = (code: string) => (tl.has(code as "pl") ? tl(code as "pl") : code);
  return (
    <article className="flex max-w-3xl flex-col gap-6">
      <p>
        <Link href="/organisations">← {t("backToDirectory")}</Link>
      </p>
      <header>
        <h1 className="mb-2 text-3xl font-bold">{organisation.name}</h1>
        {organisation.isPartner ? (
          <p className="w-fit rounded bg-brand-100 px-2 py-0.5 font-semibold text-brand-900">{t("partner")}</p>
        ) : null}
      </header>
      <dl className="card grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("typeLabel")}</dt>
        <dd>{t(`type.${organisation.type}`)}</dd>
        <dt className="font-semibold">{t("place")}</dt>
        <dd>
          {organisation.city},{" "}
          <Link href={{ pathname: "/organisations", query: { voivodeship: organisation.voivodeship.slug } }}>
            {localized(organisation.voivodeship, "name", locale)}
          </Link>
        </dd>
        {organisation.communities.length ? (
          <>
            <dt className="font-semibold">{t("communities")}</dt>
            <dd lang="pl">{organisation.communities.join(", ")}</dd>
          </>
        ) : null}
        {organisation.languages.length ? (
          <>
            <dt className="font-semibold">{t("languages")}</dt>
            <dd>{organisation.languages.map(languageName).join(", ")}</dd>
          </>
        ) : null}
        {organisation.website ? (
          <>
            <dt className="font-semibold">{t("website")}</dt>
            <dd><a href={organisation.website} rel="noopener noreferrer">{organisation.website}</a></dd>
          </>
        ) : null}
        {organisation.publicEmail ? (
          <>
            <dt className="font-semibold">{t("email")}</dt>
            <dd><a href={`mailto:${organisation.publicEmail}`}>{organisation.publicEmail}</a></dd>
          </>
        ) : null}
        {organisation.publicPhone ? (
          <>
            <dt className="font-semibold">{t("phone")}</dt>
            <dd><a href={`tel:${organisation.publicPhone.replace(/\s/g, "")}`}>{organisation.publicPhone}</a></dd>
          </>
        ) : null}
      </dl>
      {organisation.descriptionPl ? (
        <section aria-labelledby="org-about">
          <h2 id="org-about" className="mb-2 text-xl font-bold">{t("about")}</h2>
          <PlainText text={localized(organisation, "description", locale)} lang={textLang(organisation, "description", locale)} />
        </section>
      ) : null}
    </article>
  );
}
