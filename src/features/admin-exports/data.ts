import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { registrationFilterWhere } from "@/features/admin-registrations/data";
import { idSchema } from "@/features/admin-registrations/schema";
import { recordAudit } from "@/features/audit/data";
import { db } from "@/server/db";
import { registrationScopeForEvents, requireCoordinator, scopeFilter, type CurrentUser } from "@/server/session";
import { activeFilters, afterKeyset, EXPORT_BATCH_SIZE, keysetBatches } from "./batches";
import { exportSelect, isSensitiveColumn, type ExportColumnId, type ExportRow } from "./columns";
import type { ExportFilters, ExportRequest } from "./schema";

// Exports and the attendance list of an event's sign-ups. Like every DAL function of the coordinator area, each
// starts with requireCoordinator() and scopes its reads (docs/decisions/006-region-scope.md); each writes an audit
// entry, since a file or a printout of personal data leaves the portal.

export { EXPORT_BATCH_SIZE } from "./batches";

const exportEventSelect = {
  id: true,
  slug: true,
  titlePl: true,
  titleUk: true,
  titleEn: true,
  voivodeshipCode: true,
} satisfies Prisma.EventSelect;

async function findScopedEvent<S extends Prisma.EventSelect>(user: CurrentUser, eventId: string, select: S) {
  if (!idSchema.safeParse(eventId).success) return null;
  return db.event.findFirst({ where: { AND: [{ id: eventId }, scopeFilter(user).event] }, select });
}

/** The export form's header: the event and how many sign-ups the list's filters select. Null: not found/in scope. */
export async function getExportPreview(eventId: string, filters: ExportFilters) {
  const user = await requireCoordinator();
  const event = await findScopedEvent(user, eventId, exportEventSelect);
  if (!event) return null;
  const total = await db.registration.count({ where: { AND: [registrationScopeForEvents(user, [event]), ...(await registrationFilterWhere(filters))] } });
  return { event, total };
}

export type ExportResult =
  | {
      ok: true;
      event: { id: string; slug: string };
      columns: ExportColumnId[];
      /** rows matching when the export started (and written to the audit log) */
      rowCount: number;
      /** the rows in sign-up order, `batchSize` per query; read lazily, as the file is sent */
      batches: AsyncGenerator<ExportRow[]>;
    }
  | { ok: false; error: "sensitiveNotConfirmed" };

/**
 * Starts an export of an event's sign-ups (the list's filters, the chosen columns). Null when the event does not
 * exist or is outside the user's scope. Sensitive columns are refused unless `includeSensitive` is set, and read
 * from the database only when chosen. Writes a `registration.export` audit entry before any row is read.
 */
export async function exportRegistrations(
  eventId: string,
  request: ExportRequest,
  { batchSize = EXPORT_BATCH_SIZE }: { batchSize?: number } = {},
): Promise<ExportResult | null> {
  const user = await requireCoordinator();
  const event = await findScopedEvent(user, eventId, exportEventSelect);
  if (!event) return null;
  const sensitive = request.columns.filter(isSensitiveColumn);
  if (sensitive.length && !request.includeSensitive) return { ok: false, error: "sensitiveNotConfirmed" };

  const where: Prisma.RegistrationWhereInput = { AND: [registrationScopeForEvents(user, [event]), ...(await registrationFilterWhere(request))] };
  const rowCount = await db.registration.count({ where });
  const { format, columns, includeSensitive, ...filters } = request;
  await recordAudit({
    actor: { userId: user.id, label: user.email },
    action: "registration.export",
    entityType: "event",
    entityId: event.id,
    voivodeshipCode: event.voivodeshipCode,
    details: { format, columns, includeSensitive, filters: activeFilters(filters), rowCount },
  });

  const select = exportSelect(columns);

  // keyset batches on the (eventId, createdAt) index: memory holds one batch whatever the size of the event
  const batches = keysetBatches(
    (after) =>
      db.registration.findMany({
        where: { AND: [where, ...afterKeyset(after)] },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: batchSize,
        select,
      }) as Promise<ExportRow[]>,
    batchSize,
  );

  return { ok: true, event: { id: event.id, slug: event.slug }, columns, rowCount, batches };
}

const attendanceEventSelect = {
  ...exportEventSelect,
  startsAt: true,
  endsAt: true,
  format: true,
  venueName: true,
  venueAddress: true,
} satisfies Prisma.EventSelect;

const attendeeSelect = {
  id: true,
  fullName: true,
  organisationName: true,
  noOrganisation: true,
  organisation: { select: { name: true } },
  voivodeship: { select: { namePl: true, nameUk: true, nameEn: true } },
  status: true,
} satisfies Prisma.RegistrationSelect;

export type AttendanceList = {
  event: Prisma.EventGetPayload<{ select: typeof attendanceEventSelect }>;
  people: Array<Prisma.RegistrationGetPayload<{ select: typeof attendeeSelect }>>;
};

// Names in Polish alphabetical order (Ł after L, Cyrillic after Latin), whatever the database's collation.
const byName = new Intl.Collator("pl", { sensitivity: "base", numeric: true });

/**
 * The printable attendance list (lista obecności): the event and its CONFIRMED and ATTENDED sign-ups in the user's
 * scope, by name. Null when the event is missing or out of scope. Writes a `registration.attendance-list` entry.
 */
export async function getAttendanceList(eventId: string): Promise<AttendanceList | null> {
  const user = await requireCoordinator();
  const event = await findScopedEvent(user, eventId, attendanceEventSelect);
  if (!event) return null;
  const people = await db.registration.findMany({
    where: { AND: [registrationScopeForEvents(user, [event]), { status: { in: ["CONFIRMED", "ATTENDED"] }, anonymisedAt: null }] },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
    select: attendeeSelect,
  });
  people.sort((a, b) => byName.compare(a.fullName, b.fullName));
  await recordAudit({
    actor: { userId: user.id, label: user.email },
    action: "registration.attendance-list",
    entityType: "event",
    entityId: event.id,
    voivodeshipCode: event.voivodeshipCode,
    details: { rowCount: people.length },
  });
  return { event, people };
}
