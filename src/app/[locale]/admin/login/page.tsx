import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { redirect } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { safeAdminNext } from "@/features/admin/schema";
import { firstValues } from "@/features/admin-registrations/schema";
import { pageLocale } from "@/lib/page";
import { getCurrentUser } from "@/server/session";
import { loginAction } from "./actions";
import { LoginForm } from "./login-form";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminLogin" });
  return { title: t("metaTitle") };
}

export default async function LoginPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const query = firstValues(await searchParams);
  const dashboard = `/${locale}/admin`;
  const next = safeAdminNext(query.next, locale);
  if (await getCurrentUser()) redirect(next);
  const [t, tr, messages] = await Promise.all([getTranslations("AdminLogin"), getTranslations("PasswordReset"), getMessages()]);

  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6">
      <header>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        <p>{t("lead")}</p>
      </header>
      {query.passwordSet ? (
        <p role="status" className="card border-green-700 bg-green-50">
          {tr("passwordSet")}
        </p>
      ) : query.loggedOut ? (
        <p role="status" className="card border-green-700 bg-green-50">
          {t("loggedOut")}
        </p>
      ) : query.next ? (
        <p className="card border-amber-600 bg-amber-50">{t("loginRequired")}</p>
      ) : null}
      <NextIntlClientProvider messages={{ AdminLogin: messages.AdminLogin }}>
        <LoginForm action={loginAction.bind(null, locale)} next={next === dashboard ? undefined : next} />
      </NextIntlClientProvider>
      <p>
        <NextLink href={adminPath("forgotPassword", { locale })} prefetch={false}>
          {tr("loginLink")}
        </NextLink>
      </p>
      <p className="text-sm text-slate-700">{tr("noAccount")}</p>
    </div>
  );
}
