// "Add your organisation or group" and its moderation, against a real database: the public form's server side, the
// contact person's personal link, coordinators' decisions in their region (docs/decisions/006-region-scope.md), and
// what the public directory, map counts and region pages show. DAL code runs "as" a user through runAsUser().
// Other test files share this database: every row here has a unique name and assertions look only at those.
import fs from "node:fs";
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  getOrganisationForModeration,
  listOrganisationsForModeration,
  moderateOrganisation,
  updateOrganisation,
} from "@/features/admin-organisations/data";
import { organisationListQuerySchema } from "@/features/admin-organisations/schema";
import {
  getPublicOrganisation,
  listDirectory,
  listDirectoryFacets,
  listPublicOrganisationSlugs,
  listRegionOrganisations,
} from "@/features/organisations/data";
import { getOrganisationSubmission, resubmitOrganisation, submitOrganisation } from "@/features/organisations/join";
import { organisationJoinSchema } from "@/features/organisations/join-schema";
import { directoryFilterSchema } from "@/features/organisations/schema";
import { countOrganisationsByVoivodeship, listProgrammeRegions } from "@/features/regions/data";
import { hashToken, issueFormToken } from "@/features/registrations/tokens";
import { runAsUser } from "@/server/session";
import { ensureVoivodeships, unique } from "../support/fixtures";
import { testDb } from "../support/test-db";

const db = testDb();
const run = randomBytes(4).toString("hex");
const users = {} as Record<"admin" | "pk" | "ma", string>;
const messages = Object.fromEntries(["pl", "uk", "en"].map((l) => [l, JSON.parse(fs.readFileSync(`messages/${l}.json`, "utf8"))]));

let n = 0;
/** Answers of a valid form, as the browser posts them: an informal Ukrainian group in Przemyśl. */
function answers(overrides: Record<string, unknown> = {}) {
  n++;
  return {
    name: `Група підтримки «Ластівка» ${run} ${n}`,
    type: "INFORMAL_GROUP",
    communities: "українська, ромська, Українська",
    languages: ["uk", "pl"],
    languagesOther: "",
    voivodeshipCode: "PL-PK",
    city: "Przemyśl",
    descriptionPl: "",
    descriptionUk: "Допомагаємо родинам з України в Перемишлі.",
    descriptionEn: "",
    websiteUrl: "",
    publicEmail: "",
    publicPhone: "",
    publishContact: "",
    contactPersonName: `Olha Kontaktowa ${run} ${n}`,
    contactPersonEmail: `olha-${run}-${n}@example.com`,
    contactPersonPhone: "+48 600 100 200",
    consentProcessing: "on",
    ...overrides,
  } as Record<string, unknown>;
}

const formToken = () => issueFormToken(Date.now() - 5000);

/** Submits through the form's server side in Ukrainian; returns the row and the personal link's token from the mail. */
async function submit(values = answers()) {
  const result = await submitOrganisation({ ...values, website: "", formToken: formToken() }, { ip: unique("ip"), locale: "uk" });
  expect(result).toEqual({ status: "done", outcome: "created" });
  const row = await db.organisation.findFirstOrThrow({ where: { name: values.name as string, contactPersonEmail: values.contactPersonEmail as string } });
  const mail = await db.outboxMail.findFirstOrThrow({ where: { organisationId: row.id, kind: "organisation.received" } });
  const token = /\/organisations\/submission\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? "";
  return { row, mail, token, values };
}

const as = <T>(user: keyof typeof users, fn: () => Promise<T>) => runAsUser(users[user], fn);
const approve = (user: keyof typeof users, id: string, note = "") => as(user, () => moderateOrganisation(id, { decision: "approve", note }));
const directory = (q: Record<string, string>) => listDirectory(directoryFilterSchema.parse(q));
const allQuery = (q: Record<string, string> = {}) => organisationListQuerySchema.parse(q);

beforeAll(async () => {
  await ensureVoivodeships();
  for (const [key, role, codes] of [["admin", "ADMIN", []], ["pk", "COORDINATOR", ["PL-PK"]], ["ma", "COORDINATOR", ["PL-MA"]]] as const) {
    const user = await db.user.create({
      data: { email: `${key}-${run}@organisations.test`, name: `${key} ${run}`, role, voivodeships: { create: codes.map((voivodeshipCode) => ({ voivodeshipCode })) } },
    });
    users[key] = user.id;
  }
});

describe("submitting an organisation", () => {
  it("stores it PENDING with a unique ASCII slug, mails the contact person in their language, and keeps it out of public view", async () => {
    const { row, mail, token, values } = await submit();
    expect(row).toMatchObject({
      moderationStatus: "PENDING",
      type: "INFORMAL_GROUP",
      communities: ["українська", "ромська"],
      languages: ["uk", "pl"],
      voivodeshipCode: "PL-PK",
      submittedLocale: "uk",
      descriptionPl: null,
      publishContact: false,
      contactPersonEmail: values.contactPersonEmail,
    });
    expect(row.slug).toBe(`hrupa-pidtrymky-lastivka-${run}-${n}`);
    expect(row.consentAt).toBeInstanceOf(Date);
    expect(row.policyVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // the personal link: only its hash is stored
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(row.manageTokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(mail).toMatchObject({ toAddress: values.contactPersonEmail, locale: "uk", status: "PENDING" });
    expect(mail.subject).toContain(values.name as string);
    expect(mail.html).toContain('lang="uk"');
    expect(mail.text).toContain(`/uk/organisations/submission/${token}`);
    expect(await db.auditLog.count({ where: { entityId: row.id, action: "organisation.create", voivodeshipCode: "PL-PK" } })).toBe(1);

    expect(await getPublicOrganisation(row.slug)).toBeNull();
    expect((await directory({ voivodeship: "podkarpackie", q: run })).items.map((o) => o.slug)).not.toContain(row.slug);
    expect((await listRegionOrganisations("PL-PK")).map((o) => o.slug)).not.toContain(row.slug);
    expect(await getOrganisationSubmission(token)).toMatchObject({ id: row.id, moderationStatus: "PENDING", canEdit: false });
    expect(await getOrganisationSubmission("not-a-token-not-a-token")).toBeNull();
  });

  it("gives a second organisation of the same name the next free slug; the same one sent twice creates nothing", async () => {
    const first = await submit(answers({ name: `Fundacja Żółć ${run}` }));
    const second = await submit(answers({ name: `Fundacja Żółć ${run}`, contactPersonEmail: `other-${run}@example.com` }));
    expect(first.row.slug).toBe(`fundacja-zolc-${run}`);
    expect(second.row.slug).toBe(`fundacja-zolc-${run}-2`);

    const again = await submitOrganisation({ ...first.values, contactPersonEmail: (first.values.contactPersonEmail as string).toUpperCase(), formToken: formToken() }, { ip: unique("ip"), locale: "pl" });
    expect(again).toEqual({ status: "done", outcome: "duplicate" });
    expect(await db.organisation.count({ where: { name: `Fundacja Żółć ${run}` } })).toBe(2);
    expect(await db.outboxMail.count({ where: { organisationId: first.row.id, kind: "organisation.received" } })).toBe(2);
  });

  it("discards bots without storing anything", async () => {
    const name = `Bot ${run}`;
    for (const bot of [
      { ...answers({ name }), website: "http://spam.example", formToken: formToken() },
      { ...answers({ name }), formToken: issueFormToken(Date.now() - 500) },
      { ...answers({ name }), formToken: "123.forged" },
      answers({ name }),
    ]) {
      expect(await submitOrganisation(bot, { ip: unique("ip"), locale: "en" })).toEqual({ status: "done", outcome: "discarded" });
    }
    expect(await db.organisation.count({ where: { name } })).toBe(0);
  });

  it("120 malformed or hostile submissions: each a translated error, 0 rows written", async () => {
    const marker = `hostile-${run}`;
    const hostile: unknown[] = [
      "", " ", "a".repeat(1024 * 1024), "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
      "\u202Eevil\u202C", "ze\u200Bro", "a\u0000b", "line\nbreak", 42, true, null, { $gt: "" }, "'; DROP TABLE \"Organisation\"; --",
      "data:text/html,<b>x</b>", "x".repeat(301), "ftp://example.org", "http://", "a,".repeat(40), ["pl", "pl"], ["klingon"],
    ];
    const fields = [
      "name", "type", "communities", "languages", "languagesOther", "voivodeshipCode", "city", "descriptionUk", "websiteUrl",
      "publicEmail", "publicPhone", "contactPersonName", "contactPersonEmail", "contactPersonPhone", "consentProcessing",
    ];
    const cases: Record<string, unknown>[] = [];
    for (let i = 0; cases.length < 120 && i < 5000; i++) {
      const field = fields[i % fields.length]!;
      const value = hostile[Math.floor(i / fields.length) % hostile.length];
      const values = { ...answers({ name: `${marker} ${i}`, contactPersonEmail: `${marker}-${i}@example.com` }), [field]: value };
      if (organisationJoinSchema.safeParse(values).success) continue; // only combinations that really are invalid
      cases.push({ ...values, formToken: formToken() });
    }
    // whole-form rules: no description in any language; public contact without the consent to publish it
    cases.push({ ...answers({ name: `${marker} x`, descriptionUk: "" }), formToken: formToken() });
    cases.push({ ...answers({ name: `${marker} y`, publicEmail: "group@example.org" }), formToken: formToken() });
    expect(cases.length).toBeGreaterThanOrEqual(100);

    const translated = (key: string) =>
      ["pl", "uk", "en"].every((l) => typeof messages[l].OrganisationJoin.validation[key] === "string" || typeof messages[l].Validation[key] === "string");
    for (const values of cases) {
      const result = await submitOrganisation(values, { ip: unique("ip"), locale: "uk" });
      expect(result.status, JSON.stringify(values).slice(0, 200)).toBe("error");
      if (result.status !== "error") continue;
      const keys = Object.values(result.fieldErrors ?? {});
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect(translated(key), key).toBe(true);
      // the token the form was first shown with goes back to it (a quick correction is not taken for a bot)
      expect(result.formToken).toBe(values.formToken);
      // what comes back to the form is bounded, whatever was sent
      expect(JSON.stringify(result.values).length).toBeLessThan(70_000);
    }
    expect(await db.organisation.count({ where: { OR: [{ name: { contains: marker } }, { contactPersonEmail: { contains: marker } }] } })).toBe(0);
  });
});

describe("moderation in the region", () => {
  it("a podkarpackie coordinator's approval publishes it: directory, map count, region page, profile; the contact is mailed", async () => {
    const { row, values } = await submit();
    const before = (await countOrganisationsByVoivodeship()).get("PL-PK") ?? 0;
    expect(await approve("pk", row.id)).toEqual({ ok: true, slug: row.slug, voivodeshipSlugs: ["podkarpackie"] });

    expect((await countOrganisationsByVoivodeship()).get("PL-PK")).toBe(before + 1);
    expect((await directory({ voivodeship: "podkarpackie", type: "INFORMAL_GROUP", q: run })).items.map((o) => o.slug)).toContain(row.slug);
    expect((await listRegionOrganisations("PL-PK")).map((o) => o.slug)).toContain(row.slug);
    expect((await listProgrammeRegions()).find((r) => r.code === "PL-PK")?.organisationCount).toBe(before + 1);
    expect(await getPublicOrganisation(row.slug)).toMatchObject({ name: values.name, city: "Przemyśl" });

    const stored = await db.organisation.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.moderationStatus).toBe("APPROVED");
    expect(stored.approvedAt).toBeInstanceOf(Date);
    const mail = await db.outboxMail.findFirstOrThrow({ where: { organisationId: row.id, kind: "organisation.approved" } });
    expect(mail).toMatchObject({ toAddress: values.contactPersonEmail, locale: "uk" });
    expect(mail.text).toContain(`/uk/organisations/${row.slug}`);
    expect(await db.auditLog.count({ where: { entityId: row.id, action: "organisation.approve", actorUserId: users.pk, voivodeshipCode: "PL-PK" } })).toBe(1);
  });

  it("a małopolskie coordinator can neither see, find nor moderate a podkarpackie organisation", async () => {
    const { row } = await submit();
    const list = await as("ma", () => listOrganisationsForModeration(allQuery()));
    expect(list.items.map((o) => o.id)).not.toContain(row.id);
    expect(list.items.every((o) => o.voivodeship.code === "PL-MA")).toBe(true);
    expect((await as("ma", () => listOrganisationsForModeration(allQuery({ q: row.name, voivodeship: "PL-PK" })))).total).toBe(0);
    expect(await as("ma", () => getOrganisationForModeration(row.id))).toBeNull();
    expect(await approve("ma", row.id)).toBeNull();
    expect(await as("ma", () => moderateOrganisation(row.id, { decision: "reject" }))).toBeNull();
    expect(await as("ma", () => updateOrganisation(row.id, answers()))).toBeNull();
    expect((await db.organisation.findUniqueOrThrow({ where: { id: row.id } })).moderationStatus).toBe("PENDING");
    expect(await db.auditLog.count({ where: { entityId: row.id, actorUserId: users.ma } })).toBe(0);

    // the podkarpackie coordinator and the admin do see it, waiting ones first
    const pk = await as("pk", () => listOrganisationsForModeration(allQuery()));
    expect(pk.items.map((o) => o.id)).toContain(row.id);
    const order = ["PENDING", "CHANGES_REQUESTED", "APPROVED", "REJECTED", "UNPUBLISHED"];
    const ranks = pk.items.map((o) => order.indexOf(o.moderationStatus));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(pk.counts.PENDING).toBeGreaterThan(0);
    expect((await as("admin", () => getOrganisationForModeration(row.id)))?.contactPersonEmail).toBe(row.contactPersonEmail);
    // and a coordinator cannot move it out of their region
    expect(await as("pk", () => updateOrganisation(row.id, answers({ name: row.name, voivodeshipCode: "PL-MA" })))).toEqual({
      ok: false,
      fieldErrors: { voivodeshipCode: "outOfScope" },
    });
  });

  it("asking for changes mails the note; the contact person corrects the entry through the link and it waits again", async () => {
    const { row, token, values } = await submit();
    expect(await as("pk", () => moderateOrganisation(row.id, { decision: "requestChanges", note: " " }))).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { note: "noteRequired" },
    });
    expect(await as("pk", () => moderateOrganisation(row.id, { decision: "requestChanges", note: "<script>x</script>" }))).toMatchObject({ ok: false, fieldErrors: { note: "noMarkup" } });
    const note = "Додайте, будь ласка, короткий опис польською & адресу сайту.";
    expect(await as("pk", () => moderateOrganisation(row.id, { decision: "requestChanges", note }))).toMatchObject({ ok: true });

    const mail = await db.outboxMail.findFirstOrThrow({ where: { organisationId: row.id, kind: "organisation.changesRequested" } });
    expect(mail).toMatchObject({ toAddress: values.contactPersonEmail, locale: "uk" });
    expect(mail.text).toContain(note);
    expect(mail.html).toContain("польською &amp; адресу");
    expect(mail.text).toContain(`/uk/organisations/submission/${token}`);
    expect(await getOrganisationSubmission(token)).toMatchObject({ moderationStatus: "CHANGES_REQUESTED", moderationNote: note, canEdit: true });

    const corrected = { ...values, descriptionPl: "Pomagamy rodzinom z Ukrainy w Przemyślu.", websiteUrl: "lastivka.example.org", publishContact: "on" };
    expect(await resubmitOrganisation(token, { ...corrected, descriptionUk: "", descriptionPl: "" })).toMatchObject({ ok: false, fieldErrors: { description: "descriptionRequired" } });
    expect(await resubmitOrganisation(token, corrected)).toEqual({ ok: true });
    const stored = await db.organisation.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ moderationStatus: "PENDING", moderationNote: null, descriptionPl: corrected.descriptionPl, website: "https://lastivka.example.org", publishContact: true });
    expect(await resubmitOrganisation(token, corrected)).toMatchObject({ ok: false, formError: "notEditable" });
    expect(await db.auditLog.findFirst({ where: { entityId: row.id, action: "organisation.requestChanges" } })).toMatchObject({ details: { note } });
    expect(await db.auditLog.count({ where: { entityId: row.id, action: "organisation.resubmit" } })).toBe(1);

    // approved, hidden and shown again; a decision that does not fit the status is refused
    expect(await approve("pk", row.id, "Witamy!")).toMatchObject({ ok: true });
    expect((await db.outboxMail.findFirstOrThrow({ where: { organisationId: row.id, kind: "organisation.approved" } })).text).toContain("Witamy!");
    expect(await as("pk", () => moderateOrganisation(row.id, { decision: "reject" }))).toEqual({ ok: false, error: "notAllowed" });
    expect(await as("pk", () => moderateOrganisation(row.id, { decision: "unpublish" }))).toMatchObject({ ok: true });
    expect(await getPublicOrganisation(row.slug)).toBeNull();
    expect(await as("pk", () => moderateOrganisation(row.id, { decision: "republish" }))).toMatchObject({ ok: true });
    expect(await getPublicOrganisation(row.slug)).toMatchObject({ website: "https://lastivka.example.org" });
    expect(await as("pk", () => moderateOrganisation(row.id, { decision: "delete" }))).toMatchObject({ ok: false, error: "invalid" });

    const detail = (await as("pk", () => getOrganisationForModeration(row.id)))!;
    expect(detail.history.map((h) => h.action)).toEqual([
      "organisation.create", "organisation.requestChanges", "organisation.resubmit", "organisation.approve", "organisation.unpublish", "organisation.republish",
    ]);
    expect(detail).not.toHaveProperty("manageTokenHash");
  });

  it("a coordinator's edit is saved and audited, but the organisation's consent to publish its contact stays its own", async () => {
    const { row, values } = await submit();
    const result = await as("pk", () => updateOrganisation(row.id, { ...values, city: "Rzeszów", publicEmail: "kontakt@example.org", publishContact: "on" }));
    expect(result).toEqual({ ok: false, fieldErrors: { publishContact: "publishConsentRequired" } });
    expect(await as("pk", () => updateOrganisation(row.id, { ...values, city: "Rzeszów", descriptionPl: "Opis po polsku." }))).toEqual({
      ok: true,
      slug: row.slug,
      voivodeshipSlugs: ["podkarpackie"],
    });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ city: "Rzeszów", descriptionPl: "Opis po polsku.", publishContact: false, slug: row.slug });
    expect(await db.auditLog.findFirst({ where: { entityId: row.id, action: "organisation.edit" } })).toMatchObject({ details: { fields: ["city", "descriptionPl"] } });
  });
});

describe("what the public sees", () => {
  it("never the contact person; the public contact only with the consent to publish it", async () => {
    const withConsent = await submit(answers({ websiteUrl: "https://lastivka.example.org", publicEmail: "group@example.org", publishContact: "on" }));
    const withoutConsent = await submit();
    // an older entry with a public contact but no consent (entered before the form existed)
    await db.organisation.update({ where: { id: withoutConsent.row.id }, data: { website: "https://hidden.example.org", publicPhone: "+48 600 999 999" } });
    for (const { row } of [withConsent, withoutConsent]) expect(await approve("admin", row.id)).toMatchObject({ ok: true });

    expect(await getPublicOrganisation(withConsent.row.slug)).toMatchObject({ website: "https://lastivka.example.org", publicEmail: "group@example.org" });
    expect(await getPublicOrganisation(withoutConsent.row.slug)).toMatchObject({ website: null, publicEmail: null, publicPhone: null });

    const everything = JSON.stringify([
      await listDirectory(directoryFilterSchema.parse({ q: run })),
      await listDirectory(directoryFilterSchema.parse({ voivodeship: "podkarpackie" })),
      await getPublicOrganisation(withConsent.row.slug),
      await getPublicOrganisation(withoutConsent.row.slug),
      await listRegionOrganisations("PL-PK"),
      await listDirectoryFacets(),
      await listProgrammeRegions(),
      await listPublicOrganisationSlugs(),
    ]);
    expect(everything).toContain(withConsent.row.slug);
    expect(everything).not.toContain("contactPerson");
    expect(everything).not.toContain("hidden.example.org");
    for (const { values } of [withConsent, withoutConsent]) {
      expect(everything).not.toContain(values.contactPersonName as string);
      expect(everything).not.toContain(values.contactPersonEmail as string);
      expect(everything).not.toContain("600 100 200");
    }
  });
});
