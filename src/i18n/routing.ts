import { defineRouting } from "next-intl/routing";

export const locales = ["pl", "uk", "en"] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "pl",
  localePrefix: "always",
  // No cookie: the language is in every URL, `/` follows Accept-Language, and cached public pages stay cookie-free.
  localeCookie: false,
});
