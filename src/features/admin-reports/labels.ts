import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { localized } from "@/lib/localized";
import en from "../../../messages/en.json";
import pl from "../../../messages/pl.json";
import uk from "../../../messages/uk.json";
import type { ReportDimension } from "./schema";

// Translations of the report outside a page too (the CSV route, tests): with the messages imported, as the sign-up
// exports do (src/features/admin-exports/columns.ts).

const messages = { pl, uk, en };

export type VoivodeshipNames = Array<{ code: string; namePl: string; nameUk: string; nameEn: string }>;

export function reportTranslators(locale: Locale) {
  return {
    t: createTranslator({ locale, messages: messages[locale], namespace: "AdminReports" }),
    ta: createTranslator({ locale, messages: messages[locale], namespace: "Admin" }),
  };
}

/** The translated name of a breakdown's category (a voivodeship, a group type, a language), the same on page and CSV. */
export function reportLabels(locale: Locale, voivodeships: VoivodeshipNames) {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "AdminReports" });
  const tf = createTranslator({ locale, messages: messages[locale], namespace: "RegistrationForm" });
  const tl = createTranslator({ locale, messages: messages[locale], namespace: "Languages" });
  const names = new Map(voivodeships.map((v) => [v.code, localized(v, "name", locale)]));
  const language = (code: string) => (tl.has(code as "pl") ? tl(code as "pl") : code);
  return (dimension: ReportDimension, key: string | null): string => {
    if (key === null) return t("notGiven");
    switch (dimension) {
      case "voivodeship":
        return names.get(key) ?? key;
      case "groupType":
        return tf.has(`groupTypes.${key}` as "groupTypes.OTHER") ? tf(`groupTypes.${key}` as "groupTypes.OTHER") : key;
      case "contactLanguage":
        return key === "other" ? tf("contactLanguages.other") : language(key);
      case "interpretationLanguage":
        return language(key);
    }
  };
}
