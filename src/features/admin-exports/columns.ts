import { createTranslator } from "next-intl";
import type { Prisma } from "@/generated/prisma/client";
import type { Locale } from "@/i18n/routing";
import { TIME_ZONE } from "@/lib/dates";
import { localized } from "@/lib/localized";
import en from "../../../messages/en.json";
import pl from "../../../messages/pl.json";
import uk from "../../../messages/uk.json";

// The columns a coordinator can export from an event's sign-ups, in file order. Headers are the
// `AdminExport.columns.<id>` messages. Each column names the fields it reads, and an export reads only those of the
// chosen columns (less to hold per batch, and nothing sensitive unless asked for). Sensitive columns (RODO art. 9)
// are never in the default set and need `includeSensitive` (see data.ts).

/** Every field an export may read. */
const exportFieldSelect = {
  createdAt: true,
  fullName: true,
  email: true,
  phone: true,
  organisationName: true,
  noOrganisation: true,
  organisation: { select: { name: true } },
  roleInOrganisation: true,
  groupType: true,
  voivodeship: { select: { namePl: true, nameUk: true, nameEn: true } },
  city: true,
  status: true,
  contactLanguage: true,
  contactLanguageOther: true,
  interpretationNeeded: true,
  interpretationLanguage: true,
  consentImageAt: true,
  community: true,
  accessibilityNeeds: true,
} satisfies Prisma.RegistrationSelect;

type ExportField = keyof typeof exportFieldSelect;

export const EXPORT_COLUMNS = [
  { id: "createdAt", sensitive: false, byDefault: true, reads: ["createdAt"] },
  { id: "fullName", sensitive: false, byDefault: true, reads: ["fullName"] },
  { id: "email", sensitive: false, byDefault: true, reads: ["email"] },
  { id: "phone", sensitive: false, byDefault: false, reads: ["phone"] },
  { id: "organisation", sensitive: false, byDefault: true, reads: ["organisation", "organisationName", "noOrganisation"] },
  { id: "roleInOrganisation", sensitive: false, byDefault: false, reads: ["roleInOrganisation"] },
  { id: "groupType", sensitive: false, byDefault: false, reads: ["groupType"] },
  { id: "voivodeship", sensitive: false, byDefault: true, reads: ["voivodeship"] },
  { id: "city", sensitive: false, byDefault: false, reads: ["city"] },
  { id: "status", sensitive: false, byDefault: true, reads: ["status"] },
  { id: "contactLanguage", sensitive: false, byDefault: false, reads: ["contactLanguage", "contactLanguageOther"] },
  { id: "interpretation", sensitive: false, byDefault: true, reads: ["interpretationNeeded", "interpretationLanguage"] },
  { id: "consentImage", sensitive: false, byDefault: false, reads: ["consentImageAt"] },
  { id: "community", sensitive: true, byDefault: false, reads: ["community"] },
  { id: "accessibilityNeeds", sensitive: true, byDefault: false, reads: ["accessibilityNeeds"] },
] as const satisfies ReadonlyArray<{ id: string; sensitive: boolean; byDefault: boolean; reads: readonly ExportField[] }>;

export type ExportColumnId = (typeof EXPORT_COLUMNS)[number]["id"];
export type SensitiveColumnId = Extract<(typeof EXPORT_COLUMNS)[number], { sensitive: true }>["id"];

export const EXPORT_COLUMN_IDS = EXPORT_COLUMNS.map((c) => c.id) as [ExportColumnId, ...ExportColumnId[]];
export const SENSITIVE_COLUMN_IDS = EXPORT_COLUMNS.filter((c) => c.sensitive).map((c) => c.id) as SensitiveColumnId[];
export const DEFAULT_COLUMN_IDS: ExportColumnId[] = EXPORT_COLUMNS.filter((c) => c.byDefault).map((c) => c.id);

export const isSensitiveColumn = (id: ExportColumnId): id is SensitiveColumnId => (SENSITIVE_COLUMN_IDS as string[]).includes(id);

/**
 * What an export of `columns` reads per row: the fields of those columns, plus the keyset (createdAt, id) and
 * whether the person's data was erased.
 */
export function exportSelect(columns: readonly ExportColumnId[]): Prisma.RegistrationSelect {
  const select: Prisma.RegistrationSelect = { id: true, createdAt: true, anonymisedAt: true };
  for (const column of EXPORT_COLUMNS) {
    if (!columns.includes(column.id)) continue;
    for (const field of column.reads) Object.assign(select, { [field]: exportFieldSelect[field] });
  }
  return select;
}

/** A row as an export reads it. Only the fields of the chosen columns are there (see exportSelect). */
export type ExportRow = Prisma.RegistrationGetPayload<{ select: typeof exportFieldSelect }> & { id: string; anonymisedAt: Date | null };

const messages = { pl, uk, en };

// Spreadsheet-friendly and sortable as text: "2026-03-05 14:07", on Warsaw's clock.
const sortableDateTime = new Intl.DateTimeFormat("sv-SE", { timeZone: TIME_ZONE, dateStyle: "short", timeStyle: "short" });

/** Translated headers and cell texts of the export in `locale`. */
export function exportFormatter(locale: Locale) {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "AdminExport" });
  const ta = createTranslator({ locale, messages: messages[locale], namespace: "Admin" });
  const tf = createTranslator({ locale, messages: messages[locale], namespace: "RegistrationForm" });
  const tl = createTranslator({ locale, messages: messages[locale], namespace: "Languages" });
  const language = (code: string | null) => (code && tl.has(code as "pl") ? tl(code as "pl") : (code ?? ""));

  const cell: Record<ExportColumnId, (r: ExportRow) => string> = {
    createdAt: (r) => sortableDateTime.format(r.createdAt),
    fullName: (r) => r.fullName,
    email: (r) => r.email,
    phone: (r) => r.phone ?? "",
    organisation: (r) => r.organisation?.name ?? r.organisationName ?? (r.noOrganisation ? ta("list.noOrganisation") : ""),
    roleInOrganisation: (r) => r.roleInOrganisation ?? "",
    groupType: (r) => (r.groupType ? tf(`groupTypes.${r.groupType}`) : ""),
    voivodeship: (r) => (r.voivodeship ? localized(r.voivodeship, "name", locale) : ""),
    city: (r) => r.city ?? "",
    status: (r) => ta(`status.${r.status}`),
    contactLanguage: (r) =>
      r.contactLanguage === "other" ? (r.contactLanguageOther ?? tf("contactLanguages.other")) : language(r.contactLanguage),
    interpretation: (r) => (r.interpretationNeeded ? language(r.interpretationLanguage) || ta("yes") : ""),
    consentImage: (r) => (r.consentImageAt ? t("yes") : t("no")),
    community: (r) => r.community ?? "",
    accessibilityNeeds: (r) => r.accessibilityNeeds ?? "",
  };

  return {
    headers: (columns: readonly ExportColumnId[]) => columns.map((id) => t(`columns.${id}`)),
    /** The row's cells; a sign-up whose personal data was erased keeps only its date and status. */
    cells: (row: ExportRow, columns: readonly ExportColumnId[]) =>
      columns.map((id) => {
        if (!row.anonymisedAt || id === "createdAt" || id === "status") return cell[id](row);
        return id === "fullName" ? ta("list.anonymised") : "";
      }),
  };
}
