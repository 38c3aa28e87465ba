import { hasLocale } from "next-intl";
import { notFound, redirect } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { exportPersonalData } from "@/features/privacy/data";
import { warsawDay } from "@/lib/dates";
import { routing } from "@/i18n/routing";
import { requireAdmin } from "@/server/session";

// The data-subject page's "export as JSON" link: everything held about one address as a JSON file (RODO art. 15
// and 20). Admins only; the export is audited in the DAL. A bad or missing address goes back to the page.

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string }> };

export async function GET(request: Request, { params }: Context) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const url = new URL(request.url);
  await requireAdmin({ next: `${url.pathname}${url.search}` });
  const page = adminPath("privacy", { locale });
  const email = url.searchParams.get("email") ?? "";
  if (!email) redirect(page);
  const result = await exportPersonalData({ email });
  if (!result.ok) redirect(`${page}?${new URLSearchParams({ email, error: result.error })}`);
  return new Response(result.json, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="komm-personal-data-${warsawDay(new Date())}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
