import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath } from "@/features/admin/routes";

/** The dashboard's way into events management (create, edit, publish, cancel, messages). */
export async function ManageEventsLink({ locale }: { locale: string }) {
  const t = await getTranslations("AdminEvents");
  return (
    <p>
      <NextLink href={adminPath("adminEvents", { locale })} prefetch={false} className="button-secondary">
        {t("dashboardLink")}
      </NextLink>
    </p>
  );
}
