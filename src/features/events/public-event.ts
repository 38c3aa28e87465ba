import "server-only";
import type { Locale } from "@/i18n/routing";
import { localized } from "@/lib/localized";
import { env } from "@/server/env";
import type { CalendarEvent } from "./calendar";
import type { PublicEvent } from "./data";

export function eventPageUrl(locale: Locale, slug: string) {
  return `${env.APP_URL}/${locale}/events/${slug}`;
}

/** Where the event happens, as public text: the venue, or "Online" (never the meeting link). */
export function publicLocation(event: PublicEvent, onlineLabel: string) {
  const venue = [event.venueName, event.venueAddress].filter(Boolean).join(", ");
  if (event.format === "ONLINE") return venue ? `${onlineLabel} (${venue})` : onlineLabel;
  if (event.format === "HYBRID") return venue ? `${venue} / ${onlineLabel}` : onlineLabel;
  return venue;
}

export function toCalendarEvent(event: PublicEvent, locale: Locale, onlineLabel: string): CalendarEvent {
  return {
    uid: `${event.id}@komm`,
    title: localized(event, "title", locale),
    description: localized(event, "summary", locale),
    location: publicLocation(event, onlineLabel),
    url: eventPageUrl(locale, event.slug),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    updatedAt: event.updatedAt,
    cancelled: event.status === "CANCELLED",
  };
}

/** schema.org Event for search engines; public facts only. */
export function eventJsonLd(event: PublicEvent, locale: Locale) {
  const url = eventPageUrl(locale, event.slug);
  const online = { "@type": "VirtualLocation", url };
  const place = { "@type": "Place", name: event.venueName ?? "", address: event.venueAddress ?? event.venueName ?? "" };
  const mode = { ONLINE: "OnlineEventAttendanceMode", ONSITE: "OfflineEventAttendanceMode", HYBRID: "MixedEventAttendanceMode" }[event.format];
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: localized(event, "title", locale),
    description: localized(event, "summary", locale),
    startDate: event.startsAt.toISOString(),
    endDate: event.endsAt.toISOString(),
    eventStatus: `https://schema.org/${event.status === "CANCELLED" ? "EventCancelled" : "EventScheduled"}`,
    eventAttendanceMode: `https://schema.org/${mode}`,
    location: event.format === "ONLINE" ? online : event.format === "HYBRID" ? [place, online] : place,
    inLanguage: event.meetingLanguage,
    url,
    isAccessibleForFree: true,
    organizer: { "@type": "Organization", name: "Kalejdoskop Kultur", url: env.APP_URL },
  };
}
