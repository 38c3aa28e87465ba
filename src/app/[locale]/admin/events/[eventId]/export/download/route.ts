import { hasLocale } from "next-intl";
import { notFound, redirect } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { exportRegistrations } from "@/features/admin-exports/data";
import { exportErrorOf, parseExportQuery, type ExportError } from "@/features/admin-exports/schema";
import { EXPORT_CONTENT_TYPES, exportFilename, exportStream } from "@/features/admin-exports/stream";
import { routing } from "@/i18n/routing";
import { requireCoordinator } from "@/server/session";

// The export form's GET target: answers with the file, streamed while the rows are read (src/features/admin-exports).
// A request the form should not have sent goes back to the form, with what was ticked and why it failed.

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string; eventId: string }> };

export async function GET(request: Request, { params }: Context) {
  const { locale, eventId } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const url = new URL(request.url);
  await requireCoordinator({ next: `${url.pathname}${url.search}` });

  const form = adminPath("eventExport", { locale, eventId });
  if (!url.search) redirect(form); // e.g. back here after logging in: nothing was chosen yet
  const back = (error: ExportError) => {
    const query = new URLSearchParams(url.searchParams);
    query.set("error", error);
    return redirect(`${form}?${query}`);
  };
  const parsed = parseExportQuery(url.searchParams);
  if (!parsed.success) return back(exportErrorOf(parsed.error));

  const result = await exportRegistrations(eventId, parsed.data);
  if (!result) notFound();
  if (!result.ok) return back(result.error);

  const { format } = parsed.data;
  return new Response(exportStream({ format, locale, columns: result.columns, batches: result.batches }), {
    headers: {
      "Content-Type": EXPORT_CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${exportFilename(result.event.slug, format)}"`,
      "Cache-Control": "no-store",
    },
  });
}
