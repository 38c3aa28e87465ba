import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath } from "@/features/admin/routes";
import { listQueryString, type RegistrationListQuery } from "@/features/admin-registrations/schema";

/** From an event's sign-ups to its export form (taking the list's filters along) and attendance list. */
export async function ExportLink({ locale, eventId, query }: { locale: string; eventId: string; query: RegistrationListQuery }) {
  const t = await getTranslations("AdminExport");
  return (
    <NextLink href={`${adminPath("eventExport", { locale, eventId })}${listQueryString({ ...query, page: 1 })}`} prefetch={false} className="button-secondary w-fit">
      {t("listLink")}
    </NextLink>
  );
}
