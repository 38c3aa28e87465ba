import "server-only";
import { createTranslator } from "next-intl";
import { buildIcs } from "@/features/events/calendar";
import { renderMail, type MailParagraph } from "@/features/mail/layout";
import type { Locale } from "@/i18n/routing";
import { formatEventRange, formatShortDate, formatTime } from "@/lib/dates";
import { COORDINATORS_EMAIL } from "@/lib/policy";
import en from "../../../messages/en.json";
import pl from "../../../messages/pl.json";
import uk from "../../../messages/uk.json";

const messages = { pl, uk, en };

export type RegistrationMailKind =
  | "confirmAddress"
  | "confirmed"
  | "waitlisted"
  | "promoted"
  | "cancelled"
  | "rejected"
  | "changed"
  | "reminder"
  | "manageLink"
  | "eventCancelled";

export type RegistrationMailData = {
  locale: Locale;
  fullName: string;
  event: {
    id: string;
    /** already in the reader's language */
    title: string;
    startsAt: Date;
    endsAt: Date;
    format: "ONLINE" | "ONSITE" | "HYBRID";
    venueName: string | null;
    venueAddress: string | null;
    /** private; shown only in the mails of people with a place (see PLACE_KINDS) */
    onlineMeetingUrl: string | null;
    pageUrl: string;
    updatedAt: Date;
  };
  manageUrl: string;
  /** confirmAddress only */
  confirmUrl?: string;
  /** how long the confirmation link works; 48 unless configured otherwise */
  confirmHours?: number;
  /** a string is put in as it is: the marker the database replaces with the position (confirmRegistration) */
  waitlistPosition?: number | string;
  /** "changed" states the sign-up's status when given */
  status?: "PENDING_EMAIL" | "CONFIRMED" | "WAITLISTED";
  /** a coordinator's own words, shown in a marked block */
  personalMessage?: string;
};

export type RegistrationMail = {
  subject: string;
  html: string;
  text: string;
  attachments?: Array<{ filename: string; contentType: string; content: string }>;
};

/** The only mails that carry the private online-meeting link and the calendar file: those of people with a place. */
const PLACE_KINDS: ReadonlySet<RegistrationMailKind> = new Set(["confirmed", "promoted", "reminder"]);

// One translator per language for the life of the process: it keeps the parsed messages, so a mail does not parse
// its texts again (a sign-up renders one mail, a message to all registrants thousands).
const translators = new Map<Locale, ReturnType<typeof mailTranslator>>();
const mailTranslator = (locale: Locale) => createTranslator({ locale, messages: messages[locale], namespace: "Mail" });

export function buildRegistrationMail(kind: RegistrationMailKind, data: RegistrationMailData): RegistrationMail {
  const { locale, event } = data;
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = mailTranslator(locale)));
  const title = event.title;
  const hasPlace = PLACE_KINDS.has(kind);
  // Belt and braces: whatever the caller passed, the meeting link never leaves in any other kind of mail.
  const onlineUrl = hasPlace ? event.onlineMeetingUrl : null;

  const when = t("common.whenValue", { range: formatEventRange(event.startsAt, event.endsAt, locale) });
  const venue = [event.venueName, event.venueAddress].filter(Boolean).join("\n");
  const details: Array<[string, string]> = [
    [t("common.eventLabel"), title],
    [t("common.whenLabel"), when],
    [t("common.formatLabel"), t(`common.format.${event.format}`)],
  ];
  if (event.format !== "ONLINE" && venue) details.push([t("common.whereLabel"), venue]);
  if (onlineUrl && event.format !== "ONSITE") details.push([t("common.onlineLinkLabel"), onlineUrl]);
  details.push([t("common.eventPageLabel"), event.pageUrl]);

  const manageLink: MailParagraph = { text: t("common.manageSentence"), url: data.manageUrl };
  let subject: string;
  let preheader: string;
  let heading: string;
  let paragraphs: string[];
  let action: { label: string; url: string } | undefined;
  const closing: MailParagraph[] = [];
  const footerNotes: string[] = [];

  switch (kind) {
    case "confirmAddress":
      if (!data.confirmUrl) throw new Error("a confirmAddress mail needs confirmUrl");
      subject = t("confirmAddress.subject", { title });
      preheader = t("confirmAddress.preheader");
      heading = t("confirmAddress.heading");
      paragraphs = [t("confirmAddress.intro", { title }), t("confirmAddress.counts", { hours: data.confirmHours ?? 48 })];
      action = { label: t("confirmAddress.button"), url: data.confirmUrl };
      closing.push(manageLink);
      footerNotes.push(t("confirmAddress.ignore"));
      break;
    case "confirmed":
    case "promoted":
    case "reminder":
      subject =
        kind === "reminder"
          ? t("reminder.subject", { title, when: `${formatShortDate(event.startsAt, locale)}, ${formatTime(event.startsAt, locale)}` })
          : t(`${kind}.subject`, { title });
      preheader = t(`${kind}.preheader`);
      heading = t(`${kind}.heading`);
      paragraphs = [t(`${kind}.intro`, { title })];
      if (event.format !== "ONSITE") paragraphs.push(onlineUrl ? t("common.onlineLinkPrivate") : t("common.onlineLinkLater"));
      closing.push(t("common.icsAttached"), t("common.cantCome"), manageLink);
      break;
    case "waitlisted":
      subject = t("waitlisted.subject", { title });
      preheader = t("waitlisted.preheader");
      heading = t("waitlisted.heading");
      paragraphs = [
        data.waitlistPosition ? t("waitlisted.position", { title, position: data.waitlistPosition }) : t("waitlisted.noPosition", { title }),
        t("waitlisted.next"),
      ];
      closing.push(manageLink);
      break;
    case "cancelled":
      subject = t("cancelled.subject", { title });
      preheader = t("cancelled.preheader");
      heading = t("cancelled.heading");
      paragraphs = [t("cancelled.intro", { title }), t("cancelled.again")];
      closing.push(manageLink);
      break;
    case "rejected":
      // a coordinator's decision (src/features/admin-registrations/status.ts); their reason goes in personalMessage
      subject = t("rejected.subject", { title });
      preheader = t("rejected.preheader");
      heading = t("rejected.heading");
      paragraphs = [t("rejected.intro", { title }), t("rejected.questions")];
      closing.push(manageLink);
      break;
    case "changed":
      subject = t("changed.subject", { title });
      preheader = t("changed.preheader");
      heading = t("changed.heading");
      paragraphs = [t("changed.intro", { title })];
      if (data.status) {
        const status =
          data.status === "WAITLISTED" && data.waitlistPosition
            ? t("common.status.waitlistedNumber", { position: data.waitlistPosition })
            : t(`common.status.${data.status}`);
        details.unshift([t("common.statusLabel"), status]);
      }
      closing.push(manageLink, t("changed.notYou"));
      break;
    case "manageLink":
      // the manage link is the whole point of this mail: it gets the button
      subject = t("manageLink.subject", { title });
      preheader = t("manageLink.preheader");
      heading = t("manageLink.heading");
      paragraphs = [t("manageLink.intro", { title }), t("manageLink.already"), t("common.manageSentence")];
      action = { label: t("common.manageButton"), url: data.manageUrl };
      footerNotes.push(t("manageLink.notYou"));
      break;
    case "eventCancelled":
      subject = t("eventCancelled.subject", { title });
      preheader = t("eventCancelled.preheader");
      heading = t("eventCancelled.heading");
      paragraphs = [t("eventCancelled.intro", { title }), t("eventCancelled.next")];
      closing.push(manageLink);
      break;
  }

  const { html, text } = renderMail({
    locale,
    preheader,
    heading,
    paragraphs: [t("common.greeting", { name: data.fullName }), ...paragraphs],
    notice: data.personalMessage?.trim() ? { label: t("common.personalMessageLabel"), text: data.personalMessage.trim() } : undefined,
    action,
    details,
    closing,
    footer: [t("common.contact", { email: COORDINATORS_EMAIL }), ...footerNotes, t("common.footerWhy"), t("common.signature")],
  });

  const attachments = hasPlace
    ? [{ filename: "komm.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: calendarFile(data, onlineUrl, t("common.icsDescription", { manageUrl: data.manageUrl }), t(`common.format.${event.format}`)) }]
    : undefined;

  return { subject, html, text, attachments };
}

/** The person's own calendar entry; same UID as the public .ics, so calendars update one entry instead of adding two. */
function calendarFile(data: RegistrationMailData, onlineUrl: string | null, description: string, formatLabel: string) {
  const { event } = data;
  const venue = [event.venueName, event.venueAddress].filter(Boolean).join(", ");
  const online = onlineUrl ?? formatLabel;
  const location = event.format === "ONLINE" ? online : event.format === "HYBRID" ? [venue, online].filter(Boolean).join(" / ") : venue;
  return buildIcs({
    uid: `${event.id}@komm`,
    title: event.title,
    description: onlineUrl ? `${onlineUrl}\n\n${description}` : description,
    location,
    url: event.pageUrl,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    updatedAt: event.updatedAt,
    cancelled: false,
  });
}
