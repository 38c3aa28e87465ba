import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("text")}</p>
      <p className="flex flex-wrap gap-3">
        <Link href="/" className="button">{t("home")}</Link>
        <Link href="/events" className="button-secondary">{t("events")}</Link>
      </p>
    </div>
  );
}
