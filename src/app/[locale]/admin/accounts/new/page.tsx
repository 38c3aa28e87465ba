import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath } from "@/features/admin/routes";
import { AccountForm } from "@/features/admin-accounts/components/account-form";
import { AccountMessagesProvider } from "@/features/admin-accounts/components/messages-provider";
import { INVITATION_DAYS } from "@/features/admin-accounts/schema";
import { listVoivodeships } from "@/features/regions/data";
import { localized } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireAdmin } from "@/server/session";
import { inviteAccountAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminAccounts.invite" });
  return { title: t("metaTitle") };
}

export default async function InviteAccountPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requireAdmin({ next: adminPath("accountInvite", { locale }) });
  const [t, voivodeships] = await Promise.all([getTranslations("AdminAccounts"), listVoivodeships()]);

  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <p>
        <NextLink href={adminPath("accounts", { locale })} prefetch={false}>
          ← {t("invite.back")}
        </NextLink>
      </p>
      <header>
        <h1 className="mb-2 text-3xl font-bold">{t("invite.title")}</h1>
        <p>{t("invite.lead", { days: INVITATION_DAYS })}</p>
      </header>
      <AccountMessagesProvider>
        <AccountForm mode="invite" action={inviteAccountAction.bind(null, locale)} voivodeships={voivodeships.map((v) => ({ code: v.code, name: localized(v, "name", locale) }))} />
      </AccountMessagesProvider>
    </div>
  );
}
