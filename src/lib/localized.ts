import type { Locale } from "@/i18n/routing";

const suffix = { pl: "Pl", uk: "Uk", en: "En" } as const;

type Translatable<K extends string> = { [P in `${K}Pl`]: string } & { [P in `${K}Uk` | `${K}En`]?: string | null };

/** The text of `field` in `locale`, falling back to Polish (always present) when no translation exists. */
export function localized<K extends string>(row: Translatable<K>, field: K, locale: Locale): string {
  const value = (row as Record<string, string | null | undefined>)[`${field}${suffix[locale]}`];
  return value?.trim() ? value : (row as Record<string, string>)[`${field}Pl`]!;
}

/** Whether `field` is really available in `locale` (not a fallback), for lang attributes on fallback text. */
export function hasTranslation<K extends string>(row: Translatable<K>, field: K, locale: Locale): boolean {
  const value = (row as Record<string, string | null | undefined>)[`${field}${suffix[locale]}`];
  return Boolean(value?.trim());
}

/** lang attribute for a localized text: the reader's locale, or "pl" when the text fell back to Polish */
export function textLang<K extends string>(row: Translatable<K>, field: K, locale: Locale): Locale {
  return hasTranslation(row, field, locale) ? locale : "pl";
}
