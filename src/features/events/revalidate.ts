import "server-only";
import { revalidatePath } from "next/cache";
import { routing } from "@/i18n/routing";

/** An event or its places changed: its cached public pages (every language) and the lists showing it re-render. */
export function revalidateEventPages(slug: string) {
  for (const locale of routing.locales) {
    revalidatePath(`/${locale}/events/${slug}`);
    revalidatePath(`/${locale}/events`);
    revalidatePath(`/${locale}`);
  }
  // the region pages list their upcoming events; an event may have just moved from one region to another
  revalidatePath("/[locale]/regions/[slug]", "page");
}
