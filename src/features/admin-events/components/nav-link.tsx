import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath } from "@/features/admin/routes";

/** The admin layout's link to the events the user manages. */
export async function EventsNavLink({ locale }: { locale: string }) {
  const t = await getTranslations("AdminEvents");
  return (
    <NextLink href={adminPath("adminEvents", { locale })} prefetch={false} className="inline-flex min-h-11 items-center rounded px-3 font-semibold">
      {t("nav")}
    </NextLink>
  );
}
