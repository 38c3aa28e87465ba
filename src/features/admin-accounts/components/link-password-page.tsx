import type { AuthTokenKind } from "@/generated/prisma/client";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath, loginPath } from "@/features/admin/routes";
import { getLinkAccount } from "../data";
import { AccountMessagesProvider } from "./messages-provider";
import { PasswordForm } from "./password-form";
import type { PasswordFormState } from "./form-state";

type Props = {
  kind: AuthTokenKind;
  locale: string;
  token: string;
  action: (state: PasswordFormState, formData: FormData) => Promise<PasswordFormState>;
};

/** The page behind an invitation or password-reset link: the password form, or why the link does not work. */
export async function LinkPasswordPage({ kind, locale, token, action }: Props) {
  const [t, account] = await Promise.all([getTranslations("PasswordReset"), getLinkAccount(kind, token)]);
  const ns = kind === "INVITATION" ? "invitation" : "reset";

  if (!account) {
    return (
      <div className="mx-auto flex w-full max-w-md flex-col gap-6">
        <h1 className="text-3xl font-bold">{t("invalid.title")}</h1>
        <p>{t("invalid.body")}</p>
        <p>{kind === "INVITATION" ? t("invalid.invitationNext") : t("invalid.resetNext")}</p>
        <p className="flex flex-wrap gap-3">
          {kind === "PASSWORD_RESET" ? (
            <NextLink href={adminPath("forgotPassword", { locale })} prefetch={false} className="button">
              {t("invalid.requestNew")}
            </NextLink>
          ) : null}
          <NextLink href={loginPath(locale)} prefetch={false} className="button-secondary">
            {t("backToLogin")}
          </NextLink>
        </p>
      </div>
    );
  }

  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6">
      <header>
        <h1 className="mb-2 text-3xl font-bold">{t(`${ns}.title`)}</h1>
        <p>{t(`${ns}.lead`, { name: account.name, email: account.email })}</p>
      </header>
      <AccountMessagesProvider>
        <PasswordForm action={action} email={account.email} />
      </AccountMessagesProvider>
    </div>
  );
}
