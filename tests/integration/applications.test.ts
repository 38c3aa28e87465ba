// Offer applications against a real database: each offer's schema, sending (bots, duplicates), the applicant's own
// page and withdrawal, the coordinators' review in their region, decision mails and the follow-up form. DAL code runs
// "as" a user through runAsUser(). Other test files share this database: rows here have unique e-mails, and the
// offers are the seed's own five (created here if missing, never changed).
import fs from "node:fs";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  changeApplicationStatus,
  getApplicationDetail,
  listOfferApplications,
  listOffersWithApplicationCounts,
  reviewApplication,
  sendApplicationFollowUp,
} from "@/features/admin-applications/data";
import { applicationListQuerySchema } from "@/features/admin-applications/schema";
import { createApplication, getApplicationOffer, getFollowUp, getManagedApplication, submitFollowUp, withdrawApplication } from "@/features/applications/data";
import { answersOf, applicationFields, applicationSchemaFor, OFFER_KINDS, type OfferKind } from "@/features/applications/schema";
import { submitApplication } from "@/features/applications/submit";
import { issueFormToken } from "@/features/registrations/tokens";
import { runAsUser } from "@/server/session";
import { OFFERS, VOIVODESHIPS } from "../../prisma/seed/content";
import { unique } from "../support/fixtures";
import { disconnectTestDb, testDb } from "../support/test-db";

const db = testDb();
const run = randomBytes(4).toString("hex");
const SLUG = Object.fromEntries(OFFERS.map((o) => [o.kind, o.slug])) as Record<OfferKind, string>;
const users = {} as Record<"admin" | "pk" | "ma", string>;
const formToken = () => issueFormToken(Date.now() - 5000);
const context = (locale: "pl" | "uk" | "en" = "uk") => ({ ip: unique("ip"), locale });
const listQuery = (q: Record<string, string> = {}) => applicationListQuerySchema.parse(q);

const OWN_ANSWERS: Record<OfferKind, Record<string, unknown>> = {
  ANIMATORS_COURSE: { experience: "Organizuję spotkania ukraińskich mam w Przemyślu.", motivation: "Chcę nauczyć się pisać projekty.", availability: "weekendy" },
  MENTORING: { groupDescription: "Grupa nieformalna, 12 osób, Przemyśl.", needs: ["premises", "funding"], needsOther: "", mentoringLanguage: "uk" },
  INCUBATOR: { idea: "Kawiarenka językowa dla dzieci i rodziców.", beneficiaries: "Około 40 rodzin z Ukrainy.", ideaVoivodeship: "PL-PK", timeline: "marzec–czerwiec 2027", budget: "12 000" },
  FORUM: { participation: "present", topic: "Jak mniejszości i migranci mogą działać razem" },
  FILM_PORTRAIT: { initiative: "Chór ukraiński działający od 2015 roku.", whyShow: "Łączy pokolenia i mniejszość z migrantami.", consentImage: "on" },
};

/** A valid form post for `kind`, as the browser sends it. */
function answers(kind: OfferKind, overrides: Record<string, unknown> = {}) {
  return {
    fullName: "Olena Kowalenko",
    email: `${unique("olena")}-${run}@example.com`,
    phone: "",
    organisationMode: "none",
    organisationId: "",
    organisationName: "",
    voivodeshipCode: "PL-PK",
    city: "Przemyśl",
    contactLanguage: "uk",
    consentProcessing: "on",
    ...OWN_ANSWERS[kind],
    ...overrides,
  };
}

async function apply(kind: OfferKind, overrides: Record<string, unknown> = {}, locale: "pl" | "uk" | "en" = "uk") {
  const post = answers(kind, overrides);
  const result = await submitApplication(SLUG[kind], { ...post, website: "", formToken: formToken() }, context(locale));
  const row = await db.offerApplication.findFirst({ where: { emailNormalized: post.email.toLowerCase() }, orderBy: { createdAt: "desc" } });
  return { result, row, email: post.email };
}

const linkToken = (text: string, path: RegExp) => path.exec(text)?.[1] ?? "";
const manageTokenIn = (text: string) => linkToken(text, /\/applications\/([A-Za-z0-9_-]+)(?!\/follow-up)(?:\s|$)/m);
const mailsTo = (email: string, kind?: string) => db.outboxMail.findMany({ where: { toAddress: email, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });

async function createUser(key: keyof typeof users, role: "ADMIN" | "COORDINATOR", codes: string[]) {
  const user = await db.user.create({
    data: { email: `${key}-${run}@applications.test`, name: `${key} ${run}`, role, voivodeships: { create: codes.map((voivodeshipCode) => ({ voivodeshipCode })) } },
  });
  users[key] = user.id;
}

beforeAll(async () => {
  await db.voivodeship.createMany({ data: [...VOIVODESHIPS], skipDuplicates: true });
  await db.programmeOffer.createMany({ data: [...OFFERS], skipDuplicates: true });
  await createUser("admin", "ADMIN", []);
  await createUser("pk", "COORDINATOR", ["PL-PK"]);
  await createUser("ma", "COORDINATOR", ["PL-MA"]);
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { actorUserId: { in: Object.values(users) } } });
  await db.user.deleteMany({ where: { id: { in: Object.values(users) } } });
  await disconnectTestDb();
});

describe("each offer's schema", () => {
  it("accepts a complete application for every offer and stores only that offer's answers", () => {
    for (const kind of OFFER_KINDS) {
      const parsed = applicationSchemaFor(kind).safeParse(answers(kind));
      expect(parsed.success, kind).toBe(true);
      const stored = answersOf(kind, parsed.data!);
      expect(Object.keys(stored).every((k) => k in OWN_ANSWERS[kind]), kind).toBe(true);
      expect(stored).not.toHaveProperty("consentImage");
      expect(stored).not.toHaveProperty("email");
    }
    const incubator = applicationSchemaFor("INCUBATOR").parse(answers("INCUBATOR"));
    expect(incubator.budget).toBe(12000);
    expect(answersOf("FORUM", applicationSchemaFor("FORUM").parse(answers("FORUM", { participation: "attend", topic: "ignored" })))).toEqual({ participation: "attend" });
  });

  it("requires each offer's own questions, with message keys as errors", () => {
    const errors = (kind: OfferKind, overrides: Record<string, unknown>) => {
      const parsed = applicationSchemaFor(kind).safeParse(answers(kind, overrides));
      return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    };
    expect(errors("ANIMATORS_COURSE", { experience: "", motivation: " ", availability: undefined })).toMatchObject({ experience: "required", motivation: "required", availability: "required" });
    expect(errors("MENTORING", { needs: [] })).toMatchObject({ needs: "chooseAtLeastOne" });
    expect(errors("MENTORING", { needs: "other" })).toMatchObject({ needsOther: "required" });
    expect(errors("MENTORING", { needs: ["premises", "premises"] })).toMatchObject({ needs: "invalidChoice" });
    expect(errors("MENTORING", { needs: ["rent-a-castle"] })).toMatchObject({ needs: "invalidChoice" });
    expect(errors("MENTORING", { mentoringLanguage: "xx" })).toMatchObject({ mentoringLanguage: "required" });
    expect(errors("INCUBATOR", { budget: "12k" })).toMatchObject({ budget: "amount" });
    expect(errors("INCUBATOR", { budget: "-5" })).toMatchObject({ budget: "amount" });
    expect(errors("INCUBATOR", { budget: "" })).toMatchObject({ budget: "required" });
    expect(errors("INCUBATOR", { ideaVoivodeship: "PL-XX" })).toMatchObject({ ideaVoivodeship: "required" });
    expect(errors("FORUM", { topic: "" })).toMatchObject({ topic: "topicRequired" });
    expect(errors("FORUM", { participation: "watch" })).toMatchObject({ participation: "required" });
    expect(errors("FILM_PORTRAIT", { consentImage: "" })).toMatchObject({ consentImage: "imageConsentRequired" });
    expect(errors("INCUBATOR", { consentProcessing: "" })).toMatchObject({ consentProcessing: "consentRequired" });
    expect(errors("ANIMATORS_COURSE", { organisationMode: "other" })).toMatchObject({ organisationName: "required" });
    expect(errors("ANIMATORS_COURSE", { organisationMode: "directory", organisationId: "x" })).toMatchObject({ organisationId: "chooseOrganisation" });
    // another offer's questions are not required (nor stored)
    expect(errors("FORUM", { experience: undefined, consentImage: undefined })).toEqual({});
  });
});

describe("sending an application", () => {
  it("stores it as NEW and queues the acknowledgement with the personal link in the applicant's language", async () => {
    const { result, row, email } = await apply("INCUBATOR", {}, "uk");
    expect(result).toEqual({ status: "done", outcome: "created" });
    expect(row).toMatchObject({ status: "NEW", locale: "uk", voivodeshipCode: "PL-PK", contactLanguage: "uk", score: null });
    expect(row!.answers).toEqual({ idea: OWN_ANSWERS.INCUBATOR.idea, beneficiaries: OWN_ANSWERS.INCUBATOR.beneficiaries, ideaVoivodeship: "PL-PK", timeline: "marzec–czerwiec 2027", budget: 12000 });
    expect(row!.policyVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row!.consentProcessingAt).toBeInstanceOf(Date);
    expect(row!.consentNewsletterAt).toBeNull();

    const [mail] = await mailsTo(email, "application.received");
    expect(mail).toMatchObject({ locale: "uk", applicationId: row!.id, status: "PENDING" });
    expect(mail!.subject).toContain("Ми отримали Вашу заявку");
    expect(mail!.html).toContain('lang="uk"');
    const token = manageTokenIn(mail!.text);
    expect(mail!.text).toContain(`/uk/applications/${token}`);
    expect(JSON.stringify(row)).not.toContain(token); // only the hash is stored
    expect(await db.auditLog.count({ where: { entityId: row!.id, action: "application.create" } })).toBe(1);

    const page = (await getManagedApplication(token))!;
    expect(page).toMatchObject({ id: row!.id, status: "NEW", canWithdraw: true, followUpPath: null });
    expect(page).not.toHaveProperty("manageTokenHash");
    expect(await getManagedApplication("not-a-token")).toBeNull();
  });

  it("a second application to the same offer (any case of the e-mail) creates no row and re-sends the link", async () => {
    const first = await apply("ANIMATORS_COURSE");
    const again = await submitApplication(SLUG.ANIMATORS_COURSE, { ...answers("ANIMATORS_COURSE", { email: first.email.toUpperCase(), fullName: "Other Name" }), formToken: formToken() }, context("pl"));
    expect(again).toEqual({ status: "done", outcome: "duplicate" });
    expect(await db.offerApplication.count({ where: { emailNormalized: first.email.toLowerCase() } })).toBe(1);
    const resent = await mailsTo(first.email, "application.manageLink");
    expect(resent).toHaveLength(1);
    expect(manageTokenIn(resent[0]!.text)).toBe(manageTokenIn((await mailsTo(first.email, "application.received"))[0]!.text));
    // another offer with the same address is a new application
    const other = await submitApplication(SLUG.FORUM, { ...answers("FORUM", { email: first.email }), formToken: formToken() }, context());
    expect(other).toEqual({ status: "done", outcome: "created" });
  });

  it("two identical applications at the same moment still make one", async () => {
    const post = { ...answers("MENTORING"), formToken: formToken() };
    const results = await Promise.all([submitApplication(SLUG.MENTORING, post, context()), submitApplication(SLUG.MENTORING, post, context())]);
    expect(results.map((r) => (r.status === "done" ? r.outcome : r.status)).sort()).toEqual(["created", "duplicate"]);
    expect(await db.offerApplication.count({ where: { emailNormalized: post.email.toLowerCase() } })).toBe(1);
  });

  it("discards bots without storing anything, and refuses closed or unknown offers", async () => {
    for (const bot of [
      { ...answers("FORUM"), website: "http://spam.example", formToken: formToken() },
      { ...answers("FORUM"), formToken: issueFormToken(Date.now() - 500) },
      { ...answers("FORUM"), formToken: "123.forged" },
      { ...answers("FORUM") },
    ]) {
      expect(await submitApplication(SLUG.FORUM, bot, context())).toEqual({ status: "done", outcome: "discarded" });
      expect(await db.offerApplication.count({ where: { emailNormalized: bot.email.toLowerCase() } })).toBe(0);
    }
    const shown = formToken();
    // the token the form was first shown with goes back to it (a quick correction is not taken for a bot)
    expect(await submitApplication("no-such-offer", { ...answers("FORUM"), formToken: shown }, context())).toMatchObject({ status: "error", formError: "offerNotFound", formToken: shown });
    const offer = (await getApplicationOffer(SLUG.FORUM))!;
    const data = applicationSchemaFor("FORUM").parse(answers("FORUM"));
    expect(await createApplication({ ...offer, acceptsApplications: false }, data, { locale: "pl" })).toEqual({ ok: false, error: "closed" });
  });

  it("stores the film portrait's image consent (art. 81) in its own column", async () => {
    const { row } = await apply("FILM_PORTRAIT", { consentNewsletter: "on" }, "en");
    expect(row!.consentImageAt).toBeInstanceOf(Date);
    expect(row!.consentNewsletterAt).toBeInstanceOf(Date);
    expect(row!.answers).not.toHaveProperty("consentImage");
  });
});

describe("the applicant's own page", () => {
  it("withdraws in one step after confirming, mails a confirmation, and allows a new application later", async () => {
    const { row, email } = await apply("MENTORING", {}, "pl");
    const token = manageTokenIn((await mailsTo(email, "application.received"))[0]!.text);
    expect(await withdrawApplication(token)).toEqual({ ok: true });
    const after = (await getManagedApplication(token))!;
    expect(after).toMatchObject({ status: "WITHDRAWN", canWithdraw: false });
    expect(after.withdrawnAt).toBeInstanceOf(Date);
    expect(await withdrawApplication(token)).toEqual({ ok: false });
    expect(await mailsTo(email, "application.withdrawn")).toHaveLength(1);
    expect(await db.auditLog.findFirst({ where: { entityId: row!.id, action: "application.withdraw" } })).toMatchObject({ actorLabel: "applicant", voivodeshipCode: "PL-PK" });
    const again = await submitApplication(SLUG.MENTORING, { ...answers("MENTORING", { email }), formToken: formToken() }, context("pl"));
    expect(again).toEqual({ status: "done", outcome: "created" });
  });
});

describe("review in the coordinators' area", () => {
  it("the podkarpackie coordinator reviews, scores and accepts; the decision mail is in the applicant's language with the message", async () => {
    const { row, email } = await apply("INCUBATOR", {}, "uk");
    const id = row!.id;
    const asPk = <T>(fn: () => Promise<T>) => runAsUser(users.pk, fn);

    const list = (await asPk(() => listOfferApplications(SLUG.INCUBATOR, listQuery({ q: email.toUpperCase() }))))!;
    expect(list.items.map((a) => a.id)).toEqual([id]);
    expect((await asPk(() => listOfferApplications(SLUG.INCUBATOR, listQuery({ status: "NEW", voivodeship: "PL-PK" }))))!.items.map((a) => a.id)).toContain(id);
    expect((await asPk(() => listOfferApplications(SLUG.INCUBATOR, listQuery({ voivodeship: "PL-MA" }))))!.total).toBe(0);

    const detail = (await asPk(() => getApplicationDetail(id)))!;
    expect(detail).toMatchObject({ status: "NEW", nextStatuses: ["IN_REVIEW", "ACCEPTED", "WAITLISTED", "DECLINED"], canSendFollowUp: false });
    expect(detail).not.toHaveProperty("manageTokenHash");
    expect(detail).not.toHaveProperty("followUpTokenHash");

    expect(await asPk(() => changeApplicationStatus(id, { status: "IN_REVIEW", message: "" }))).toEqual({ ok: true });
    expect(await mailsTo(email, "application.accepted")).toHaveLength(0);
    expect(await asPk(() => reviewApplication(id, { score: "11" }))).toMatchObject({ ok: false, error: "invalid" });
    expect(await asPk(() => reviewApplication(id, { score: "8", reviewerNotes: "Realny budżet, dobry plan." }))).toEqual({ ok: true });
    expect(await asPk(() => changeApplicationStatus(id, { status: "ACCEPTED", message: "Zapraszamy na spotkanie 12 marca.\nДо зустрічі!" }))).toEqual({ ok: true });

    const stored = await db.offerApplication.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: "ACCEPTED", score: 8, reviewerNotes: "Realny budżet, dobry plan." });
    expect(stored.decidedAt).toBeInstanceOf(Date);
    const [decision] = await mailsTo(email, "application.accepted");
    expect(decision).toMatchObject({ locale: "uk", applicationId: id });
    expect(decision!.subject).toContain("Вашу заявку прийнято");
    expect(decision!.text).toContain("Zapraszamy na spotkanie 12 marca.\nДо зустрічі!");
    expect(decision!.text).toContain(`/uk/applications/${manageTokenIn((await mailsTo(email, "application.received"))[0]!.text)}`);

    // decided: no further change, and the applicant sees it
    expect(await asPk(() => changeApplicationStatus(id, { status: "DECLINED" }))).toEqual({ ok: false, error: "notAllowed" });
    expect(await asPk(() => changeApplicationStatus(id, { status: "WITHDRAWN" }))).toMatchObject({ ok: false, error: "invalid" });
    const token = manageTokenIn((await mailsTo(email, "application.received"))[0]!.text);
    expect((await getManagedApplication(token))!.status).toBe("ACCEPTED");

    const actions = (await db.auditLog.findMany({ where: { entityId: id, action: { not: "application.view" } }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["application.create", "application.status", "application.score", "application.note", "application.status"]);
    expect(await db.auditLog.count({ where: { entityId: id, action: "application.view", actorUserId: users.pk } })).toBe(1);
    expect((await asPk(() => getApplicationDetail(id)))!.history.map((h) => h.action)).toEqual(actions);
  });

  it("the małopolskie coordinator can neither see nor change a podkarpackie application", async () => {
    const { row, email } = await apply("ANIMATORS_COURSE");
    const id = row!.id;
    const asMa = <T>(fn: () => Promise<T>) => runAsUser(users.ma, fn);
    expect(await asMa(() => getApplicationDetail(id))).toBeNull();
    expect(await asMa(() => changeApplicationStatus(id, { status: "ACCEPTED" }))).toBeNull();
    expect(await asMa(() => reviewApplication(id, { score: "10" }))).toBeNull();
    expect(await asMa(() => sendApplicationFollowUp(id))).toBeNull();
    const page = (await asMa(() => listOfferApplications(SLUG.ANIMATORS_COURSE, listQuery({ q: email }))))!;
    expect(page.total).toBe(0);
    expect((await asMa(() => listOfferApplications(SLUG.ANIMATORS_COURSE, listQuery())))!.items.every((a) => a.voivodeshipCode === "PL-MA")).toBe(true);
    const counts = await asMa(() => listOffersWithApplicationCounts());
    const pkCounts = await runAsUser(users.pk, () => listOffersWithApplicationCounts());
    expect(counts.find((o) => o.kind === "ANIMATORS_COURSE")!.total).toBeLessThan(pkCounts.find((o) => o.kind === "ANIMATORS_COURSE")!.total);
    expect(await db.offerApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "NEW", score: null });
    expect(await db.auditLog.count({ where: { entityId: id, actorUserId: users.ma } })).toBe(0);
    // the admin sees it
    expect((await runAsUser(users.admin, () => getApplicationDetail(id)))?.id).toBe(id);
    for (const bad of ["nope", "1 OR 1=1", crypto.randomUUID(), ""]) expect(await runAsUser(users.admin, () => getApplicationDetail(bad))).toBeNull();
    expect(await runAsUser(users.admin, () => listOfferApplications("no-such-offer", listQuery()))).toBeNull();
  });

  it("without a session every admin function redirects to the login page", async () => {
    const calls: Array<() => Promise<unknown>> = [() => listOffersWithApplicationCounts(), () => getApplicationDetail(crypto.randomUUID()), () => changeApplicationStatus(crypto.randomUUID(), {})];
    for (const call of calls) {
      await expect(runAsUser(null, call)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;\w+;\/pl\/admin\/login;/) });
    }
  });
});

describe("the follow-up form", () => {
  it("works once accepted, only for the course and the incubator, and takes answers once", async () => {
    const asPk = <T>(fn: () => Promise<T>) => runAsUser(users.pk, fn);
    const course = await apply("ANIMATORS_COURSE", {}, "en");
    const forum = await apply("FORUM");
    expect(await asPk(() => sendApplicationFollowUp(course.row!.id))).toEqual({ ok: false, error: "notAllowed" }); // not accepted yet
    await asPk(() => changeApplicationStatus(forum.row!.id, { status: "ACCEPTED" }));
    expect(await asPk(() => sendApplicationFollowUp(forum.row!.id))).toEqual({ ok: false, error: "notAllowed" }); // no follow-up for the forum

    await asPk(() => changeApplicationStatus(course.row!.id, { status: "ACCEPTED" }));
    expect(await asPk(() => sendApplicationFollowUp(course.row!.id))).toEqual({ ok: true });
    const [mail] = await mailsTo(course.email, "application.followUp");
    expect(mail!.locale).toBe("en");
    const token = linkToken(mail!.text, /\/en\/applications\/([A-Za-z0-9_-]+)\/follow-up/);
    expect(token).not.toBe("");
    const manageToken = manageTokenIn((await mailsTo(course.email, "application.received"))[0]!.text);
    expect(await getFollowUp(manageToken)).toBeNull(); // the personal link is not the follow-up link
    expect((await getManagedApplication(manageToken))!.followUpPath).toBe(`/applications/${token}/follow-up`);

    expect(await getFollowUp(token)).toMatchObject({ kind: "ANIMATORS_COURSE", answered: false });
    expect(await submitFollowUp(token, { learningGoals: "", confirmParticipation: "" })).toMatchObject({ ok: false, fieldErrors: { learningGoals: "required", confirmParticipation: "confirmRequired" } });
    expect(await submitFollowUp(token, { learningGoals: "Pisanie wniosków", questions: "", confirmParticipation: "on" })).toEqual({ ok: true });
    expect(await submitFollowUp(token, { learningGoals: "Jeszcze raz", confirmParticipation: "on" })).toEqual({ ok: false, formError: "alreadyAnswered" });
    expect((await db.offerApplication.findUniqueOrThrow({ where: { id: course.row!.id } })).followUpAnswers).toEqual({ learningGoals: "Pisanie wniosków", questions: "", confirmParticipation: true });
    expect((await getManagedApplication(manageToken))!.followUpPath).toBeNull();
    expect(await asPk(() => sendApplicationFollowUp(course.row!.id))).toEqual({ ok: false, error: "notAllowed" });
    expect(await db.auditLog.count({ where: { entityId: course.row!.id, action: { in: ["application.followUp", "application.followUpAnswer"] } } })).toBe(2);

    // a withdrawn application's follow-up link stops working
    const incubator = await apply("INCUBATOR");
    await asPk(() => changeApplicationStatus(incubator.row!.id, { status: "ACCEPTED" }));
    await asPk(() => sendApplicationFollowUp(incubator.row!.id));
    const incubatorToken = linkToken((await mailsTo(incubator.email, "application.followUp"))[0]!.text, /\/applications\/([A-Za-z0-9_-]+)\/follow-up/);
    expect(await getFollowUp(incubatorToken)).toMatchObject({ kind: "INCUBATOR" });
    await withdrawApplication(manageTokenIn((await mailsTo(incubator.email, "application.received"))[0]!.text));
    expect(await getFollowUp(incubatorToken)).toBeNull();
    expect(await submitFollowUp(incubatorToken, { budgetPlan: "Sala", confirmParticipation: "on" })).toEqual({ ok: false, formError: "notFound" });
  });
});

describe("hostile input", () => {
  const messages = Object.fromEntries(["pl", "uk", "en"].map((l) => [l, JSON.parse(fs.readFileSync(`messages/${l}.json`, "utf8"))]));
  const translated = (key: string) => ["pl", "uk", "en"].every((l) => typeof (messages[l].Apply.validation[key] ?? messages[l].Validation[key]) === "string");

  it("150 malformed or hostile submissions over the five forms: each a translated error, 0 rows written", async () => {
    const before = await db.offerApplication.count();
    const long = "a".repeat(1024 * 1024);
    const hostileValues: unknown[] = [
      "", " ", long, "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "\u202Eevil\u202C", "ze\u200Bro",
      "a\u0000b", "line\nbreak", 42, true, null, ["a", "b"], { $gt: "" }, "'; DROP TABLE \"OfferApplication\"; --", "<svg/onload=alert(1)>",
      "\uFEFFbom", "data:text/html,<b>x</b>", "x".repeat(3100), -1, "1e9", "NaN",
    ];
    const cases: Array<{ kind: OfferKind; post: Record<string, unknown> }> = [];
    for (let i = 0; cases.length < 150 && i < 20_000; i++) {
      const kind = OFFER_KINDS[i % OFFER_KINDS.length]!;
      const fields = applicationFields(kind);
      const field = fields[Math.floor(i / OFFER_KINDS.length) % fields.length]!;
      const value = hostileValues[Math.floor(i / (OFFER_KINDS.length * 7)) % hostileValues.length];
      const post = { ...answers(kind), [field]: value, formToken: formToken() };
      if (applicationSchemaFor(kind).safeParse(post).success) continue; // keep only combinations that really are invalid
      cases.push({ kind, post });
    }
    expect(cases.length).toBe(150);
    expect(new Set(cases.map((c) => c.kind)).size).toBe(5);

    for (const { kind, post } of cases) {
      const result = await submitApplication(SLUG[kind], post, context());
      expect(result.status, JSON.stringify(post).slice(0, 200)).toBe("error");
      if (result.status !== "error") continue;
      const keys = Object.values(result.fieldErrors ?? {});
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect(translated(key), key).toBe(true);
      // nothing hostile comes back longer than the form keeps
      expect(Object.values(result.values).every((v) => (Array.isArray(v) ? v.length <= 10 : v.length <= 3000))).toBe(true);
    }
    expect(await db.offerApplication.count()).toBe(before);
  }, 120_000);
});
