import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath } from "@/features/admin/routes";

/** The admin layout's link to the accounts page; the layout shows it to admins only (the page checks again). */
export async function AccountsNavLink({ locale }: { locale: string }) {
  const t = await getTranslations("AdminAccounts");
  return (
    <NextLink href={adminPath("accounts", { locale })} prefetch={false} className="inline-flex min-h-11 items-center rounded px-3 font-semibold">
      {t("nav")}
    </NextLink>
  );
}
