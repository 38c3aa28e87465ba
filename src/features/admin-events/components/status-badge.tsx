import { getTranslations } from "next-intl/server";
import type { EventStatus } from "@/generated/prisma/client";

const tone: Record<EventStatus, string> = {
  DRAFT: "border-amber-700 bg-amber-50 text-amber-900",
  PUBLISHED: "border-green-700 bg-green-50 text-green-900",
  CANCELLED: "border-slate-500 bg-slate-100 text-slate-800",
};

/** An event's status as text in a coloured outline (the colour only repeats what the text says). */
export async function EventStatusBadge({ status }: { status: EventStatus }) {
  const t = await getTranslations("Admin.eventStatus");
  return <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-medium ${tone[status]}`}>{t(status)}</span>;
}
