"use client";

import { useLocale, useTranslations } from "next-intl";

// Unexpected failures (e.g. the database briefly down): a translated page with a way to try again.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("ErrorPage");
  const locale = useLocale();
  return (
    <div className="flex max-w-2xl flex-col gap-4" role="alert">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("text")}</p>
      <p className="flex flex-wrap gap-3">
        <button type="button" className="button" onClick={reset}>
          {t("retry")}
        </button>
        <a href={`/${locale}`} className="button-secondary">
          {t("home")}
        </a>
      </p>
    </div>
  );
}
