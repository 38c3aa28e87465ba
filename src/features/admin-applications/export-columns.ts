import { createTranslator } from "next-intl";
import type { Prisma } from "@/generated/prisma/client";
import type { Locale } from "@/i18n/routing";
import { TIME_ZONE } from "@/lib/dates";
import { localized } from "@/lib/localized";
import { answerRecord, answerText } from "@/features/applications/answer-text";
import { ANSWER_FIELDS, FOLLOW_UP_FIELDS, OFFER_KINDS, SENSITIVE_ANSWER_FIELDS, hasFollowUp, type OfferKind } from "@/features/applications/schema";
import en from "../../../messages/en.json";
import pl from "../../../messages/pl.json";
import uk from "../../../messages/uk.json";

// The columns a coordinator can export from an offer's applications, in file order: the applicant's details, then
// the offer's own questions (stored as Json in `answers`, one readable column each), then the follow-up answers of
// the course and the incubator. As for sign-ups (src/features/admin-exports/columns.ts), each column names what it
// reads, and sensitive ones (answers in SENSITIVE_ANSWER_FIELDS) are never ticked by default and need confirmation.

const voivodeshipNames = { namePl: true, nameUk: true, nameEn: true } satisfies Prisma.VoivodeshipSelect;

/** The applicant's columns and what each reads. */
const applicantReads = {
  createdAt: { createdAt: true },
  fullName: { fullName: true },
  email: { email: true },
  phone: { phone: true },
  organisation: { organisation: { select: { name: true } }, organisationName: true },
  voivodeship: { voivodeship: { select: voivodeshipNames } },
  city: { city: true },
  contactLanguage: { contactLanguage: true },
  status: { status: true },
  score: { score: true },
  decidedAt: { decidedAt: true },
  reviewerNotes: { reviewerNotes: true },
  consentImage: { consentImageAt: true },
  consentNewsletter: { consentNewsletterAt: true },
} as const satisfies Record<string, Prisma.OfferApplicationSelect>;

type ApplicantColumnId = keyof typeof applicantReads;
const APPLICANT_DEFAULTS: readonly ApplicantColumnId[] = ["createdAt", "fullName", "email", "organisation", "voivodeship", "status", "score"];
/** The image consent is asked only for the film portrait. */
const applicantColumnApplies = (id: ApplicantColumnId, kind: OfferKind) => id !== "consentImage" || kind === "FILM_PORTRAIT";

export type ApplicationExportColumn = {
  id: string;
  group: "applicant" | "answers" | "followUp";
  sensitive: boolean;
  byDefault: boolean;
  /** the question, for answer columns */
  field?: string;
};

const answerColumnId = (field: string) => `answer.${field}`;
const followUpColumnId = (field: string) => `followUp.${field}`;

/** The columns of an export of `kind`'s applications, in file order. */
export function applicationExportColumns(kind: OfferKind): ApplicationExportColumn[] {
  const applicant = (Object.keys(applicantReads) as ApplicantColumnId[])
    .filter((id) => applicantColumnApplies(id, kind))
    .map((id) => ({ id, group: "applicant" as const, sensitive: false, byDefault: APPLICANT_DEFAULTS.includes(id) }));
  const answers = ANSWER_FIELDS[kind].map((field) => {
    const sensitive = SENSITIVE_ANSWER_FIELDS.has(field);
    return { id: answerColumnId(field), group: "answers" as const, sensitive, byDefault: !sensitive, field };
  });
  const followUp = hasFollowUp(kind)
    ? FOLLOW_UP_FIELDS[kind].map((field) => ({ id: followUpColumnId(field), group: "followUp" as const, sensitive: false, byDefault: false, field }))
    : [];
  return [...applicant, ...answers, ...followUp];
}

/** Every column id of any offer: what the export form may send (an offer's export keeps only its own). */
export const APPLICATION_EXPORT_COLUMN_IDS = [...new Set(OFFER_KINDS.flatMap((kind) => applicationExportColumns(kind).map((c) => c.id)))] as [string, ...string[]];

/** What an export of `columns` reads per row: their fields, plus the keyset and whether the data was erased. */
export function applicationExportSelect(columns: readonly ApplicationExportColumn[]): Prisma.OfferApplicationSelect {
  const select: Prisma.OfferApplicationSelect = { id: true, createdAt: true, anonymisedAt: true };
  for (const column of columns) {
    if (column.group === "answers") select.answers = true;
    else if (column.group === "followUp") select.followUpAnswers = true;
    else Object.assign(select, applicantReads[column.id as ApplicantColumnId]);
  }
  return select;
}

/** Everything an export may read (the applicant's columns' reads, the answers, the keyset). */
const everyReadSelect = {
  id: true,
  anonymisedAt: true,
  answers: true,
  followUpAnswers: true,
  ...applicantReads.createdAt,
  ...applicantReads.fullName,
  ...applicantReads.email,
  ...applicantReads.phone,
  ...applicantReads.organisation,
  ...applicantReads.voivodeship,
  ...applicantReads.city,
  ...applicantReads.contactLanguage,
  ...applicantReads.status,
  ...applicantReads.score,
  ...applicantReads.decidedAt,
  ...applicantReads.reviewerNotes,
  ...applicantReads.consentImage,
  ...applicantReads.consentNewsletter,
} satisfies Prisma.OfferApplicationSelect;

/** A row as an export reads it. Only the fields of the chosen columns are there (see applicationExportSelect). */
export type ApplicationExportRow = Prisma.OfferApplicationGetPayload<{ select: typeof everyReadSelect }>;

/** Keeps only the chosen answers of a row (the Json column holds them all): what was not ticked does not travel on. */
export function keepChosenAnswers(row: ApplicationExportRow, columns: readonly ApplicationExportColumn[]): ApplicationExportRow {
  const pick = (answers: unknown, group: ApplicationExportColumn["group"]) => {
    const all = answerRecord(answers);
    return Object.fromEntries(columns.filter((c) => c.group === group && c.field! in all).map((c) => [c.field!, all[c.field!]])) as Prisma.JsonObject;
  };
  const kept = { ...row };
  if ("answers" in row) kept.answers = pick(row.answers, "answers");
  if ("followUpAnswers" in row) kept.followUpAnswers = row.followUpAnswers === null ? null : pick(row.followUpAnswers, "followUp");
  return kept;
}

const messages = { pl, uk, en };
const sortableDateTime = new Intl.DateTimeFormat("sv-SE", { timeZone: TIME_ZONE, dateStyle: "short", timeStyle: "short" });

type VoivodeshipName = { code: string; namePl: string; nameUk: string | null; nameEn: string | null };

/** Translated headers and cell texts of an application export in `locale`. */
export function applicationExportFormatter(locale: Locale, voivodeships: readonly VoivodeshipName[]) {
  const tr = <N extends "AdminApplicationExport" | "AdminApplications" | "AdminExport" | "Apply" | "Languages" | "ApplicationManage">(namespace: N) =>
    createTranslator({ locale, messages: messages[locale], namespace });
  const t = tr("AdminApplicationExport");
  const ta = tr("AdminApplications");
  const te = tr("AdminExport");
  const tApply = tr("Apply");
  const tl = tr("Languages");
  const tm = tr("ApplicationManage");
  const apply = (key: string) => (tApply.has(key as "none") ? tApply(key as "none") : null);
  const language = (code: string) => (tl.has(code as "pl") ? tl(code as "pl") : code);
  const voivodeshipName = (code: string) => {
    const v = voivodeships.find((x) => x.code === code);
    return v ? localized(v, "name", locale) : code;
  };
  const texts = { apply, language, voivodeshipName, locale };
  const consent = (at: Date | null | undefined) => (at ? te("yes") : te("no"));

  const applicantCell: Record<ApplicantColumnId, (r: ApplicationExportRow) => string> = {
    createdAt: (r) => sortableDateTime.format(r.createdAt),
    fullName: (r) => r.fullName,
    email: (r) => r.email,
    phone: (r) => r.phone ?? "",
    organisation: (r) => r.organisation?.name ?? r.organisationName ?? ta("noOrganisation"),
    voivodeship: (r) => (r.voivodeship ? localized(r.voivodeship, "name", locale) : ""),
    city: (r) => r.city ?? "",
    contactLanguage: (r) => language(r.contactLanguage),
    status: (r) => ta(`status.${r.status}`),
    score: (r) => (r.score === null ? "" : String(r.score)),
    decidedAt: (r) => (r.decidedAt ? sortableDateTime.format(r.decidedAt) : ""),
    reviewerNotes: (r) => r.reviewerNotes ?? "",
    consentImage: (r) => consent(r.consentImageAt),
    consentNewsletter: (r) => consent(r.consentNewsletterAt),
  };

  const cell = (row: ApplicationExportRow, column: ApplicationExportColumn): string => {
    if (column.group === "answers") return answerText(column.field!, answerRecord(row.answers)[column.field!], texts) ?? "";
    if (column.group === "followUp") return answerText(column.field!, answerRecord(row.followUpAnswers)[column.field!], texts) ?? "";
    return applicantCell[column.id as ApplicantColumnId](row);
  };

  return {
    header: (column: ApplicationExportColumn): string => {
      if (column.group === "answers") return tApply(`fields.${column.field}` as "fields.idea");
      if (column.group === "followUp") return t("followUpColumn", { question: tm(`followUp.fields.${column.field}` as "followUp.fields.questions") });
      return t(`columns.${column.id as ApplicantColumnId}`);
    },
    /** The row's cells; an application whose personal data was erased keeps only its date and status. */
    cells: (row: ApplicationExportRow, columns: readonly ApplicationExportColumn[]) =>
      columns.map((column) => {
        if (!row.anonymisedAt || column.id === "createdAt" || column.id === "status") return cell(row, column);
        return column.id === "fullName" ? ta("anonymised") : "";
      }),
  };
}
