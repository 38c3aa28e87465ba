import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** The offer page's way to its application form (or a note that applications are closed). */
export async function ApplyLink({ offer }: { offer: { slug: string; acceptsApplications: boolean } }) {
  const t = await getTranslations("Apply");
  if (!offer.acceptsApplications) return <p className="card">{t("closedNote")}</p>;
  return (
    <p>
      <Link href={`/offers/${offer.slug}/apply`} className="button w-full text-lg sm:w-auto">
        {t("applyButton")}
      </Link>
    </p>
  );
}
