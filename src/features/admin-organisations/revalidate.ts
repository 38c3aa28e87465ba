import "server-only";
import { revalidatePath } from "next/cache";
import { routing } from "@/i18n/routing";
import type { PublicPagesChanged } from "./data";

/**
 * An organisation's entry or status changed: its profile, its region's page, the regions page and the home page
 * (the map's counts) re-render in every language, and so does the directory.
 */
export function revalidateOrganisationPages({ slug, voivodeshipSlugs }: PublicPagesChanged) {
  for (const locale of routing.locales) {
    revalidatePath(`/${locale}/organisations/${slug}`);
    revalidatePath(`/${locale}/organisations`);
    for (const region of voivodeshipSlugs) revalidatePath(`/${locale}/regions/${region}`);
    revalidatePath(`/${locale}/regions`);
    revalidatePath(`/${locale}`);
  }
}
