import { getTranslations } from "next-intl/server";
import type { ApplicationStatus } from "@/generated/prisma/client";

const tone: Record<ApplicationStatus, string> = {
  NEW: "border-amber-700 bg-amber-50 text-amber-900",
  IN_REVIEW: "border-sky-700 bg-sky-50 text-sky-900",
  ACCEPTED: "border-green-700 bg-green-50 text-green-900",
  WAITLISTED: "border-violet-700 bg-violet-50 text-violet-900",
  DECLINED: "border-red-700 bg-red-50 text-red-900",
  WITHDRAWN: "border-slate-500 bg-slate-100 text-slate-800",
};

/** An application status as text in a coloured outline (the colour only repeats what the text says). */
export async function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const t = await getTranslations("AdminApplications.status");
  return <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-medium ${tone[status]}`}>{t(status)}</span>;
}
