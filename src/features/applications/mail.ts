import "server-only";
import { createTranslator } from "next-intl";
import { renderMail, type MailParagraph } from "@/features/mail/layout";
import type { Locale } from "@/i18n/routing";
import { COORDINATORS_EMAIL } from "@/lib/policy";
import en from "../../../messages/en.json";
import pl from "../../../messages/pl.json";
import uk from "../../../messages/uk.json";

const messages = { pl, uk, en };

export type ApplicationMailKind = "received" | "manageLink" | "withdrawn" | "accepted" | "waitlisted" | "declined" | "followUp";

export type ApplicationMailData = {
  locale: Locale;
  fullName: string;
  /** already in the reader's language */
  offerTitle: string;
  applicationUrl: string;
  /** followUp only */
  followUpUrl?: string;
  /** accepted: say that a follow-up form will come */
  followUpExpected?: boolean;
  /** a coordinator's own words, shown in a marked block */
  personalMessage?: string;
};

/** Every mail about an application, in the applicant's language, through the one mail layout. */
export function buildApplicationMail(kind: ApplicationMailKind, data: ApplicationMailData) {
  const t = createTranslator({ locale: data.locale, messages: messages[data.locale], namespace: "ApplicationMail" });
  const offer = data.offerTitle;
  const link: MailParagraph = { text: t("common.linkSentence"), url: data.applicationUrl };
  const paragraphs: MailParagraph[] = [t(`${kind}.intro`, { offer })];
  const closing: MailParagraph[] = [];
  let action = { label: t("common.button"), url: data.applicationUrl };

  switch (kind) {
    case "received":
    case "manageLink":
      paragraphs.push(t(`${kind}.next`));
      break;
    case "accepted":
      paragraphs.push(data.followUpExpected ? t("accepted.followUpNext") : t("accepted.next"));
      break;
    case "waitlisted":
    case "declined":
    case "withdrawn":
      paragraphs.push(t(`${kind}.next`));
      break;
    case "followUp":
      if (!data.followUpUrl) throw new Error("a followUp mail needs followUpUrl");
      paragraphs.push(t("followUp.next"));
      action = { label: t("followUp.button"), url: data.followUpUrl };
      closing.push(link);
      break;
  }

  const { html, text } = renderMail({
    locale: data.locale,
    preheader: t(`${kind}.preheader`),
    heading: t(`${kind}.heading`),
    paragraphs: [t("common.greeting", { name: data.fullName }), ...paragraphs],
    notice: data.personalMessage?.trim() ? { label: t("common.personalMessageLabel"), text: data.personalMessage.trim() } : undefined,
    action,
    details: [[t("common.offerLabel"), offer]],
    closing,
    footer: [
      t("common.contact", { email: COORDINATORS_EMAIL }),
      ...(kind === "manageLink" ? [t("manageLink.notYou")] : []),
      t("common.footerWhy"),
      t("common.signature"),
    ],
  });
  return { subject: t(`${kind}.subject`, { offer }), html, text };
}
