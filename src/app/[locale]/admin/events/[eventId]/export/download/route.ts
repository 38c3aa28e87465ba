import { adminPath } from "@/features/admin/routes";
import { exportRegistrations } from "@/features/admin-exports/data";
import { exportDownload } from "@/features/admin-exports/download";
import { exportRequestSchema } from "@/features/admin-exports/schema";
import { exportStream } from "@/features/admin-exports/stream";

// The sign-up export form's GET target: answers with the file, streamed while the rows are read (src/features/admin-exports).

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string; eventId: string }> };

export async function GET(request: Request, { params }: Context) {
  const { locale, eventId } = await params;
  return exportDownload(request, locale, {
    form: (l) => adminPath("eventExport", { locale: l, eventId }),
    schema: exportRequestSchema,
    start: async (data, l) => {
      const result = await exportRegistrations(eventId, data);
      if (!result?.ok) return result;
      return { ok: true, slug: result.event.slug, body: exportStream({ format: data.format, locale: l, columns: result.columns, batches: result.batches }) };
    },
  });
}
