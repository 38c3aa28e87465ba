import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { getOrganisationForModeration } from "@/features/admin-organisations/data";
import { JoinForm } from "@/features/organisations/components/join-form";
import { JoinMessagesProvider } from "@/features/organisations/components/join-messages-provider";
import { joinValuesOf } from "@/features/organisations/join-schema";
import { listVoivodeships } from "@/features/regions/data";
import { localized } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { PRIVACY_POLICY_VERSION } from "@/lib/policy";
import { requireCoordinator } from "@/server/session";
import { updateOrganisationAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; organisationId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminOrganisations.edit" });
  return { title: t("metaTitle") };
}

export default async function EditOrganisationPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { organisationId } = await params;
  await requireCoordinator({ next: adminPath("organisationEdit", { locale, organisationId }) });
  const o = await getOrganisationForModeration(organisationId);
  if (!o) notFound();
  const [t, voivodeships] = await Promise.all([getTranslations("AdminOrganisations"), listVoivodeships()]);
  // a coordinator can move an organisation only within their own voivodeships
  const allowed = voivodeships.filter((v) => o.canMoveAnywhere || o.allowedVoivodeships.includes(v.code) || v.code === o.voivodeshipCode);

  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <p>
        <NextLink href={adminPath("organisationDetail", { locale, organisationId: o.id })} prefetch={false}>
          ← {t("edit.back")}
        </NextLink>
      </p>
      <header>
        <h1 className="mb-2 text-3xl font-bold">{t("edit.title")}</h1>
        <p className="text-lg font-semibold">{o.name}</p>
        <p>{t("edit.lead")}</p>
      </header>
      <JoinMessagesProvider>
        <JoinForm
          mode="coordinator"
          action={updateOrganisationAction.bind(null, locale, o.id)}
          initial={joinValuesOf(o)}
          locale={locale}
          voivodeships={allowed.map((v) => ({ code: v.code, name: localized(v, "name", locale) }))}
          privacyHref={`/${locale}/privacy`}
          policyVersion={PRIVACY_POLICY_VERSION}
        />
      </JoinMessagesProvider>
    </div>
  );
}
