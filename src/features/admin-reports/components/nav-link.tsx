import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath } from "@/features/admin/routes";

/** The admin layout's link to the report pack. */
export async function ReportsNavLink({ locale }: { locale: string }) {
  const t = await getTranslations("AdminReports");
  return (
    <NextLink href={adminPath("reports", { locale })} prefetch={false} className="inline-flex min-h-11 items-center rounded px-3 font-semibold">
      {t("nav")}
    </NextLink>
  );
}
