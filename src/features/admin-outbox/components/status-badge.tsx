import { getTranslations } from "next-intl/server";
import type { OutboxStatus } from "@/generated/prisma/client";

const tone: Record<OutboxStatus, string> = {
  PENDING: "border-amber-700 bg-amber-50 text-amber-900",
  SENDING: "border-sky-700 bg-sky-50 text-sky-900",
  SENT: "border-green-700 bg-green-50 text-green-900",
  FAILED: "border-red-700 bg-red-50 text-red-900",
};

/** A mail's status as text in a coloured outline (the colour only repeats what the text says). */
export async function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  const t = await getTranslations("AdminOutbox.status");
  return <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-medium ${tone[status]}`}>{t(status)}</span>;
}
