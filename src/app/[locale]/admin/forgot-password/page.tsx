import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath, loginPath } from "@/features/admin/routes";
import { ForgotPasswordForm } from "@/features/admin-accounts/components/forgot-password-form";
import { AccountMessagesProvider } from "@/features/admin-accounts/components/messages-provider";
import { PASSWORD_RESET_MINUTES } from "@/features/admin-accounts/schema";
import { pageLocale } from "@/lib/page";
import { requestPasswordResetAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "PasswordReset.forgot" });
  return { title: t("metaTitle") };
}

export default async function ForgotPasswordPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const sent = (await searchParams).sent === "1";
  const t = await getTranslations("PasswordReset");

  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6">
      <header>
        <h1 className="mb-2 text-3xl font-bold">{t("forgot.title")}</h1>
        {sent ? null : <p>{t("forgot.lead")}</p>}
      </header>
      {sent ? (
        <p role="status" className="card border-green-700 bg-green-50">
          {t("forgot.sent", { minutes: PASSWORD_RESET_MINUTES })}
        </p>
      ) : (
        <AccountMessagesProvider>
          <ForgotPasswordForm action={requestPasswordResetAction.bind(null, locale)} />
        </AccountMessagesProvider>
      )}
      <p>
        <NextLink href={loginPath(locale)} prefetch={false}>
          ← {t("backToLogin")}
        </NextLink>
      </p>
      {sent ? (
        <p className="text-sm text-slate-700">
          <NextLink href={adminPath("forgotPassword", { locale })} prefetch={false}>
            {t("invalid.requestNew")}
          </NextLink>
        </p>
      ) : null}
    </div>
  );
}
