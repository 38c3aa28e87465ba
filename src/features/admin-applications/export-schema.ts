import "@/lib/zod-config";
import type { z } from "zod";
import { exportChoicesShape } from "@/features/admin-exports/schema";
import { APPLICATION_EXPORT_COLUMN_IDS } from "./export-columns";
import { applicationListQuerySchema } from "./schema";

/** The application list's filters, parsed exactly as the list parses them, so an export holds what the list shows. */
export const applicationExportFiltersSchema = applicationListQuerySchema.pick({ q: true, status: true, voivodeship: true });
export type ApplicationExportFilters = z.infer<typeof applicationExportFiltersSchema>;

/** An application export form's query string: the list's filters plus the export choices (see exportChoicesShape). */
export const applicationExportRequestSchema = applicationExportFiltersSchema.extend(exportChoicesShape(APPLICATION_EXPORT_COLUMN_IDS));
export type ApplicationExportRequest = z.infer<typeof applicationExportRequestSchema>;
