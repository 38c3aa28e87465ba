import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { buildIcs } from "@/features/events/calendar";
import { getPublicEvent } from "@/features/events/data";
import { toCalendarEvent } from "@/features/events/public-event";
import { routing } from "@/i18n/routing";

export const revalidate = 300;
export const generateStaticParams = () => [];

export async function GET(_: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const event = await getPublicEvent(slug);
  if (!event) return new Response("Not found", { status: 404 });
  const t = await getTranslations({ locale, namespace: "Event" });
  return new Response(buildIcs(toCalendarEvent(event, locale, t("online"))), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}.ics"`,
    },
  });
}
