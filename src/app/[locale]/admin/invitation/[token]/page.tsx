import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkPasswordPage } from "@/features/admin-accounts/components/link-password-page";
import { pageLocale } from "@/lib/page";
import { acceptInvitationAction } from "./actions";

// Behind a personal link: rendered per request, never cached (the admin layout also marks it noindex).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "PasswordReset.invitation" });
  return { title: t("metaTitle") };
}

export default async function AcceptInvitationPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { token } = await params;
  return <LinkPasswordPage kind="INVITATION" locale={locale} token={token} action={acceptInvitationAction.bind(null, locale, token)} />;
}
