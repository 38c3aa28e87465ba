import { hasLocale } from "next-intl";
import { notFound, redirect } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { reportCsv, reportFilename } from "@/features/admin-reports/csv";
import { exportReportCounts } from "@/features/admin-reports/data";
import { reportQuerySchema, reportQueryString, reportSelection } from "@/features/admin-reports/schema";
import { listVoivodeships } from "@/features/regions/data";
import { routing } from "@/i18n/routing";
import { requireCoordinator } from "@/server/session";

// The report pack's CSV of counts (src/features/admin-reports). Without a complete choice it goes back to the form.

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string }> };

export async function GET(request: Request, { params }: Context) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const url = new URL(request.url);
  await requireCoordinator({ next: `${url.pathname}${url.search}` });

  const query = reportQuerySchema.parse(Object.fromEntries(url.searchParams));
  const chosen = reportSelection(query);
  if (!chosen.ok) redirect(`${adminPath("reports", { locale })}${reportQueryString(query)}`);
  const [counts, voivodeships] = await Promise.all([exportReportCounts(chosen.selection), listVoivodeships()]);
  if (!counts) notFound();

  return new Response(reportCsv(counts, locale, voivodeships), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${reportFilename(counts)}"`,
      "Cache-Control": "no-store",
    },
  });
}
