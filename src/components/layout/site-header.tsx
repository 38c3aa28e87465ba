import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { locales } from "@/i18n/routing";
import { LocaleSwitcher } from "./locale-switcher";

const nav = [
  ["/events", "events"],
  ["/offers", "offers"],
  ["/regions", "regions"],
  ["/organisations", "organisations"],
  ["/about", "about"],
  ["/contact", "contact"],
] as const;

export async function SiteHeader() {
  const [t, tl, locale] = await Promise.all([getTranslations("Layout"), getTranslations("LocaleNames"), getLocale()]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="container-page flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3">
        <Link href="/" className="flex flex-col no-underline" prefetch={false}>
          <span className="text-2xl font-bold tracking-tight text-brand-900">KOMM</span>
          <span className="max-w-xs text-xs leading-tight text-slate-700">{t("coalitionName")}</span>
        </Link>
        <LocaleSwitcher
          current={locale}
          label={t("languageNav")}
          options={locales.map((l) => ({ locale: l, name: tl(l) }))}
        />
      </div>
      <nav aria-label={t("mainNav")} className="border-t border-slate-100 bg-brand-50">
        <ul className="container-page flex flex-wrap gap-x-1 py-1">
          {nav.map(([href, key]) => (
            <li key={key}>
              <Link href={href} className="nav-link" prefetch={false}>
                {t(`nav.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
