import "server-only";
import { hasLocale } from "next-intl";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import { routing, type Locale } from "@/i18n/routing";
import { requireCoordinator } from "@/server/session";
import { exportErrorOf, parseExportQueryWith, type ExportError, type ExportFormat } from "./schema";
import { EXPORT_CONTENT_TYPES, exportFilename } from "./stream";

type Started = { ok: true; slug: string; body: ReadableStream<Uint8Array> } | { ok: false; error: ExportError };

/**
 * The GET target of an export form (a route handler): answers with the file, streamed while the rows are read. A
 * request the form should not have sent goes back to the form (`form`), with what was ticked and why it failed.
 * `start` runs the export (its DAL checks the session and scope again); null means not found or out of scope.
 */
export async function exportDownload<S extends z.ZodType<{ format: ExportFormat }>>(
  request: Request,
  localeParam: string,
  { form, schema, start }: { form: (locale: Locale) => string; schema: S; start: (data: z.output<S>, locale: Locale) => Promise<Started | null> },
): Promise<Response> {
  if (!hasLocale(routing.locales, localeParam)) notFound();
  const locale = localeParam;
  const url = new URL(request.url);
  await requireCoordinator({ next: `${url.pathname}${url.search}` });

  const formPath = form(locale);
  if (!url.search) redirect(formPath); // e.g. back here after logging in: nothing was chosen yet
  const back = (error: ExportError) => {
    const query = new URLSearchParams(url.searchParams);
    query.set("error", error);
    return redirect(`${formPath}?${query}`);
  };
  const parsed = parseExportQueryWith(schema, url.searchParams);
  if (!parsed.success) return back(exportErrorOf(parsed.error));

  const result = await start(parsed.data, locale);
  if (!result) notFound();
  if (!result.ok) return back(result.error);

  const { format } = parsed.data;
  return new Response(result.body, {
    headers: {
      "Content-Type": EXPORT_CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${exportFilename(result.slug, format)}"`,
      "Cache-Control": "no-store",
    },
  });
}
