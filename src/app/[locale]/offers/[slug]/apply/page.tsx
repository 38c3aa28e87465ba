import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ApplicationForm } from "@/features/applications/components/application-form";
import { ApplyMessagesProvider } from "@/features/applications/components/messages-provider";
import { getApplicationOffer } from "@/features/applications/data";
import type { OfferKind } from "@/features/applications/schema";
import { loadFormOptions } from "@/features/registrations/form-options";
import { issueFormToken } from "@/features/registrations/tokens";
import { Link } from "@/i18n/navigation";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { PRIVACY_POLICY_VERSION } from "@/lib/policy";
import { applyAction } from "./actions";
import { staleIfError } from "@/server/stale-if-error";

// Rendered per request: the anti-spam form token carries the time the form was shown.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Apply" });
  const slug = (await params).slug;
  const offer = await staleIfError(`offer:${slug}`, () => getApplicationOffer(slug));
  return { title: offer ? t("pageTitle", { offer: localized(offer, "title", locale) }) : t("title") };
}

export default async function ApplyPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  // A form sent while the database is down is shown again with its answers: see stale-if-error.ts.
  const offer = await staleIfError(`offer:${slug}`, () => getApplicationOffer(slug));
  if (!offer) notFound();
  const [t, options] = await Promise.all([getTranslations("Apply"), staleIfError(`formOptions:${locale}`, () => loadFormOptions(locale))]);
  const title = localized(offer, "title", locale);

  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <p>
        <Link href={`/offers/${slug}`}>← {t("backToOffer")}</Link>
      </p>
      <header>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        <p className="text-lg font-semibold" lang={textLang(offer, "title", locale)}>
          {title}
        </p>
      </header>
      {offer.acceptsApplications ? (
        <>
          <p>{t("howItWorks")}</p>
          <ApplyMessagesProvider>
            <ApplicationForm
              kind={offer.kind as OfferKind}
              offerTitle={title}
              action={applyAction.bind(null, slug, locale)}
              initial={{ organisationMode: "none", contactLanguage: locale, mentoringLanguage: locale }}
              formToken={issueFormToken()}
              organisations={options.organisations}
              voivodeships={options.voivodeships}
              privacyHref={`/${locale}/privacy`}
              policyVersion={PRIVACY_POLICY_VERSION}
            />
          </ApplyMessagesProvider>
        </>
      ) : (
        <p className="card">{t("closedNote")}</p>
      )}
    </div>
  );
}
