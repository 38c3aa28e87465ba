import "server-only";
import { createTranslator } from "next-intl";
import { renderMail } from "@/features/mail/layout";
import type { Locale } from "@/i18n/routing";
import { COORDINATORS_EMAIL } from "@/lib/policy";
import en from "../../../messages/en.json";
import pl from "../../../messages/pl.json";
import uk from "../../../messages/uk.json";
import { INVITATION_DAYS, PASSWORD_RESET_MINUTES } from "./schema";

const messages = { pl, uk, en };

export type AccountMailKind = "invitation" | "passwordReset";

export type AccountMailData = {
  locale: Locale;
  name: string;
  /** the single-use link */
  url: string;
  /** invitation only */
  inviterName?: string;
  role?: "ADMIN" | "COORDINATOR";
};

/** The invitation to the coordinators' area and the password-reset mail, through the one mail layout. */
export function buildAccountMail(kind: AccountMailKind, data: AccountMailData) {
  const t = createTranslator({ locale: data.locale, messages: messages[data.locale], namespace: "AccountMail" });
  const paragraphs =
    kind === "invitation"
      ? [t("invitation.intro", { inviter: data.inviterName ?? "KOMM", role: t(`role.${data.role ?? "COORDINATOR"}`) }), t("invitation.next"), t("invitation.validity", { days: INVITATION_DAYS })]
      : [t("passwordReset.intro"), t("passwordReset.validity", { minutes: PASSWORD_RESET_MINUTES })];
  const { html, text } = renderMail({
    locale: data.locale,
    preheader: t(`${kind}.preheader`),
    heading: t(`${kind}.heading`),
    paragraphs: [t("common.greeting", { name: data.name }), ...paragraphs],
    action: { label: t(`${kind}.button`), url: data.url },
    footer: [t(`${kind}.ignore`), t("common.contact", { email: COORDINATORS_EMAIL }), t("common.signature")],
  });
  return { subject: t(`${kind}.subject`), html, text };
}
