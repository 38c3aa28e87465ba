// The export of an offer's applications and the sign-ups per organisation, against a real database, run "as" a user
// through runAsUser() (no Prisma mocks): what a file holds (readable answers, the list's filters, the chosen columns,
// the region scope of docs/decisions/008), sensitive answers only when confirmed, the audit entry, formula injection,
// XLSX, keyset batches, the download route itself, and an organisation's linked sign-ups and applications.
// Other test files share the database and the seed's five offers: every export here is narrowed to this run's rows
// with the list's search (`q`), which matches the e-mail.
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApplicationStatus } from "@/generated/prisma/client";
import { GET as downloadRoute } from "@/app/[locale]/admin/offers/[slug]/export/download/route";
import { listOfferApplications } from "@/features/admin-applications/data";
import { applicationExportStream, exportApplications, getApplicationExportPreview } from "@/features/admin-applications/export";
import { applicationExportColumns } from "@/features/admin-applications/export-columns";
import { applicationExportRequestSchema } from "@/features/admin-applications/export-schema";
import { applicationListQuerySchema } from "@/features/admin-applications/schema";
import { listOrganisationSignUps } from "@/features/admin-organisations/links";
import { parseExportQueryWith } from "@/features/admin-exports/schema";
import type { OfferKind } from "@/features/applications/schema";
import { runAsUser } from "@/server/session";
import { OFFERS, VOIVODESHIPS } from "../../prisma/seed/content";
import { parseCsv } from "../support/csv";
import { submitApplication } from "@/features/applications/submit";
import { submitRegistration } from "@/features/registrations/submit";
import { issueFormToken } from "@/features/registrations/tokens";
import { createEvent, unique, validAnswers } from "../support/fixtures";
import { disconnectTestDb, testDb } from "../support/test-db";

const db = testDb();
const run = randomBytes(4).toString("hex");
const SLUG = Object.fromEntries(OFFERS.map((o) => [o.kind, o.slug])) as Record<OfferKind, string>;
const mine = `${run}@app-export.test`;
const DAY = 24 * 3600_000;

const users = {} as Record<"admin" | "ma" | "pk", string>;
const offerIds = {} as Record<OfferKind, string>;
const applicationIds: string[] = [];
const eventIds: string[] = [];
const registrationIds: string[] = [];
let organisationId = "";

async function createUser(key: keyof typeof users, role: "ADMIN" | "COORDINATOR", codes: string[]) {
  const user = await db.user.create({
    data: { email: `${key}-${run}@app-export-users.test`, name: `${key} ${run}`, role, voivodeships: { create: codes.map((voivodeshipCode) => ({ voivodeshipCode })) } },
  });
  users[key] = user.id;
}

let sequence = 0;
async function applyFor(kind: OfferKind, fullName: string, voivodeshipCode: string | null, answers: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const email = `a${++sequence}-${mine}`;
  const row = await db.offerApplication.create({
    data: {
      offerId: offerIds[kind],
      fullName,
      email,
      emailNormalized: email,
      voivodeshipCode,
      city: "Przemyśl",
      contactLanguage: "uk",
      locale: "uk",
      answers: answers as object,
      policyVersion: "2026-01",
      consentProcessingAt: new Date(),
      manageTokenHash: randomBytes(32).toString("hex"),
      // distinct sending times, in the order of the calls
      createdAt: new Date(Date.now() - DAY + sequence * 1000),
      ...extra,
    },
  });
  applicationIds.push(row.id);
  return { id: row.id, email };
}

const asUser = <T>(user: keyof typeof users, fn: () => Promise<T>) => runAsUser(users[user], fn);
const request = (q: Record<string, unknown> = {}) => applicationExportRequestSchema.parse({ q: mine, columns: ["fullName", "email", "status"], ...q });

/** Runs an export as `user` and reads the whole CSV file. */
async function exportCsv(user: keyof typeof users, kind: OfferKind, req = request(), locale: "pl" | "uk" | "en" = "pl") {
  const result = await asUser(user, () => exportApplications(SLUG[kind], req));
  if (!result?.ok) throw new Error(`export refused: ${JSON.stringify(result)}`);
  const stream = await applicationExportStream({ format: "csv", locale, columns: result.columns, batches: result.batches });
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
  return { text, records: parseCsv(text.replace(/^\uFEFF/, "")) };
}

const emails = {} as Record<"incPk" | "incMa" | "incNone" | "incFormula" | "incErased" | "course" | "mentoring", string>;
const ids = {} as Record<keyof typeof emails, string>;

beforeAll(async () => {
  await db.voivodeship.createMany({ data: [...VOIVODESHIPS], skipDuplicates: true });
  await db.programmeOffer.createMany({ data: [...OFFERS], skipDuplicates: true });
  for (const offer of await db.programmeOffer.findMany({ select: { id: true, kind: true } })) offerIds[offer.kind as OfferKind] = offer.id;
  await createUser("admin", "ADMIN", []);
  await createUser("ma", "COORDINATOR", ["PL-MA"]);
  await createUser("pk", "COORDINATOR", ["PL-PK"]);
  const organisation = await db.organisation.create({
    data: { slug: `app-export-${run}`, name: `Grupa Przemyśl ${run}`, type: "INFORMAL_GROUP", voivodeshipCode: "PL-PK", city: "Przemyśl", moderationStatus: "APPROVED", contactPersonEmail: `contact-${mine}` },
  });
  organisationId = organisation.id;

  const incubator = { idea: "Kawiarenka językowa", beneficiaries: "Około 40 rodzin romskich", ideaVoivodeship: "PL-PK", timeline: "marzec–czerwiec 2027", budget: 12000 };
  const add = async (key: keyof typeof emails, ...args: Parameters<typeof applyFor>) => {
    const { id, email } = await applyFor(...args);
    ids[key] = id;
    emails[key] = email;
  };
  await add("incPk", "INCUBATOR", "Олена Коваленко", "PL-PK", incubator, { organisationId, status: "ACCEPTED", score: 8, followUpAnswers: { budgetPlan: "Wynajem sali", confirmParticipation: true } });
  await add("incMa", "INCUBATOR", "Marta Krakowska", "PL-MA", { ...incubator, ideaVoivodeship: "PL-MA", beneficiaries: "Seniorzy" });
  await add("incNone", "INCUBATOR", "Bez Województwa", null, incubator);
  await add("incFormula", "INCUBATOR", '=HYPERLINK("http://evil.example","klik")', "PL-PK", { ...incubator, idea: "+48 zrób to", timeline: "@SUM(A1)" }, { organisationName: "-1 grupa" });
  await add("incErased", "INCUBATOR", "Usunięta Osoba", "PL-PK", incubator, { status: "WITHDRAWN" satisfies ApplicationStatus, anonymisedAt: new Date() });
  await add("course", "ANIMATORS_COURSE", "Kursantka", "PL-PK", { experience: "Jestem Romką, prowadzę świetlicę", motivation: "Chcę się uczyć", availability: "weekendy" }, { organisationId });
  await add("mentoring", "MENTORING", "Mentorowana", "PL-PK", { groupDescription: "Grupa mam z Ukrainy", needs: ["premises", "funding"], mentoringLanguage: "uk" });

  // sign-ups linked to the organisation: to a podkarpackie meeting, to a Kraków one (the małopolskie coordinator's)
  for (const voivodeshipCode of ["PL-PK", "PL-MA"]) {
    const event = await createEvent({ voivodeshipCode, titlePl: `Spotkanie ${voivodeshipCode} ${run}` });
    eventIds.push(event.id);
    const email = `r-${voivodeshipCode.toLowerCase()}-${mine}`;
    const registration = await db.registration.create({
      data: { eventId: event.id, fullName: `Zapisana ${voivodeshipCode}`, email, emailNormalized: email, voivodeshipCode: "PL-PK", organisationId, policyVersion: "2026-01", consentProcessingAt: new Date(), status: "CONFIRMED", confirmedAt: new Date(), manageTokenHash: randomBytes(32).toString("hex") },
    });
    registrationIds.push(registration.id);
  }
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { OR: [{ actorUserId: { in: Object.values(users) } }, { entityId: { in: [...applicationIds, ...registrationIds] } }] } });
  await db.outboxMail.deleteMany({ where: { toAddress: { endsWith: mine } } });
  await db.offerApplication.deleteMany({ where: { id: { in: applicationIds } } });
  await db.registration.deleteMany({ where: { id: { in: registrationIds } } });
  await db.event.deleteMany({ where: { id: { in: eventIds } } });
  await db.organisation.deleteMany({ where: { id: organisationId } });
  await db.user.deleteMany({ where: { id: { in: Object.values(users) } } });
  await disconnectTestDb();
});

describe("application export: content", () => {
  it("turns each offer question into a readable column: names, choices, amounts and voivodeships translated", async () => {
    const csv = await exportCsv("admin", "INCUBATOR", request({ columns: ["fullName", "organisation", "voivodeship", "status", "score", "answer.idea", "answer.ideaVoivodeship", "answer.budget"] }));
    expect(csv.text.startsWith("\uFEFF")).toBe(true);
    expect(csv.records[0]).toEqual([
      "Imię i nazwisko", "Organizacja lub grupa", "Województwo", "Status", "Ocena (0–10)",
      "Twój pomysł na inicjatywę", "Gdzie chcesz ją zrealizować (województwo)?", "Przybliżony budżet w złotych",
    ]);
    const row = csv.records.find((r) => r[0] === "Олена Коваленко")!;
    expect(row.slice(0, 6)).toEqual(["Олена Коваленко", `Grupa Przemyśl ${run}`, "podkarpackie", "Przyjęte", "8", "Kawiarenka językowa"]);
    expect(row[6]).toBe("podkarpackie");
    expect(row[7]!.replace(/\s/g, " ")).toMatch(/^12 000 zł$/);
    // in the order the applications were sent
    expect(csv.records.slice(1).map((r) => r[0])).toEqual(["Олена Коваленко", "Marta Krakowska", "Bez Województwa", `'=HYPERLINK("http://evil.example","klik")`, "dane usunięte"]);
  });

  it("in English, with mentoring needs translated and the follow-up answers as their own columns", async () => {
    const mentoring = await exportCsv("admin", "MENTORING", request({ columns: ["fullName", "answer.needs", "answer.mentoringLanguage"] }), "en");
    expect(mentoring.records[0]).toEqual(["Full name", "What do you need support with?", "In which language do you want to work with your mentor?"]);
    expect(mentoring.records[1]).toEqual(["Mentorowana", "Premises – a place for meetings and activities, Funding", "Ukrainian"]);
    const incubator = await exportCsv("admin", "INCUBATOR", request({ columns: ["fullName", "followUp.budgetPlan", "followUp.confirmParticipation"] }), "en");
    expect(incubator.records[0]).toEqual(["Full name", "What will you spend the budget on? List the main costs. (before the start)", "I confirm that I will take part. (before the start)"]);
    expect(incubator.records[1]).toEqual(["Олена Коваленко", "Wynajem sali", "yes"]);
    expect(incubator.records[2]).toEqual(["Marta Krakowska", "", ""]);
  });

  it("keeps only the date and status of an application whose data was erased", async () => {
    const csv = await exportCsv("admin", "INCUBATOR", request({ columns: ["createdAt", "fullName", "email", "status", "answer.idea"] }));
    const erased = csv.records.find((r) => r[3] === "Wycofane")!;
    expect(erased[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(erased.slice(1)).toEqual(["dane usunięte", "", "Wycofane", ""]);
    expect(csv.text).not.toContain(emails.incErased);
  });

  it("neutralises cells a spreadsheet would run as formulas", async () => {
    const csv = await exportCsv("admin", "INCUBATOR", request({ columns: ["fullName", "organisation", "answer.idea", "answer.timeline"] }));
    const row = csv.records.find((r) => r[0]!.includes("HYPERLINK"))!;
    expect(row).toEqual([`'=HYPERLINK("http://evil.example","klik")`, "'-1 grupa", "'+48 zrób to", "'@SUM(A1)"]);
    for (const record of csv.records) for (const cell of record) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it("keeps only the offer's own columns, in file order, and refuses a request with none of them", async () => {
    const csv = await exportCsv("admin", "FORUM", request({ columns: ["answer.idea", "status", "fullName"] }));
    expect(csv.records[0]).toEqual(["Imię i nazwisko", "Status"]);
    expect(await asUser("admin", () => exportApplications(SLUG.FORUM, request({ columns: ["answer.idea"] })))).toEqual({ ok: false, error: "noColumns" });
    expect(applicationExportColumns("FORUM").map((c) => c.id)).not.toContain("consentImage");
    expect(applicationExportColumns("FILM_PORTRAIT").map((c) => c.id)).toContain("consentImage");
    expect(applicationExportColumns("FORUM").some((c) => c.group === "followUp")).toBe(false);
  });

  it("parses a query string like the form sends it; nonsense is an error for the form, not a server error", () => {
    const query = new URLSearchParams({ q: mine, format: "xlsx", status: "ACCEPTED" });
    query.append("columns", "answer.idea");
    query.append("columns", "fullName");
    expect(parseExportQueryWith(applicationExportRequestSchema, query).data).toMatchObject({ format: "xlsx", columns: ["fullName", "answer.idea"], includeSensitive: false, status: "ACCEPTED" });
    for (const bad of [{ columns: "DROP TABLE" }, { columns: "fullName", format: "pdf" }, {}]) {
      const params = new URLSearchParams(bad as Record<string, string>);
      expect(parseExportQueryWith(applicationExportRequestSchema, params).success).toBe(false);
    }
  });

  it("gives the same rows in XLSX", async () => {
    const columns = ["createdAt", "fullName", "voivodeship", "status", "answer.idea", "answer.budget"];
    const csv = await exportCsv("admin", "INCUBATOR", request({ columns }));
    const result = await asUser("admin", () => exportApplications(SLUG.INCUBATOR, request({ columns, format: "xlsx" })));
    if (!result?.ok) throw new Error("refused");
    const bytes = await new Response(await applicationExportStream({ format: "xlsx", locale: "pl", columns: result.columns, batches: result.batches })).arrayBuffer();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const rows: string[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push(columns.map((_, i) => String(row.getCell(i + 1).value ?? ""))));
    expect(rows).toEqual(csv.records);
  });

  it("reads the rows in keyset batches while the file is sent, each row once", async () => {
    const result = await asUser("admin", () => exportApplications(SLUG.INCUBATOR, request({ columns: ["email"] }), { batchSize: 2 }));
    if (!result?.ok) throw new Error("refused");
    const sizes: number[] = [];
    const seen: string[] = [];
    for await (const batch of result.batches) sizes.push(batch.length), seen.push(...batch.map((r) => r.email));
    expect(result.rowCount).toBe(5);
    expect(sizes).toEqual([2, 2, 1]);
    expect(new Set(seen).size).toBe(5);
  });
});

describe("application export: sensitive answers", () => {
  it("are not ticked by default, refused without confirmation, given with it, and never leave the DAL unless chosen", async () => {
    const columns = applicationExportColumns("ANIMATORS_COURSE");
    const sensitive = columns.filter((c) => c.sensitive).map((c) => c.id);
    expect(sensitive).toEqual(["answer.experience", "answer.motivation"]);
    expect(columns.filter((c) => c.byDefault).map((c) => c.id)).not.toEqual(expect.arrayContaining(["answer.experience"]));
    expect(applicationExportColumns("MENTORING").find((c) => c.id === "answer.groupDescription")?.sensitive).toBe(true);
    expect(applicationExportColumns("INCUBATOR").find((c) => c.id === "answer.beneficiaries")?.sensitive).toBe(true);

    const defaults = columns.filter((c) => c.byDefault).map((c) => c.id);
    const plain = await exportCsv("pk", "ANIMATORS_COURSE", request({ columns: defaults }));
    expect(plain.records[0]).toContain("Kiedy możesz uczestniczyć w zajęciach?");
    expect(plain.records[0]).not.toContain("Twoje doświadczenie w działaniu dla społeczności");
    expect(plain.text).not.toContain("Romką");
    const unread = await asUser("pk", () => exportApplications(SLUG.ANIMATORS_COURSE, request({ columns: ["fullName", "answer.availability"] })));
    const batch = unread?.ok ? (await unread.batches.next()).value : undefined;
    expect(batch?.[0]?.answers).toEqual({ availability: "weekendy" });

    const before = await db.auditLog.count({ where: { action: "application.export", actorUserId: users.pk } });
    for (const includeSensitive of [undefined, "", "0", "false"]) {
      const refused = await asUser("pk", () => exportApplications(SLUG.ANIMATORS_COURSE, request({ columns: ["fullName", "answer.experience"], includeSensitive })));
      expect(refused).toEqual({ ok: false, error: "sensitiveNotConfirmed" });
    }
    expect(await db.auditLog.count({ where: { action: "application.export", actorUserId: users.pk } })).toBe(before);

    const full = await exportCsv("pk", "ANIMATORS_COURSE", request({ columns: ["fullName", "answer.experience"], includeSensitive: "1" }));
    expect(full.records).toEqual([["Imię i nazwisko", "Twoje doświadczenie w działaniu dla społeczności"], ["Kursantka", "Jestem Romką, prowadzę świetlicę"]]);
  });
});

describe("application export: audit and region scope", () => {
  it("writes an audit entry with the actor, offer, filters, columns, scope and row count when the export starts", async () => {
    const before = new Date();
    const result = await asUser("pk", () => exportApplications(SLUG.INCUBATOR, request({ columns: ["email", "fullName"], status: "ACCEPTED", format: "xlsx" })));
    expect(result?.ok).toBe(true);
    const entry = await db.auditLog.findFirst({ where: { action: "application.export", actorUserId: users.pk, at: { gte: before } } });
    expect(entry).toMatchObject({
      actorLabel: `pk-${run}@app-export-users.test`,
      entityType: "offer",
      entityId: offerIds.INCUBATOR,
      details: { format: "xlsx", columns: ["fullName", "email"], includeSensitive: false, filters: { q: mine, status: "ACCEPTED" }, scope: ["PL-PK"], rowCount: 1 },
    });
  });

  it("each coordinator exports only the applications of their voivodeships; the admin also those without one", async () => {
    const rows = async (user: keyof typeof users) => (await exportCsv(user, "INCUBATOR", request({ columns: ["email"] }))).records.slice(1).map((r) => r[0]);
    expect(await rows("pk")).toEqual([emails.incPk, emails.incFormula, ""]); // the erased one keeps no e-mail
    expect(await rows("ma")).toEqual([emails.incMa]);
    expect(await rows("admin")).toEqual([emails.incPk, emails.incMa, emails.incNone, emails.incFormula, ""]);
    // even when asked for another region
    expect((await exportCsv("ma", "INCUBATOR", request({ columns: ["email"], voivodeship: "PL-PK" }))).records).toEqual([["E-mail"]]);
  });

  it("the preview counts what the list shows for the same filters", async () => {
    for (const filters of [{}, { status: "ACCEPTED" }, { voivodeship: "PL-PK" }, { status: "NONSENSE" }]) {
      for (const user of ["pk", "ma", "admin"] as const) {
        const q = { q: mine, ...filters };
        const list = await asUser(user, () => listOfferApplications(SLUG.INCUBATOR, applicationListQuerySchema.parse(q)));
        const preview = await asUser(user, () => getApplicationExportPreview(SLUG.INCUBATOR, applicationListQuerySchema.parse(q)));
        expect(preview?.total, `${user} ${JSON.stringify(filters)}`).toBe(list!.total);
      }
    }
    expect(await asUser("admin", () => getApplicationExportPreview("no-such-offer", {}))).toBeNull();
    expect(await asUser("admin", () => exportApplications("x".repeat(500), request()))).toBeNull();
  });

  it("without a session everything redirects to the login page", async () => {
    const calls: Array<() => Promise<unknown>> = [() => getApplicationExportPreview(SLUG.INCUBATOR, {}), () => exportApplications(SLUG.INCUBATOR, request()), () => listOrganisationSignUps(organisationId)];
    for (const call of calls) {
      await expect(runAsUser(null, call)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;\w+;\/pl\/admin\/login;/) });
    }
  });
});

describe("the download route", () => {
  const get = (user: keyof typeof users | null, query: string, slug = SLUG.INCUBATOR) =>
    runAsUser(user ? users[user] : null, () =>
      downloadRoute(new Request(`http://localhost/pl/admin/offers/${slug}/export/download${query}`), { params: Promise.resolve({ locale: "pl", slug }) }),
    );
  const digest = async (p: Promise<unknown>) => p.then(() => "no error", (e: { digest?: string }) => String(e.digest));

  it("answers with the file, named after the offer and the day", async () => {
    const response = await get("pk", `?q=${encodeURIComponent(mine)}&columns=fullName&columns=answer.idea&format=csv`);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="${SLUG.INCUBATOR}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    expect(response.headers.get("cache-control")).toBe("no-store");
    const records = parseCsv((await response.text()).replace(/^\uFEFF/, ""));
    expect(records.map((r) => r[0])).toEqual(["Imię i nazwisko", "Олена Коваленко", `'=HYPERLINK("http://evil.example","klik")`, "dane usunięte"]);
  });

  it("sends a bad request back to the form with the reason, and an unknown offer to 404", async () => {
    expect(await digest(get("pk", "?format=csv"))).toContain(`/pl/admin/offers/${SLUG.INCUBATOR}/export?format=csv&error=noColumns`);
    expect(await digest(get("pk", "?columns=answer.beneficiaries"))).toContain("error=sensitiveNotConfirmed");
    expect(await digest(get("pk", "?columns=nonsense"))).toContain("error=invalid");
    expect(await digest(get("pk", "?columns=fullName", "no-such-offer"))).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(await digest(get(null, "?columns=fullName"))).toMatch(/NEXT_REDIRECT;\w+;\/pl\/admin\/login\?next=/);
  });
});

describe("sign-ups per organisation", () => {
  it("the organisation's region coordinator sees its sign-ups and applications in their scope, with links", async () => {
    const pk = (await asUser("pk", () => listOrganisationSignUps(organisationId)))!;
    // the Kraków meeting's sign-up belongs to the małopolskie coordinator (decision 006), even for a podkarpackie group
    expect(pk.registrations.map((r) => r.fullName)).toEqual(["Zapisana PL-PK"]);
    expect(pk.registrationTotal).toBe(1);
    expect(pk.applications.map((a) => a.id).sort()).toEqual([ids.incPk, ids.course].sort());
    expect(pk.applications.find((a) => a.id === ids.course)?.offer.slug).toBe(SLUG.ANIMATORS_COURSE);
    const admin = (await asUser("admin", () => listOrganisationSignUps(organisationId)))!;
    expect(admin.registrations.map((r) => r.fullName).sort()).toEqual(["Zapisana PL-MA", "Zapisana PL-PK"]);
    expect(admin.applicationTotal).toBe(2);
  });

  it("a coordinator of another region gets nothing: the organisation is out of scope", async () => {
    expect(await asUser("ma", () => listOrganisationSignUps(organisationId))).toBeNull();
    for (const id of ["nope", "1 OR 1=1", ""]) expect(await asUser("admin", () => listOrganisationSignUps(id))).toBeNull();
  });

  it("a person who picks the organisation from the directory, signing up or applying, is linked to it", async () => {
    const formToken = () => issueFormToken(Date.now() - 5000);
    const event = await createEvent({ voivodeshipCode: "PL-PK" });
    eventIds.push(event.id);
    const signUpEmail = `linked-${mine}`;
    const signUp = await submitRegistration(
      event.slug,
      { ...validAnswers({ email: signUpEmail, fullName: "Linked Person" }), organisationMode: "directory", organisationId, website: "", formToken: formToken() },
      { ip: unique("ip"), locale: "pl" },
    );
    expect(signUp).toMatchObject({ status: "done" });
    const applyEmail = `linked-apply-${mine}`;
    const application = await submitApplication(
      SLUG.FORUM,
      {
        fullName: "Linked Applicant", email: applyEmail, phone: "", organisationMode: "directory", organisationId, organisationName: "", voivodeshipCode: "PL-PK",
        city: "Przemyśl", contactLanguage: "pl", consentProcessing: "on", participation: "attend", topic: "", website: "", formToken: formToken(),
      },
      { ip: unique("ip"), locale: "pl" },
    );
    expect(application).toMatchObject({ status: "done" });
    const registration = await db.registration.findFirstOrThrow({ where: { emailNormalized: signUpEmail }, select: { id: true, organisationId: true } });
    const applied = await db.offerApplication.findFirstOrThrow({ where: { emailNormalized: applyEmail }, select: { id: true, organisationId: true } });
    registrationIds.push(registration.id);
    applicationIds.push(applied.id);
    expect(registration.organisationId).toBe(organisationId);
    expect(applied.organisationId).toBe(organisationId);

    const pk = (await asUser("pk", () => listOrganisationSignUps(organisationId)))!;
    expect(pk.registrations.map((r) => r.id)).toContain(registration.id);
    expect(pk.applications.map((a) => a.id)).toContain(applied.id);

    // an organisation that is not (or no longer) in the directory cannot be picked
    const pending = await db.organisation.create({ data: { slug: `pending-${run}`, name: `Pending ${run}`, type: "NGO", voivodeshipCode: "PL-PK", city: "Sanok" } });
    try {
      const refused = await submitRegistration(
        event.slug,
        { ...validAnswers({ email: `pending-${mine}` }), organisationMode: "directory", organisationId: pending.id, website: "", formToken: formToken() },
        { ip: unique("ip"), locale: "pl" },
      );
      expect(refused).toMatchObject({ status: "error", fieldErrors: { organisationId: "chooseOrganisation" } });
    } finally {
      await db.organisation.delete({ where: { id: pending.id } });
    }
  });
});
