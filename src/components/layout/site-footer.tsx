import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 py-8 text-sm text-slate-700">
      <div className="container-page grid gap-6 sm:grid-cols-2">
        <p>{t("footerAbout")}</p>
        <nav aria-label={t("footerNav")}>
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            <li><Link href="/privacy" prefetch={false}>{t("nav.privacy")}</Link></li>
            <li><Link href="/accessibility" prefetch={false}>{t("nav.accessibility")}</Link></li>
            <li><Link href="/contact" prefetch={false}>{t("nav.contact")}</Link></li>
            <li><a href="/sitemap.xml">{t("nav.sitemap")}</a></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
