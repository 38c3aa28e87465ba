import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath } from "@/features/admin/routes";

/** The admin layout's link to the offers' applications. */
export async function ApplicationsNavLink({ locale }: { locale: string }) {
  const t = await getTranslations("AdminApplications");
  return (
    <NextLink href={adminPath("offers", { locale })} prefetch={false} className="inline-flex min-h-11 items-center rounded px-3 font-semibold">
      {t("nav")}
    </NextLink>
  );
}
