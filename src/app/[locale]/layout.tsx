import "../globals.css";
import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { routing } from "@/i18n/routing";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : "pl", namespace: "Metadata" });
  return {
    title: { default: t("title"), template: `%s · KOMM` },
    description: t("description"),
    // Declared, so that browsers do not ask for a /favicon.ico that does not exist (a 404 in the console).
    icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations("Layout"), getMessages()]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Client components get the locale and only the texts of the error page; forms add their own. */}
        <NextIntlClientProvider locale={locale} messages={{ ErrorPage: messages.ErrorPage }}>
          <a href="#main" className="skip-link">
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="container-page flex-1 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
