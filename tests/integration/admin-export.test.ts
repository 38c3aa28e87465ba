// Exports and the attendance list of an event's sign-ups against a real database, run "as" a user through
// runAsUser() (no Prisma mocks): what a file holds (the list's filters, the chosen columns, the region scope),
// sensitive columns, the audit log, formula injection, XLSX, and that a big export is read in batches.
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RegistrationStatus } from "@/generated/prisma/client";
import { listEventRegistrations } from "@/features/admin-registrations/data";
import { registrationListQuerySchema } from "@/features/admin-registrations/schema";
import { DEFAULT_COLUMN_IDS, type ExportColumnId } from "@/features/admin-exports/columns";
import { EXPORT_BATCH_SIZE, exportRegistrations, getAttendanceList, getExportPreview } from "@/features/admin-exports/data";
import { exportRequestSchema, parseExportQuery } from "@/features/admin-exports/schema";
import { exportFilename, exportStream } from "@/features/admin-exports/stream";
import { runAsUser } from "@/server/session";
import { parseCsv } from "../support/csv";
import { ensureVoivodeships } from "../support/fixtures";
import { disconnectTestDb, testDb } from "../support/test-db";

const db = testDb();
const run = randomBytes(4).toString("hex");
const DAY = 24 * 3600_000;

const users = {} as Record<"admin" | "ma" | "pk", string>;
const events = {} as Record<"ma" | "pk" | "all" | "big", string>;
const regIds: string[] = [];

async function createUser(key: keyof typeof users, role: "ADMIN" | "COORDINATOR", codes: string[]) {
  const user = await db.user.create({
    data: { email: `${key}-${run}@admin-export.test`, name: `${key} ${run}`, role, voivodeships: { create: codes.map((voivodeshipCode) => ({ voivodeshipCode })) } },
  });
  users[key] = user.id;
}

async function createEvent(key: keyof typeof events, voivodeshipCode: string | null) {
  const startsAt = new Date(Date.now() + 10 * DAY);
  const event = await db.event.create({
    data: {
      slug: `admin-export-${key}-${run}`,
      titlePl: `Eksport ${key} ${run}`,
      summaryPl: "Test",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      format: voivodeshipCode ? "ONSITE" : "ONLINE",
      venueName: voivodeshipCode ? "Sala Kolumnowa" : null,
      venueAddress: voivodeshipCode ? "ul. Długa 1, Kraków" : null,
      status: "PUBLISHED",
      voivodeshipCode,
    },
  });
  events[key] = event.id;
}

let sequence = 0;
async function sign(event: keyof typeof events, fullName: string, voivodeshipCode: string | null, status: RegistrationStatus, extra: Record<string, unknown> = {}) {
  const email = `p${++sequence}-${run}@admin-export.test`;
  const r = await db.registration.create({
    data: {
      eventId: events[event],
      fullName,
      email,
      emailNormalized: email,
      voivodeshipCode,
      policyVersion: "2026-01",
      consentProcessingAt: new Date(),
      status,
      confirmedAt: status === "CONFIRMED" || status === "ATTENDED" ? new Date() : null,
      waitlistedAt: status === "WAITLISTED" ? new Date() : null,
      cancelledAt: status === "CANCELLED" ? new Date() : null,
      manageTokenHash: randomBytes(32).toString("hex"),
      // distinct sign-up times, in the order of the calls
      createdAt: new Date(Date.now() - DAY + sequence * 1000),
      ...extra,
    },
  });
  regIds.push(r.id);
  return email;
}

const asUser = <T>(user: keyof typeof users, fn: () => Promise<T>) => runAsUser(users[user], fn);
const request = (q: Record<string, unknown> = {}) => exportRequestSchema.parse({ columns: ["fullName", "email", "status"], ...q });

type Csv = { bytes: Uint8Array; text: string; records: string[][] };

/** Runs an export as `user` and reads the whole file. */
async function exportCsv(user: keyof typeof users, eventId: string, req = request()): Promise<Csv> {
  const result = await asUser(user, () => exportRegistrations(eventId, req));
  if (!result?.ok) throw new Error(`export refused: ${JSON.stringify(result)}`);
  const bytes = new Uint8Array(await new Response(exportStream({ format: "csv", locale: "pl", columns: result.columns, batches: result.batches })).arrayBuffer());
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  return { bytes, text, records: parseCsv(text.replace(/^\uFEFF/, "")) };
}

const emails = {} as Record<"kowalska" | "olena" | "lucja" | "formula" | "waiting" | "cancelled" | "attended" | "all_ma" | "all_pk" | "pk", string>;

beforeAll(async () => {
  await ensureVoivodeships();
  await createUser("admin", "ADMIN", []);
  await createUser("ma", "COORDINATOR", ["PL-MA"]);
  await createUser("pk", "COORDINATOR", ["PL-PK"]);
  await createEvent("ma", "PL-MA");
  await createEvent("pk", "PL-PK");
  await createEvent("all", null);
  await createEvent("big", "PL-MZ");
  emails.kowalska = await sign("ma", "Anna Kowalska", "PL-MA", "CONFIRMED", {
    community: "romska",
    accessibilityNeeds: "tłumacz PJM",
    consentSensitiveAt: new Date(),
    interpretationNeeded: true,
    interpretationLanguage: "pjm",
    organisationName: "Fundacja Testowa",
  });
  emails.olena = await sign("ma", "Олена Коваленко", "PL-PK", "CONFIRMED", { interpretationNeeded: true, interpretationLanguage: "uk", community: "українська", consentSensitiveAt: new Date() });
  emails.lucja = await sign("ma", "Łucja Żółć", "PL-MA", "ATTENDED", { noOrganisation: true, attendedAt: new Date() });
  emails.formula = await sign("ma", '=HYPERLINK("http://evil.example","klik")', "PL-MA", "CONFIRMED", { organisationName: "+48 1-2", city: "@SUM(A1)" });
  emails.waiting = await sign("ma", "Bogdan Nowak", "PL-MA", "WAITLISTED");
  emails.cancelled = await sign("ma", "Celina Wiśniewska", "PL-PK", "CANCELLED");
  emails.attended = await sign("ma", "Adam Ślusarz", "PL-MA", "ATTENDED");
  emails.pk = await sign("pk", "Petro Pidkarpatskyi", "PL-PK", "CONFIRMED");
  emails.all_ma = await sign("all", "Maria Online", "PL-MA", "CONFIRMED");
  emails.all_pk = await sign("all", "Pavlo Online", "PL-PK", "CONFIRMED");
});

afterAll(async () => {
  const eventIds = Object.values(events);
  await db.auditLog.deleteMany({ where: { actorUserId: { in: Object.values(users) } } });
  await db.registration.deleteMany({ where: { eventId: { in: eventIds } } });
  await db.event.deleteMany({ where: { id: { in: eventIds } } });
  await db.user.deleteMany({ where: { id: { in: Object.values(users) } } });
  await disconnectTestDb();
});

describe("CSV export", () => {
  it("is UTF-8 with a byte-order mark, a translated header and one line per sign-up, in sign-up order", async () => {
    // columns come in the file's fixed order, whatever the order of the query string
    const csv = await exportCsv("ma", events.ma, request({ columns: ["status", "fullName", "email", "voivodeship"] }));
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text.split("\r\n")[0]).toBe("\uFEFFImię i nazwisko,E-mail,Województwo,Status");
    expect(csv.records.slice(1).map((r) => r[1])).toEqual([
      emails.kowalska, emails.olena, emails.lucja, emails.formula, emails.waiting, emails.cancelled, emails.attended,
    ]);
    expect(csv.records[2]).toEqual(["Олена Коваленко", emails.olena, "podkarpackie", "Potwierdzony"]);
    expect(csv.text.endsWith("\r\n")).toBe(true);
  });

  it("holds exactly the sign-ups the list shows for the same filters", async () => {
    const filterSets: Array<Record<string, string>> = [
      {},
      { status: "CONFIRMED" },
      { voivodeship: "PL-PK" },
      { interpretation: "any" },
      { interpretation: "uk" },
      { accessibility: "1" },
      { q: "fundacja" },
      { q: "КОВАЛЕНКО" },
      { q: "nobody-at-all" },
      { status: "NONSENSE", voivodeship: "PL-XX" }, // ignored by both, as in the list
    ];
    for (const filters of filterSets) {
      const list = await asUser("ma", () => listEventRegistrations(events.ma, registrationListQuerySchema.parse(filters)));
      const query = new URLSearchParams({ ...filters, format: "csv" });
      query.append("columns", "email");
      const parsed = parseExportQuery(query);
      expect(parsed.success).toBe(true);
      const csv = await exportCsv("ma", events.ma, parsed.data!);
      expect(csv.records.slice(1).map((r) => r[0]).sort(), JSON.stringify(filters)).toEqual(list!.items.map((r) => r.email).sort());
      const preview = await asUser("ma", () => getExportPreview(events.ma, parsed.data!));
      expect(preview?.total).toBe(list!.total);
    }
  });

  it("leaves out sensitive columns by default, refuses them without includeSensitive, and gives them with it", async () => {
    expect(DEFAULT_COLUMN_IDS).not.toContain("community");
    expect(DEFAULT_COLUMN_IDS).not.toContain("accessibilityNeeds");
    const plain = await exportCsv("ma", events.ma, exportRequestSchema.parse({ columns: DEFAULT_COLUMN_IDS }));
    expect(plain.records[0]).not.toContain("Społeczność");
    expect(plain.records[0]).not.toContain("Potrzeby związane z dostępnością");
    expect(plain.text).not.toContain("tłumacz PJM");
    expect(plain.text).not.toContain("romska");
    // not even read from the database
    const unread = await asUser("ma", () => exportRegistrations(events.ma, exportRequestSchema.parse({ columns: DEFAULT_COLUMN_IDS })));
    const firstBatch = unread?.ok ? (await unread.batches.next()).value : undefined;
    expect(firstBatch?.[0]).toMatchObject({ fullName: "Anna Kowalska" });
    for (const row of firstBatch ?? []) for (const field of ["community", "accessibilityNeeds", "phone"]) expect(row).not.toHaveProperty(field);

    const before = await db.auditLog.count({ where: { action: "registration.export", actorUserId: users.ma } });
    const sensitive = ["fullName", "community", "accessibilityNeeds"] satisfies ExportColumnId[];
    for (const includeSensitive of [undefined, "", "0", "false"]) {
      const refused = await asUser("ma", () => exportRegistrations(events.ma, exportRequestSchema.parse({ columns: sensitive, includeSensitive })));
      expect(refused).toEqual({ ok: false, error: "sensitiveNotConfirmed" });
    }
    expect(await db.auditLog.count({ where: { action: "registration.export", actorUserId: users.ma } })).toBe(before); // nothing left

    const full = await exportCsv("ma", events.ma, exportRequestSchema.parse({ columns: sensitive, includeSensitive: "1" }));
    expect(full.records[0]).toEqual(["Imię i nazwisko", "Społeczność", "Potrzeby związane z dostępnością"]);
    expect(full.records[1]).toEqual(["Anna Kowalska", "romska", "tłumacz PJM"]);
    expect(full.records[2]).toEqual(["Олена Коваленко", "українська", ""]);
  });

  it("neutralises cells a spreadsheet would run as formulas", async () => {
    const csv = await exportCsv("ma", events.ma, request({ columns: ["fullName", "organisation", "city"] }));
    const row = csv.records.find((r) => r[0]!.includes("HYPERLINK"))!;
    expect(row).toEqual([`'=HYPERLINK("http://evil.example","klik")`, "'+48 1-2", "'@SUM(A1)"]);
    for (const record of csv.records) for (const cell of record) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it("writes an audit entry with the actor, event, filters, columns and row count when the export starts", async () => {
    const before = new Date();
    const result = await asUser("ma", () =>
      exportRegistrations(events.ma, exportRequestSchema.parse({ columns: ["email", "fullName"], status: "CONFIRMED", q: "kowalska", format: "xlsx" })),
    );
    expect(result?.ok).toBe(true);
    // written before any row is read
    const entry = await db.auditLog.findFirst({ where: { action: "registration.export", actorUserId: users.ma, at: { gte: before } } });
    expect(entry).toMatchObject({
      actorLabel: `ma-${run}@admin-export.test`,
      entityType: "event",
      entityId: events.ma,
      voivodeshipCode: "PL-MA",
      details: { format: "xlsx", columns: ["fullName", "email"], includeSensitive: false, filters: { q: "kowalska", status: "CONFIRMED" }, rowCount: 1 },
    });
  });

  it("names the file after the event and the day in Warsaw", () => {
    expect(exportFilename("spotkanie", "csv", new Date("2026-03-31T22:30:00Z"))).toBe("spotkanie-2026-04-01.csv");
    expect(exportFilename("spotkanie", "xlsx", new Date("2026-03-31T21:30:00Z"))).toBe("spotkanie-2026-03-31.xlsx");
  });
});

describe("region scope", () => {
  it("a małopolskie coordinator gets nothing for a podkarpackie event: no preview, no export, no attendance list", async () => {
    const before = await db.auditLog.count({ where: { actorUserId: users.ma, entityId: events.pk } });
    expect(await asUser("ma", () => getExportPreview(events.pk, request()))).toBeNull();
    expect(await asUser("ma", () => exportRegistrations(events.pk, request()))).toBeNull();
    expect(await asUser("ma", () => exportRegistrations(events.pk, request({ columns: ["community"], includeSensitive: "1" })))).toBeNull();
    expect(await asUser("ma", () => getAttendanceList(events.pk))).toBeNull();
    expect(await db.auditLog.count({ where: { actorUserId: users.ma, entityId: events.pk } })).toBe(before);
    // ids that are not UUIDs are simply not found
    expect(await asUser("admin", () => exportRegistrations("1 OR 1=1", request()))).toBeNull();
  });

  it("for a coalition-wide event each coordinator exports only the people from their regions; the admin everyone", async () => {
    const rows = async (user: keyof typeof users) => (await exportCsv(user, events.all, request({ columns: ["email"] }))).records.slice(1).map((r) => r[0]);
    expect(await rows("ma")).toEqual([emails.all_ma]);
    expect(await rows("pk")).toEqual([emails.all_pk]);
    expect(await rows("admin")).toEqual([emails.all_ma, emails.all_pk]);
  });

  it("without a session everything redirects to the login page", async () => {
    const calls: Array<() => Promise<unknown>> = [() => getExportPreview(events.ma, request()), () => exportRegistrations(events.ma, request()), () => getAttendanceList(events.ma)];
    for (const call of calls) {
      await expect(runAsUser(null, call)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;\w+;\/pl\/admin\/login;/) });
    }
  });
});

describe("XLSX export", () => {
  it("parses back with exceljs and holds the same rows as the CSV", async () => {
    const columns: ExportColumnId[] = ["createdAt", "fullName", "email", "organisation", "voivodeship", "status", "interpretation", "city"];
    const csv = await exportCsv("ma", events.ma, request({ columns }));
    const result = await asUser("ma", () => exportRegistrations(events.ma, request({ columns, format: "xlsx" })));
    if (!result?.ok) throw new Error("refused");
    const bytes = await new Response(exportStream({ format: "xlsx", locale: "pl", columns: result.columns, batches: result.batches })).arrayBuffer();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const sheet = workbook.worksheets[0]!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push(columns.map((_, i) => String(row.getCell(i + 1).value ?? ""))));
    expect(rows).toEqual(csv.records);
    expect(rows.flat()).toContain("Олена Коваленко");
    expect(rows.flat()).toContain(`'=HYPERLINK("http://evil.example","klik")`);
  });
});

describe("a big export", () => {
  const TOTAL = 20_000;

  beforeAll(async () => {
    // one statement; groups of 7 sign-ups share a createdAt, so batches also split rows with equal timestamps
    await db.$executeRawUnsafe(
      `INSERT INTO "Registration" (id, "eventId", "fullName", email, "emailNormalized", "voivodeshipCode", "policyVersion",
         "consentProcessingAt", status, "confirmedAt", "manageTokenHash", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), $1::uuid, 'Osoba ' || i, 'big-' || i || '-${run}@admin-export.test', 'big-' || i || '-${run}@admin-export.test',
         'PL-MZ', '2026-01', now(), 'CONFIRMED', now(), 'big-${run}-' || i, now() - interval '1 day' + (i / 7) * interval '1 millisecond', now()
       FROM generate_series(1, ${TOTAL}) AS i`,
      events.big,
    );
  });

  /** Counts the batches (one query each) the export reads, and the rows in them. */
  async function countedExport(format: "csv" | "xlsx") {
    const result = await asUser("admin", () => exportRegistrations(events.big, request({ columns: ["email"], format })));
    if (!result?.ok) throw new Error("refused");
    const sizes: number[] = [];
    const source = result.batches;
    const batches = (async function* () {
      for await (const batch of source) {
        sizes.push(batch.length);
        yield batch;
      }
    })();
    return { result, sizes, stream: exportStream({ format, locale: "pl", columns: result.columns, batches }) };
  }

  it("reads the rows in keyset batches of 1000 while the file is sent, each row once", async () => {
    const { result, sizes, stream } = await countedExport("csv");
    expect(result.rowCount).toBe(TOTAL);
    expect(sizes).toEqual([]); // nothing read before the file is

    const reader = stream.getReader();
    const decoder = new TextDecoder();
    let text = "";
    let reads = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      text += decoder.decode(chunk.value, { stream: true });
      // the stream pulls a batch only when the reader wants more: never more than one ahead of what was read
      expect(sizes.length, `after ${++reads} reads`).toBeLessThanOrEqual(reads);
    }
    expect(sizes.length).toBe(TOTAL / EXPORT_BATCH_SIZE);
    expect(sizes.every((n) => n === EXPORT_BATCH_SIZE)).toBe(true);
    const lines = text.split("\r\n").filter(Boolean).slice(1);
    expect(lines).toHaveLength(TOTAL);
    expect(new Set(lines).size).toBe(TOTAL);
  });

  it("stops reading when the download is cancelled", async () => {
    const { sizes, stream } = await countedExport("csv");
    const reader = stream.getReader();
    await reader.read(); // BOM
    await reader.read(); // header
    await reader.read(); // first batch
    await reader.cancel();
    expect(sizes.length).toBeLessThanOrEqual(2);
  });

  it("writes the XLSX batch by batch too", async () => {
    const { sizes, stream } = await countedExport("xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await new Response(stream).arrayBuffer());
    expect(workbook.worksheets[0]!.rowCount).toBe(TOTAL + 1);
    expect(sizes).toHaveLength(TOTAL / EXPORT_BATCH_SIZE);
  });
});

describe("attendance list", () => {
  it("lists the CONFIRMED and ATTENDED people of the event in the user's scope, by name in Polish order, and records it", async () => {
    const before = new Date();
    const list = (await asUser("ma", () => getAttendanceList(events.ma)))!;
    expect(list.event).toMatchObject({ id: events.ma, venueName: "Sala Kolumnowa", venueAddress: "ul. Długa 1, Kraków" });
    expect(list.people.map((p) => p.fullName)).toEqual([
      "=HYPERLINK(\"http://evil.example\",\"klik\")",
      "Adam Ślusarz",
      "Anna Kowalska",
      "Łucja Żółć",
      "Олена Коваленко",
    ]);
    expect(list.people.map((p) => p.status)).not.toContain("WAITLISTED");
    const entry = await db.auditLog.findFirst({ where: { action: "registration.attendance-list", actorUserId: users.ma, at: { gte: before } } });
    expect(entry).toMatchObject({ entityType: "event", entityId: events.ma, voivodeshipCode: "PL-MA", details: { rowCount: 5 } });
  });

  it("for a coalition-wide event holds only the people from the coordinator's regions", async () => {
    expect((await asUser("pk", () => getAttendanceList(events.all)))!.people.map((p) => p.fullName)).toEqual(["Pavlo Online"]);
  });
});
