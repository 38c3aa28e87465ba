import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { AccountForm } from "@/features/admin-accounts/components/account-form";
import { AccountStatus } from "@/features/admin-accounts/components/account-status";
import { AccountMessagesProvider } from "@/features/admin-accounts/components/messages-provider";
import { getAccount } from "@/features/admin-accounts/data";
import { INVITATION_DAYS } from "@/features/admin-accounts/schema";
import { DateTime, formatWhen } from "@/features/admin-registrations/components/date-time";
import { firstValues } from "@/features/admin-registrations/schema";
import { listVoivodeships } from "@/features/regions/data";
import { localized } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireAdmin } from "@/server/session";
import { resendInvitationAction, setAccountActiveAction, updateAccountAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; userId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminAccounts.edit" });
  return { title: t("metaTitle") };
}

const FLASHES = ["invited", "saved", "reinvited", "deactivated", "reactivated"] as const;
const ERRORS = ["self", "alreadyAccepted", "inactive"] as const;

export default async function AccountPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { userId } = await params;
  await requireAdmin({ next: adminPath("accountDetail", { locale, userId }) });
  const account = await getAccount(userId);
  if (!account) notFound();
  const query = firstValues(await searchParams);
  const [t, ta, voivodeships] = await Promise.all([getTranslations("AdminAccounts"), getTranslations("Admin"), listVoivodeships()]);
  const flash = FLASHES.find((f) => query[f] === "1");
  const error = ERRORS.find((e) => query.error === e);

  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <p>
        <NextLink href={adminPath("accounts", { locale })} prefetch={false}>
          ← {t("edit.back")}
        </NextLink>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">
          {account.name} {account.isSelf ? <span className="text-xl font-normal text-slate-700">{t("list.you")}</span> : null}
        </h1>
        <p className="break-all">{account.email}</p>
        <p>
          {ta(`role.${account.role}`)} · <AccountStatus account={account} />
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">{t("edit.created")}</dt>
          <dd>
            <DateTime value={account.createdAt} locale={locale} />
          </dd>
          <dt className="font-semibold">{t("edit.lastLogin")}</dt>
          <dd>{account.lastLoginAt ? <DateTime value={account.lastLoginAt} locale={locale} /> : t("list.never")}</dd>
        </dl>
      </header>

      {flash ? (
        <p role="status" className="card border-green-700 bg-green-50">
          {flash === "invited" ? t("flash.invited", { email: account.email }) : t(`flash.${flash}`)}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="card border-red-700 bg-red-50 font-semibold text-red-900">
          {t(`errors.${error}`)}
        </p>
      ) : null}

      <section aria-labelledby="scope-title" className="flex flex-col gap-3">
        <h2 id="scope-title" className="text-xl font-bold">
          {t("edit.scopeTitle")}
        </h2>
        <AccountMessagesProvider>
          <AccountForm
            mode="edit"
            action={updateAccountAction.bind(null, locale, account.id)}
            voivodeships={voivodeships.map((v) => ({ code: v.code, name: localized(v, "name", locale) }))}
            initial={{ role: account.role, voivodeships: account.voivodeshipCodes }}
            roleLocked={account.isSelf}
          />
        </AccountMessagesProvider>
      </section>

      {account.invitation && account.isActive ? (
        <section aria-labelledby="invitation-title" className="card flex flex-col gap-3">
          <h2 id="invitation-title" className="text-xl font-bold">
            {t("edit.invitationTitle")}
          </h2>
          <p>
            {account.invitation === "pending" && account.invitationExpiresAt
              ? t("edit.invitationPending", { date: formatWhen(account.invitationExpiresAt, locale) })
              : t("edit.invitationExpired")}
          </p>
          <form action={resendInvitationAction.bind(null, locale, account.id)} className="flex flex-col gap-2">
            <p id="resend-hint" className="text-sm text-slate-700">
              {t("edit.resendHint", { days: INVITATION_DAYS })}
            </p>
            <p>
              <button type="submit" className="button-secondary" aria-describedby="resend-hint">
                {t("edit.resend")}
              </button>
            </p>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="access-title" className="card flex flex-col gap-3">
        <h2 id="access-title" className="text-xl font-bold">
          {t("edit.accessTitle")}
        </h2>
        <p>{account.isActive ? t("edit.activeNotice") : t("edit.inactiveNotice")}</p>
        {account.isSelf ? (
          <p className="text-sm text-slate-700">{t("edit.selfHint")}</p>
        ) : account.isActive ? (
          <form action={setAccountActiveAction.bind(null, locale, account.id, false)} className="flex flex-col gap-2">
            <p id="deactivate-hint" className="text-sm text-slate-700">
              {t("edit.deactivateHint")}
            </p>
            <p>
              <button type="submit" className="inline-flex min-h-11 items-center justify-center rounded-md border-2 border-red-800 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50" aria-describedby="deactivate-hint">
                {t("edit.deactivate")}
              </button>
            </p>
          </form>
        ) : (
          <form action={setAccountActiveAction.bind(null, locale, account.id, true)}>
            <button type="submit" className="button-secondary">
              {t("edit.reactivate")}
            </button>
          </form>
        )}
      </section>
    </div>
  );
}
