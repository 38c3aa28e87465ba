import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JoinForm } from "@/features/organisations/components/join-form";
import { JoinMessagesProvider } from "@/features/organisations/components/join-messages-provider";
import { listVoivodeships } from "@/features/regions/data";
import { issueFormToken } from "@/features/registrations/tokens";
import { Link } from "@/i18n/navigation";
import { localized } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { PRIVACY_POLICY_VERSION } from "@/lib/policy";
import { joinAction } from "./actions";
import { staleIfError } from "@/server/stale-if-error";

// Rendered per request: the anti-spam form token carries the time the form was shown.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ voivodeship?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "OrganisationJoin" });
  return { title: t("title") };
}

export default async function JoinPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const [t, voivodeships] = await Promise.all([getTranslations("OrganisationJoin"), staleIfError("voivodeships", listVoivodeships)]); // the form comes back whole during a database outage
  // Linked from a region's page with ?voivodeship=<slug>: that region is chosen already.
  const fromRegion = (await searchParams).voivodeship;
  const preset = voivodeships.find((v) => v.slug === fromRegion)?.code ?? "";

  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <p>
        <Link href="/organisations">← {t("backToDirectory")}</Link>
      </p>
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-lg">{t("lead")}</p>
        <p>{t("howItWorks")}</p>
      </header>
      <JoinMessagesProvider>
        <JoinForm
          mode="create"
          action={joinAction.bind(null, locale)}
          initial={{ voivodeshipCode: preset }}
          formToken={issueFormToken()}
          locale={locale}
          voivodeships={voivodeships.map((v) => ({ code: v.code, name: localized(v, "name", locale) }))}
          privacyHref={`/${locale}/privacy`}
          policyVersion={PRIVACY_POLICY_VERSION}
        />
      </JoinMessagesProvider>
    </div>
  );
}
