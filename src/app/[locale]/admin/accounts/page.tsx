import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath } from "@/features/admin/routes";
import { AccountStatus } from "@/features/admin-accounts/components/account-status";
import { listAccounts } from "@/features/admin-accounts/data";
import { DateTime } from "@/features/admin-registrations/components/date-time";
import { listVoivodeships } from "@/features/regions/data";
import { localized } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireAdmin } from "@/server/session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminAccounts.list" });
  return { title: t("metaTitle") };
}

export default async function AccountsPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requireAdmin({ next: adminPath("accounts", { locale }) });
  const [t, ta, accounts, voivodeships] = await Promise.all([getTranslations("AdminAccounts"), getTranslations("Admin"), listAccounts(), listVoivodeships()]);
  const names = new Map(voivodeships.map((v) => [v.code, localized(v, "name", locale)]));

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">{t("list.title")}</h1>
        <p className="max-w-3xl">{t("list.lead")}</p>
        <p>
          <NextLink href={adminPath("accountInvite", { locale })} prefetch={false} className="button">
            {t("list.invite")}
          </NextLink>
        </p>
      </header>
      {accounts.length ? (
        <div role="region" aria-labelledby="accounts-caption" tabIndex={0} className="overflow-x-auto">
          <table className="w-full min-w-[48rem] border-collapse text-left">
            <caption id="accounts-caption" className="sr-only">
              {t("list.tableCaption")}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-300 align-bottom">
                <th scope="col" className="py-2 pr-4">{t("list.columns.name")}</th>
                <th scope="col" className="py-2 pr-4">{t("list.columns.email")}</th>
                <th scope="col" className="py-2 pr-4">{t("list.columns.role")}</th>
                <th scope="col" className="py-2 pr-4">{t("list.columns.voivodeships")}</th>
                <th scope="col" className="py-2 pr-4">{t("list.columns.status")}</th>
                <th scope="col" className="py-2">{t("list.columns.lastLogin")}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-4 text-left font-normal">
                    <NextLink href={adminPath("accountDetail", { locale, userId: a.id })} prefetch={false} className="font-semibold">
                      {a.name}
                    </NextLink>
                    {a.isSelf ? <span className="ml-1 text-sm text-slate-700">{t("list.you")}</span> : null}
                  </th>
                  <td className="py-2 pr-4 break-all">{a.email}</td>
                  <td className="py-2 pr-4">{ta(`role.${a.role}`)}</td>
                  <td className="py-2 pr-4">
                    {a.role === "ADMIN" ? t("list.allVoivodeships") : a.voivodeshipCodes.length ? a.voivodeshipCodes.map((c) => names.get(c) ?? c).join(", ") : t("list.noVoivodeships")}
                  </td>
                  <td className="py-2 pr-4">
                    <AccountStatus account={a} />
                  </td>
                  <td className="py-2 whitespace-nowrap">{a.lastLoginAt ? <DateTime value={a.lastLoginAt} locale={locale} /> : t("list.never")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("list.empty")}</p>
      )}
    </div>
  );
}
