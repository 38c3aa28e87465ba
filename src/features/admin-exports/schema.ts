import { z } from "zod";
import { registrationListQuerySchema } from "@/features/admin-registrations/schema";
import { EXPORT_COLUMN_IDS, type ExportColumnId } from "./columns";

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the export form can get back from the download route (`?error=`). */
export const EXPORT_ERRORS = ["invalid", "noColumns", "sensitiveNotConfirmed"] as const;
export type ExportError = (typeof EXPORT_ERRORS)[number];

/** The sign-up list's filters, parsed exactly as the list parses them, so an export holds what the list shows. */
export const exportFiltersSchema = registrationListQuerySchema.pick({ q: true, status: true, voivodeship: true, interpretation: true, accessibility: true });
export type ExportFilters = z.infer<typeof exportFiltersSchema>;

/**
 * The export form's query string: the list's filters plus the file format and the chosen columns (kept in file
 * order, duplicates dropped). Asking for sensitive columns without `includeSensitive` is refused by the DAL.
 */
export const exportRequestSchema = exportFiltersSchema.extend({
  format: z.enum(EXPORT_FORMATS, { error: "invalid" }).default("csv"),
  columns: z
    .array(z.enum(EXPORT_COLUMN_IDS, { error: "invalid" }), { error: "invalid" })
    .min(1, { error: "noColumns" })
    .transform((ids) => EXPORT_COLUMN_IDS.filter((id) => ids.includes(id))),
  includeSensitive: z.preprocess((v) => v === true || v === "1" || v === "on" || v === "true", z.boolean()),
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;

/** The export request in a query string (`columns` repeats, one per ticked box). */
export function parseExportQuery(params: URLSearchParams) {
  return exportRequestSchema.safeParse({ ...Object.fromEntries(params), columns: params.getAll("columns") });
}

/** The first error key of a failed parse, for the form's message. */
export function exportErrorOf(error: z.ZodError): ExportError {
  const key = error.issues[0]?.message;
  return (EXPORT_ERRORS as readonly string[]).includes(key ?? "") ? (key as ExportError) : "invalid";
}

/** The columns as ticked in a query string (unknown ones ignored), to show the form again as it was sent. */
export function columnsOfQuery(params: URLSearchParams): ExportColumnId[] {
  const ids = params.getAll("columns");
  return EXPORT_COLUMN_IDS.filter((id) => ids.includes(id));
}
