// Reading an export's rows: in batches on the (createdAt, id) keyset, each query starting after the last row sent,
// so memory holds one batch whatever the number of rows, and nothing is read before the file is.

/** Rows per query: an export reads its rows in batches, never all at once. */
export const EXPORT_BATCH_SIZE = 1000;

type Keyset = { createdAt: Date; id: string };

/** The `where` condition "after this row" in (createdAt, id) order; none for the first batch. */
export function afterKeyset(after: Keyset | null) {
  return after ? [{ OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] }] : [];
}

/**
 * The rows in (createdAt, id) order, `batchSize` per call of `readPage`, which must order by createdAt, id
 * (ascending), take `batchSize` and AND `afterKeyset(after)` into its `where`.
 */
export async function* keysetBatches<Row extends Keyset>(readPage: (after: Keyset | null) => Promise<Row[]>, batchSize: number): AsyncGenerator<Row[]> {
  let after: Keyset | null = null;
  for (;;) {
    const page = await readPage(after);
    if (page.length) yield page;
    if (page.length < batchSize) return;
    const last = page[page.length - 1]!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}

/** The filters that narrow an export, for its audit entry (JSON has no `undefined`). */
export function activeFilters(filters: Record<string, unknown>): Record<string, string | boolean> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== false)) as Record<string, string | boolean>;
}
