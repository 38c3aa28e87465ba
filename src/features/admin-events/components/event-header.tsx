import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath } from "@/features/admin/routes";
import type { EventStatus } from "@/generated/prisma/client";
import type { Locale } from "@/i18n/routing";
import { formatEventRange } from "@/lib/dates";
import { localized, textLang } from "@/lib/localized";
import { EventStatusBadge } from "./status-badge";

type Props = {
  locale: Locale;
  title: string;
  current: "edit" | "messages" | "cancel";
  event: {
    id: string;
    slug: string;
    titlePl: string;
    titleUk: string | null;
    titleEn: string | null;
    startsAt: Date;
    endsAt: Date;
    status: EventStatus;
    voivodeship: { namePl: string; nameUk: string; nameEn: string } | null;
  };
};

/** The heading of an event's admin pages, with links between them (edit, sign-ups, messages, public page). */
export async function EventAdminHeader({ locale, title, current, event }: Props) {
  const [t, ta] = await Promise.all([getTranslations("AdminEvents"), getTranslations("Admin")]);
  const links = [
    { key: "edit", href: adminPath("eventEdit", { locale, eventId: event.id }), label: t("tabs.edit") },
    { key: "registrations", href: adminPath("eventRegistrations", { locale, eventId: event.id }), label: t("tabs.registrations") },
    { key: "messages", href: adminPath("eventMessages", { locale, eventId: event.id }), label: t("tabs.messages") },
  ];
  return (
    <>
      <p>
        <NextLink href={adminPath("adminEvents", { locale })} prefetch={false}>
          ← {t("backToList")}
        </NextLink>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{title}</h1>
        <p className="text-lg font-semibold" lang={textLang(event, "title", locale)}>
          {localized(event, "title", locale)}
        </p>
        <p>
          <EventStatusBadge status={event.status} /> · {formatEventRange(event.startsAt, event.endsAt, locale)} ({ta("warsawTime")}) ·{" "}
          {event.voivodeship ? localized(event.voivodeship, "name", locale) : ta("coalitionWide")}
        </p>
        <nav aria-label={t("eventNav")}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {links.map((l) => (
              <li key={l.key}>
                <NextLink href={l.href} prefetch={false} aria-current={l.key === current ? "page" : undefined} className={l.key === current ? "font-bold" : undefined}>
                  {l.label}
                </NextLink>
              </li>
            ))}
            {event.status !== "DRAFT" ? (
              <li>
                <NextLink href={`/${locale}/events/${event.slug}`} prefetch={false}>
                  {t("tabs.publicPage")}
                </NextLink>
              </li>
            ) : null}
          </ul>
        </nav>
      </header>
    </>
  );
}
