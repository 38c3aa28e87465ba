import "server-only";
import { createTranslator } from "next-intl";
import { renderMail, type MailParagraph } from "@/features/mail/layout";
import type { Locale } from "@/i18n/routing";
import { COORDINATORS_EMAIL } from "@/lib/policy";
import en from "../../../messages/en.json";
import pl from "../../../messages/pl.json";
import uk from "../../../messages/uk.json";

const messages = { pl, uk, en };

export type OrganisationMailKind = "received" | "changesRequested" | "approved" | "rejected";

export type OrganisationMailData = {
  locale: Locale;
  contactName: string;
  organisationName: string;
  /** the personal link to the submission page */
  submissionUrl: string;
  /** approved only: the public profile */
  profileUrl?: string;
  /** the coordinator's own words, shown in a marked block */
  note?: string;
};

/** Every mail to an organisation's contact person, in the language they used for the form, through the one mail layout. */
export function buildOrganisationMail(kind: OrganisationMailKind, data: OrganisationMailData) {
  const t = createTranslator({ locale: data.locale, messages: messages[data.locale], namespace: "OrganisationMail" });
  const name = data.organisationName;
  const details: Array<[string, string]> = [[t("common.organisationLabel"), name]];
  const closing: MailParagraph[] = [];
  let action = { label: t("common.button"), url: data.submissionUrl };
  if (kind === "approved") {
    if (!data.profileUrl) throw new Error("an approved mail needs profileUrl");
    action = { label: t("approved.button"), url: data.profileUrl };
    closing.push({ text: t("common.linkSentence"), url: data.submissionUrl });
  }
  const note = data.note?.trim();
  const { html, text } = renderMail({
    locale: data.locale,
    preheader: t(`${kind}.preheader`),
    heading: t(`${kind}.heading`),
    paragraphs: [t("common.greeting", { name: data.contactName }), t(`${kind}.intro`, { name }), t(`${kind}.next`)],
    notice: note ? { label: t("common.noteLabel"), text: note } : undefined,
    action,
    details,
    closing,
    footer: [t("common.contact", { email: COORDINATORS_EMAIL }), t("common.footerWhy"), t("common.signature")],
  });
  return { subject: t(`${kind}.subject`, { name }), html, text };
}
