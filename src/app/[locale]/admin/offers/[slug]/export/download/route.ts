import { adminPath } from "@/features/admin/routes";
import { applicationExportStream, exportApplications } from "@/features/admin-applications/export";
import { applicationExportRequestSchema } from "@/features/admin-applications/export-schema";
import { exportDownload } from "@/features/admin-exports/download";

// The application export form's GET target: answers with the file, streamed while the rows are read.

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string; slug: string }> };

export async function GET(request: Request, { params }: Context) {
  const { locale, slug } = await params;
  return exportDownload(request, locale, {
    form: (l) => adminPath("offerExport", { locale: l, offerSlug: slug }),
    schema: applicationExportRequestSchema,
    start: async (data, l) => {
      const result = await exportApplications(slug, data);
      if (!result?.ok) return result;
      return { ok: true, slug: result.offer.slug, body: await applicationExportStream({ format: data.format, locale: l, columns: result.columns, batches: result.batches }) };
    },
  });
}
