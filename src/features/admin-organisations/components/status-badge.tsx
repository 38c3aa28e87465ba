import { getTranslations } from "next-intl/server";
import type { ModerationStatus } from "@/generated/prisma/client";

const tone: Record<ModerationStatus, string> = {
  PENDING: "border-amber-700 bg-amber-50 text-amber-900",
  CHANGES_REQUESTED: "border-sky-700 bg-sky-50 text-sky-900",
  APPROVED: "border-green-700 bg-green-50 text-green-900",
  REJECTED: "border-red-700 bg-red-50 text-red-900",
  UNPUBLISHED: "border-slate-500 bg-slate-100 text-slate-800",
};

/** A moderation status as text in a coloured outline (the colour only repeats what the text says). */
export async function ModerationStatusBadge({ status }: { status: ModerationStatus }) {
  const t = await getTranslations("AdminOrganisations.status");
  return <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-medium ${tone[status]}`}>{t(status)}</span>;
}
