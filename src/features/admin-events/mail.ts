import "server-only";
import { createTranslator } from "next-intl";
import { renderMail } from "@/features/mail/layout";
import type { Locale } from "@/i18n/routing";
import { formatEventRange } from "@/lib/dates";
import { COORDINATORS_EMAIL } from "@/lib/policy";
import en from "../../../messages/en.json";
import pl from "../../../messages/pl.json";
import uk from "../../../messages/uk.json";

const messages = { pl, uk, en };

const translators = new Map<Locale, ReturnType<typeof createMailTranslator>>();
const createMailTranslator = (locale: Locale) => createTranslator({ locale, messages: messages[locale], namespace: "Mail.common" });
const translator = (locale: Locale) => {
  if (!translators.has(locale)) translators.set(locale, createMailTranslator(locale));
  return translators.get(locale)!;
};

/** "15 June 2021, 15:00–17:00" in each language, for EventMessageMailData. */
export function eventWhen(startsAt: Date, endsAt: Date): Record<Locale, string> {
  return { pl: formatEventRange(startsAt, endsAt, "pl"), uk: formatEventRange(startsAt, endsAt, "uk"), en: formatEventRange(startsAt, endsAt, "en") };
}

/** A coordinator's message in the languages it was written in (Polish always). */
export type MessageTexts = {
  subjectPl: string;
  bodyPl: string;
  subjectUk?: string | null;
  bodyUk?: string | null;
  subjectEn?: string | null;
  bodyEn?: string | null;
};

/** The language a registrant reads the message in: their own when it was written in it, else Polish. */
export function messageLocale(texts: MessageTexts, registrantLocale: string): Locale {
  if (registrantLocale === "uk" && texts.subjectUk && texts.bodyUk) return "uk";
  if (registrantLocale === "en" && texts.subjectEn && texts.bodyEn) return "en";
  return "pl";
}

export type EventMessageMailData = {
  /** the registrant's own language; the mail is in it when the message was written in it (see messageLocale) */
  registrantLocale: string;
  fullName: string;
  texts: MessageTexts;
  /** per language, computed once for all recipients (formatting dates is the costly part of thousands of mails) */
  event: { title: Record<Locale, string>; when: Record<Locale, string>; pageUrl: (locale: Locale) => string };
  manageUrl: (locale: Locale) => string;
};

/**
 * One registrant's copy of a coordinator's message: their text as typed (escaped by the layout, line breaks kept,
 * never HTML) in the standard mail layout, with the meeting's name and time and their personal link.
 */
export function buildEventMessageMail(data: EventMessageMailData) {
  const locale = messageLocale(data.texts, data.registrantLocale);
  const suffix = { pl: "Pl", uk: "Uk", en: "En" } as const;
  const subject = (data.texts[`subject${suffix[locale]}`] ?? data.texts.subjectPl).trim();
  const body = (data.texts[`body${suffix[locale]}`] ?? data.texts.bodyPl).trim();
  const t = translator(locale);
  const title = data.event.title[locale];
  const { html, text } = renderMail({
    locale,
    preheader: title,
    heading: subject,
    paragraphs: [t("greeting", { name: data.fullName }), ...body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)],
    details: [
      [t("eventLabel"), title],
      [t("whenLabel"), t("whenValue", { range: data.event.when[locale] })],
      [t("eventPageLabel"), data.event.pageUrl(locale)],
    ],
    closing: [{ text: t("manageSentence"), url: data.manageUrl(locale) }],
    footer: [t("contact", { email: COORDINATORS_EMAIL }), t("footerWhy"), t("signature")],
  });
  return { locale, subject, html, text };
}
