import "@/lib/zod-config";
import { z } from "zod";
import { registrationListQuerySchema } from "@/features/admin-registrations/schema";
import { EXPORT_COLUMN_IDS, type ExportColumnId } from "./columns";

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the export form can get back from the download route (`?error=`). */
export const EXPORT_ERRORS = ["invalid", "noColumns", "sensitiveNotConfirmed"] as const;
export type ExportError = (typeof EXPORT_ERRORS)[number];

/**
 * What every export form asks, whatever it exports: the file format and the chosen columns of `columnIds` (kept in
 * file order, duplicates dropped), and whether the ticked sensitive columns are confirmed. Asking for sensitive
 * columns without `includeSensitive` is refused by the DAL.
 */
export function exportChoicesShape<Id extends string>(columnIds: readonly [Id, ...Id[]]) {
  return {
    format: z.enum(EXPORT_FORMATS, { error: "invalid" }).default("csv"),
    columns: z
      .array(z.enum(columnIds as [Id, ...Id[]], { error: "invalid" }), { error: "invalid" })
      .min(1, { error: "noColumns" })
      .transform((ids) => columnIds.filter((id) => ids.includes(id))),
    includeSensitive: z.preprocess((v) => v === true || v === "1" || v === "on" || v === "true", z.boolean()),
  };
}

/** The sign-up list's filters, parsed exactly as the list parses them, so an export holds what the list shows. */
export const exportFiltersSchema = registrationListQuerySchema.pick({ q: true, status: true, voivodeship: true, interpretation: true, accessibility: true });
export type ExportFilters = z.infer<typeof exportFiltersSchema>;

/** The sign-up export form's query string: the list's filters plus the export choices. */
export const exportRequestSchema = exportFiltersSchema.extend(exportChoicesShape(EXPORT_COLUMN_IDS));
export type ExportRequest = z.infer<typeof exportRequestSchema>;

/** An export request in a query string (`columns` repeats, one per ticked box), parsed with `schema`. */
export function parseExportQueryWith<S extends z.ZodType>(schema: S, params: URLSearchParams) {
  return schema.safeParse({ ...Object.fromEntries(params), columns: params.getAll("columns") });
}

/** The sign-up export request in a query string. */
export const parseExportQuery = (params: URLSearchParams) => parseExportQueryWith(exportRequestSchema, params);

/** The first error key of a failed parse, for the form's message. */
export function exportErrorOf(error: z.ZodError): ExportError {
  const key = error.issues[0]?.message;
  return (EXPORT_ERRORS as readonly string[]).includes(key ?? "") ? (key as ExportError) : "invalid";
}

/** The columns of `columnIds` as ticked in a query string (unknown ones ignored), to show the form again as sent. */
export function columnsOfQuery<Id extends string = ExportColumnId>(params: URLSearchParams, columnIds: readonly Id[] = EXPORT_COLUMN_IDS as unknown as Id[]): Id[] {
  const ids = params.getAll("columns");
  return columnIds.filter((id) => ids.includes(id));
}

/** A page's `searchParams` as URLSearchParams (repeated keys kept). */
export function searchParamsOf(record: Record<string, string | string[] | undefined>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) for (const v of [value ?? []].flat()) params.append(key, v);
  return params;
}
