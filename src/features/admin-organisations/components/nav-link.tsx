import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath } from "@/features/admin/routes";

/** The admin layout's link to the organisations waiting for moderation (and all others). */
export async function OrganisationsNavLink({ locale }: { locale: string }) {
  const t = await getTranslations("AdminOrganisations");
  return (
    <NextLink href={adminPath("organisations", { locale })} prefetch={false} className="inline-flex min-h-11 items-center rounded px-3 font-semibold">
      {t("nav")}
    </NextLink>
  );
}
