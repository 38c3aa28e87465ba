import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { activeFilters, afterKeyset, EXPORT_BATCH_SIZE, keysetBatches } from "@/features/admin-exports/batches";
import type { ExportFormat } from "@/features/admin-exports/schema";
import { exportFileStream } from "@/features/admin-exports/stream";
import { recordAudit } from "@/features/audit/data";
import { getApplicationOffer, type ApplicationOffer } from "@/features/applications/data";
import type { OfferKind } from "@/features/applications/schema";
import { listVoivodeships } from "@/features/regions/data";
import type { Locale } from "@/i18n/routing";
import { db } from "@/server/db";
import { requireCoordinator, type CurrentUser } from "@/server/session";
import { applicationListWhere, applicationScope } from "./data";
import { applicationExportColumns, applicationExportFormatter, applicationExportSelect, keepChosenAnswers, type ApplicationExportColumn, type ApplicationExportRow } from "./export-columns";
import type { ApplicationExportFilters, ApplicationExportRequest } from "./export-schema";

// The export of an offer's applications, like the sign-up export (src/features/admin-exports/data.ts): the list's
// filters, the chosen columns, sensitive answers only when confirmed, an audit entry before any row is read, and the
// rows read in keyset batches while the file is sent. Scope: applicationScope (docs/decisions/008-application-scope.md).

function scopedWhere(user: CurrentUser, offer: ApplicationOffer, filters: ApplicationExportFilters): Prisma.OfferApplicationWhereInput {
  return { AND: [{ offerId: offer.id }, applicationScope(user), ...applicationListWhere(filters)] };
}

/** The export form's header: the offer and how many applications the list's filters select. Null: no such offer. */
export async function getApplicationExportPreview(offerSlug: string, filters: ApplicationExportFilters) {
  const user = await requireCoordinator();
  const offer = typeof offerSlug === "string" ? await getApplicationOffer(offerSlug) : null;
  if (!offer) return null;
  const total = await db.offerApplication.count({ where: scopedWhere(user, offer, filters) });
  return { offer, kind: offer.kind as OfferKind, columns: applicationExportColumns(offer.kind as OfferKind), total };
}

export type ApplicationExportResult =
  | {
      ok: true;
      offer: { id: string; slug: string };
      columns: ApplicationExportColumn[];
      /** rows matching when the export started (and written to the audit log) */
      rowCount: number;
      /** the rows in sending order, `batchSize` per query; read lazily, as the file is sent */
      batches: AsyncGenerator<ApplicationExportRow[]>;
    }
  | { ok: false; error: "noColumns" | "sensitiveNotConfirmed" };

/**
 * Starts an export of an offer's applications in the user's scope. Null when there is no such offer. Only the
 * offer's own columns are kept (others are ignored); sensitive ones are refused unless `includeSensitive` is set.
 * Writes an `application.export` audit entry before any row is read.
 */
export async function exportApplications(
  offerSlug: string,
  request: ApplicationExportRequest,
  { batchSize = EXPORT_BATCH_SIZE }: { batchSize?: number } = {},
): Promise<ApplicationExportResult | null> {
  const user = await requireCoordinator();
  const offer = typeof offerSlug === "string" ? await getApplicationOffer(offerSlug) : null;
  if (!offer) return null;
  const columns = applicationExportColumns(offer.kind as OfferKind).filter((c) => request.columns.includes(c.id));
  if (!columns.length) return { ok: false, error: "noColumns" };
  if (columns.some((c) => c.sensitive) && !request.includeSensitive) return { ok: false, error: "sensitiveNotConfirmed" };

  const { format, includeSensitive, q, status, voivodeship } = request;
  const filters = { q, status, voivodeship };
  const where = scopedWhere(user, offer, filters);
  const rowCount = await db.offerApplication.count({ where });
  await recordAudit({
    actor: { userId: user.id, label: user.email },
    action: "application.export",
    entityType: "offer",
    entityId: offer.id,
    details: {
      format,
      columns: columns.map((c) => c.id),
      includeSensitive,
      filters: activeFilters(filters),
      scope: user.isAdmin ? "all" : user.voivodeshipCodes,
      rowCount,
    },
  });

  const select = applicationExportSelect(columns);
  // keyset batches on the (offerId, status, createdAt) index; the answers Json holds every answer, so each row keeps
  // only the chosen ones before it leaves here
  const batches = keysetBatches(
    async (after) =>
      ((await db.offerApplication.findMany({
        where: { AND: [where, ...afterKeyset(after)] },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: batchSize,
        select,
      })) as ApplicationExportRow[]).map((row) => keepChosenAnswers(row, columns)),
    batchSize,
  );
  return { ok: true, offer: { id: offer.id, slug: offer.slug }, columns, rowCount, batches };
}

/** The application export as a web stream of bytes (for a Response body), headers and cells in `locale`. */
export async function applicationExportStream({ format, locale, columns, batches }: { format: ExportFormat; locale: Locale; columns: readonly ApplicationExportColumn[]; batches: AsyncIterator<ApplicationExportRow[]> }) {
  const formatter = applicationExportFormatter(locale, await listVoivodeships());
  return exportFileStream({ format, header: columns.map(formatter.header), cells: (row: ApplicationExportRow) => formatter.cells(row, columns), batches });
}
