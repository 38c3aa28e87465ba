import "server-only";
import { PassThrough, Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { Locale } from "@/i18n/routing";
import { warsawDay } from "@/lib/dates";
import { exportFormatter, type ExportColumnId, type ExportRow } from "./columns";
import type { ExportFormat } from "./schema";

// The export file, written while the rows are read: one batch of rows in memory at a time (see data.ts), and the
// next batch is read only when the client has taken the previous one.

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** "<slug>-<YYYY-MM-DD>.csv" (the event's or the offer's slug), the date of the export on Warsaw's calendar. */
export function exportFilename(slug: string, format: ExportFormat, now = new Date()) {
  return `${slug}-${warsawDay(now)}.${format}`;
}

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection): the apostrophe makes it text.
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutraliseFormula = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

type ExportFile = { format: ExportFormat; locale: Locale; columns: readonly ExportColumnId[]; batches: AsyncIterator<ExportRow[]> };

/** The sign-up export as a web stream of bytes, for a Response body. */
export function exportStream({ format, locale, columns, batches }: ExportFile): ReadableStream<Uint8Array> {
  const formatter = exportFormatter(locale);
  return exportFileStream({ format, header: formatter.headers(columns), cells: (row) => formatter.cells(row, columns), batches });
}

/** Any export as a web stream of bytes: a header line, then the cells of each row, batch by batch. */
export function exportFileStream<Row>({ format, header, cells, batches }: { format: ExportFormat; header: string[]; cells: (row: Row) => string[]; batches: AsyncIterator<Row[]> }): ReadableStream<Uint8Array> {
  const records = (rows: Row[]) => rows.map((row) => cells(row).map(neutraliseFormula));
  return format === "csv" ? csvStream(header, records, batches) : xlsxStream(header, records, batches);
}

type ToRecords<Row> = (rows: Row[]) => string[][];

function csvStream<Row>(header: string[], records: ToRecords<Row>, batches: AsyncIterator<Row[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  // CRLF (RFC 4180) and a byte-order mark: Excel then reads the file as UTF-8 and shows Polish and Cyrillic letters.
  const csv = (rows: string[][]) => encoder.encode(stringify(rows, { record_delimiter: "windows" }));
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode("\uFEFF"));
        controller.enqueue(csv([header]));
      },
      // called only when the consumer wants more: one query per pull
      async pull(controller) {
        const next = await batches.next();
        if (next.done) controller.close();
        else controller.enqueue(csv(records(next.value)));
      },
      async cancel() {
        await batches.return?.(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

function xlsxStream<Row>(header: string[], records: ToRecords<Row>, batches: AsyncIterator<Row[]>): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet("Export", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = header.map((h) => ({ width: Math.min(40, Math.max(12, h.length + 2)) }));
  sheet.addRow(header).commit();

  (async () => {
    for (let next = await batches.next(); !next.done; next = await batches.next()) {
      for (const record of records(next.value)) sheet.addRow(record).commit();
      // exceljs writes without waiting for the reader: wait for it here, batch by batch, so unread output stays small
      if (output.writableNeedDrain) await drainedOrClosed(output);
      if (output.destroyed) return void (await batches.return?.(undefined)); // the download was cancelled
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => {
    void batches.return?.(undefined);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });

  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

function drainedOrClosed(stream: PassThrough) {
  return new Promise<void>((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
  });
}
