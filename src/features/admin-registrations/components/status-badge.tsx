import { getTranslations } from "next-intl/server";
import type { RegistrationStatus } from "@/generated/prisma/client";

const tone: Record<RegistrationStatus, string> = {
  PENDING_EMAIL: "border-amber-700 bg-amber-50 text-amber-900",
  CONFIRMED: "border-green-700 bg-green-50 text-green-900",
  WAITLISTED: "border-sky-700 bg-sky-50 text-sky-900",
  CANCELLED: "border-slate-500 bg-slate-100 text-slate-800",
  REJECTED: "border-red-700 bg-red-50 text-red-900",
  ATTENDED: "border-green-800 bg-green-100 text-green-950",
  EXPIRED: "border-slate-500 bg-slate-100 text-slate-800",
};

/** A registration status as text in a coloured outline (the colour only repeats what the text says). */
export async function StatusBadge({ status }: { status: RegistrationStatus }) {
  const t = await getTranslations("Admin.status");
  return <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-medium ${tone[status]}`}>{t(status)}</span>;
}
