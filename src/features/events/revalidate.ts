import "server-only";
import { revalidatePath } from "next/cache";
import { routing } from "@/i18n/routing";

/**
 * A place was taken or freed: only the event's own page (every language) shows places left and whether the waiting
 * list is open, so only it re-renders. A sign-up that ends on the waiting list changes nothing public.
 */
export function revalidateEventPlaces(slug: string) {
  for (const locale of routing.locales) revalidatePath(`/${locale}/events/${slug}`);
}

/** An event itself changed: its cached public pages (every language) and the lists showing it re-render. */
export function revalidateEventPages(slug: string) {
  revalidateEventPlaces(slug);
  for (const locale of routing.locales) {
    revalidatePath(`/${locale}/events`);
    revalidatePath(`/${locale}`);
  }
  // the region pages list their upcoming events; an event may have just moved from one region to another
  revalidatePath("/[locale]/regions/[slug]", "page");
}
