import "server-only";
import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "@/features/admin-exports/stream";
import { REGISTRATION_STATUSES } from "@/features/admin-registrations/schema";
import type { Locale } from "@/i18n/routing";
import { formatShortDate, warsawDay } from "@/lib/dates";
import { localized } from "@/lib/localized";
import type { ReportCounts } from "./data";
import { reportLabels, reportTranslators, type VoivodeshipNames } from "./labels";
import { REPORT_DIMENSIONS, REPORT_MEASURE_IDS } from "./schema";

// The report's counts as CSV: one line per category (section, category, then the measures). No names, no e-mails.
// A byte-order mark and CRLF, as in the sign-up exports, so Excel reads Polish and Cyrillic letters.

export function reportCsv(counts: ReportCounts, locale: Locale, voivodeships: VoivodeshipNames): string {
  const { t, ta } = reportTranslators(locale);
  const label = reportLabels(locale, voivodeships);
  const empty = REPORT_MEASURE_IDS.map(() => "");
  const rows: string[][] = [[t("csv.section"), t("csv.category"), ...REPORT_MEASURE_IDS.map((m) => t(`measures.${m}`))]];
  for (const e of counts.events) rows.push([t("csv.event"), `${localized(e, "title", locale)} (${formatShortDate(e.startsAt, locale)})`, ...empty]);
  rows.push([t("csv.total"), t("csv.allSignUps"), ...REPORT_MEASURE_IDS.map((m) => String(counts.totals[m]))]);
  for (const dimension of REPORT_DIMENSIONS) {
    for (const row of counts.breakdowns[dimension]) {
      rows.push([t(`dimensions.${dimension}`), label(dimension, row.key), ...REPORT_MEASURE_IDS.map((m) => String(row[m]))]);
    }
  }
  for (const status of REGISTRATION_STATUSES) rows.push([t("csv.status"), ta(`status.${status}`), String(counts.byStatus[status]), ...empty.slice(1)]);
  return `\uFEFF${stringify(rows.map((r) => r.map(neutraliseFormula)), { record_delimiter: "windows" })}`;
}

/** "raport-<event slug or period>[-<voivodeship>]-<YYYY-MM-DD>.csv" */
export function reportFilename(counts: ReportCounts, now = new Date()) {
  const s = counts.selection;
  const what = s.kind === "event" ? (counts.events[0]?.slug ?? "event") : `${s.from ?? "start"}_${s.to ?? "end"}`;
  return `raport-${what}${s.voivodeship ? `-${s.voivodeship.toLowerCase()}` : ""}-${warsawDay(now)}.csv`;
}
