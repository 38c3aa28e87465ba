import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { controlClass, EventSelect, VoivodeshipSelect } from "@/features/admin-dashboard/components/filter-controls";
import { listEventOptions } from "@/features/admin-dashboard/data";
import { PrintButton } from "@/features/admin-exports/components/print-button";
import { DateTime } from "@/features/admin-registrations/components/date-time";
import { firstValues, REGISTRATION_STATUSES } from "@/features/admin-registrations/schema";
import { getReport, type Report } from "@/features/admin-reports/data";
import { reportLabels } from "@/features/admin-reports/labels";
import { REPORT_DIMENSIONS, REPORT_MEASURE_IDS, reportQuerySchema, reportQueryString, reportSelection } from "@/features/admin-reports/schema";
import { listVoivodeships } from "@/features/regions/data";
import type { Locale } from "@/i18n/routing";
import { formatShortDate } from "@/lib/dates";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireCoordinator } from "@/server/session";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminReports" });
  return { title: t("metaTitle") };
}

// On paper (A4): only the report. The site header and footer, the coordinator area's bar and the form are hidden;
// table headers repeat on every page and no row or short table is split between pages (as the attendance list).
const printCss = `
@media print {
  @page { size: A4 portrait; margin: 12mm; }
  body > .skip-link, body > header, body > footer, main > div > div:has(> nav) { display: none !important; }
  main { padding: 0 !important; max-width: none !important; }
  thead { display: table-header-group; }
  tr, .report-block { break-inside: avoid; }
  .report-sheet { break-before: page; }
  a { color: inherit !important; text-decoration: none !important; }
}`;

const dayLabel = (day: string, locale: Locale) => formatShortDate(new Date(`${day}T12:00:00Z`), locale);

export default async function ReportsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const query = reportQuerySchema.parse(firstValues(await searchParams));
  const user = await requireCoordinator({ next: `${adminPath("reports", { locale })}${reportQueryString(query)}` });
  const chosen = reportSelection(query);
  const [t, events, voivodeships, report] = await Promise.all([
    getTranslations("AdminReports"),
    listEventOptions(),
    listVoivodeships(),
    chosen.ok ? getReport(chosen.selection, { attendance: query.attendance }) : Promise.resolve(null),
  ]);
  if (chosen.ok && !report) notFound();
  const regions = user.isAdmin ? voivodeships : voivodeships.filter((v) => user.voivodeshipCodes.includes(v.code));

  return (
    <div className="flex flex-col gap-6 text-slate-950">
      <style>{printCss}</style>
      <header className="print:hidden">
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl">{t("lead")}</p>
      </header>

      <form method="get" role="search" aria-label={t("formLabel")} className="card grid gap-4 sm:grid-cols-2 print:hidden">
        <div className="flex min-w-0 flex-col gap-1 sm:col-span-2">
          <EventSelect id="report-event" label={t("event")} allLabel={t("periodInstead")} value={query.event} events={events} locale={locale} hintId="report-event-hint" />
          <p id="report-event-hint" className="text-sm text-slate-700">{t("eventHint")}</p>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="report-from" className="font-semibold">{t("from")}</label>
          <input id="report-from" name="from" type="date" defaultValue={query.from ?? ""} className={controlClass} aria-describedby="report-period-hint" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="report-to" className="font-semibold">{t("to")}</label>
          <input id="report-to" name="to" type="date" defaultValue={query.to ?? ""} className={controlClass} aria-describedby="report-period-hint" />
        </div>
        <p id="report-period-hint" className="text-sm text-slate-700 sm:col-span-2">{t("periodHint")}</p>
        <div className="flex min-w-0 flex-col gap-1">
          <VoivodeshipSelect id="report-voivodeship" label={t("voivodeship")} allLabel={t("allVoivodeships")} value={query.voivodeship} voivodeships={regions} locale={locale} />
        </div>
        <div className="flex items-start gap-3 self-end pb-2">
          <input id="report-attendance" name="attendance" type="checkbox" value="1" defaultChecked={query.attendance} className="mt-0.5 h-6 w-6 shrink-0 accent-brand-800" aria-describedby="report-attendance-hint" />
          <div>
            <label htmlFor="report-attendance" className="font-semibold">{t("includeAttendance")}</label>
            <p id="report-attendance-hint" className="text-sm text-slate-700">{t("includeAttendanceHint")}</p>
          </div>
        </div>
        <p className="sm:col-span-2">
          <button type="submit" className="button">{t("show")}</button>
        </p>
      </form>

      {!chosen.ok ? (
        chosen.error === "invalidPeriod" ? (
          <p role="alert" className="rounded-md border-4 border-red-700 bg-red-50 p-4">{t("errors.invalidPeriod")}</p>
        ) : (
          <p className="card">{t("errors.choose")}</p>
        )
      ) : report ? (
        <ReportBody report={report} locale={locale} voivodeships={voivodeships} csvHref={`${adminPath("reportsDownload", { locale })}${reportQueryString({ ...query, attendance: false })}`} />
      ) : null}
    </div>
  );
}

type Voivodeships = Awaited<ReturnType<typeof listVoivodeships>>;

async function ReportBody({ report, locale, voivodeships, csvHref }: { report: Report; locale: Locale; voivodeships: Voivodeships; csvHref: string }) {
  const [t, ta] = await Promise.all([getTranslations("AdminReports"), getTranslations("Admin")]);
  const label = reportLabels(locale, voivodeships);
  const format = new Intl.NumberFormat(locale === "en" ? "en-GB" : locale);
  const { selection, events } = report;
  const region = selection.voivodeship ? voivodeships.find((v) => v.code === selection.voivodeship) : undefined;
  const single = selection.kind === "event" ? events[0]! : null;
  const period =
    selection.kind === "period"
      ? selection.from && selection.to
        ? t("periodBoth", { from: dayLabel(selection.from, locale), to: dayLabel(selection.to, locale) })
        : selection.from
          ? t("periodFrom", { from: dayLabel(selection.from, locale) })
          : t("periodTo", { to: dayLabel(selection.to!, locale) })
      : null;

  return (
    <article aria-labelledby="report-title" className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">{t("kicker")}</p>
        <h2 id="report-title" className="text-2xl font-bold">
          {single ? <span lang={textLang(single, "title", locale)}>{localized(single, "title", locale)}</span> : period}
        </h2>
        <dl className="grid gap-x-4 sm:grid-cols-[auto_1fr] print:grid-cols-[auto_1fr]">
          {single ? (
            <>
              <dt className="font-semibold">{t("when")}</dt>
              <dd>{formatShortDate(single.startsAt, locale)}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t("region")}</dt>
          <dd>{region ? localized(region, "name", locale) : t("allVoivodeshipsInScope")}</dd>
          <dt className="font-semibold">{t("generatedAt")}</dt>
          <dd>
            <DateTime value={new Date()} locale={locale} />
          </dd>
        </dl>
      </header>

      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton label={t("print")} />
        <a href={csvHref} className="button-secondary" download>
          {t("downloadCsv")}
        </a>
        <p className="text-sm text-slate-700">{t("printHint")}</p>
      </div>

      {!single ? (
        <section aria-labelledby="report-events" className="report-block flex flex-col gap-2">
          <h3 id="report-events" className="text-xl font-bold">{t("eventsHeading", { count: events.length })}</h3>
          {events.length ? (
            <ul className="list-disc pl-6">
              {events.map((e) => (
                <li key={e.id}>
                  <span lang={textLang(e, "title", locale)}>{localized(e, "title", locale)}</span> · {formatShortDate(e.startsAt, locale)} ·{" "}
                  {e.voivodeship ? localized(e.voivodeship, "name", locale) : ta("coalitionWide")}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("noEvents")}</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="report-totals" className="report-block flex flex-col gap-2">
        <h3 id="report-totals" className="text-xl font-bold">{t("totalsHeading")}</h3>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          {REPORT_MEASURE_IDS.map((m) => (
            <div key={m} className="card p-4">
              <dt className="text-sm text-slate-700">{t(`measures.${m}`)}</dt>
              <dd className="text-2xl font-bold tabular-nums">{format.format(report.totals[m])}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-slate-700">{t("measuresNote")}</p>
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        {REPORT_DIMENSIONS.map((dimension) => (
          <section key={dimension} aria-labelledby={`report-${dimension}`} className="report-block flex flex-col gap-2">
            <h3 id={`report-${dimension}`} className="text-xl font-bold">{t(`dimensions.${dimension}`)}</h3>
            {report.breakdowns[dimension].length ? (
              <div role="region" aria-labelledby={`report-${dimension}`} tabIndex={0} className="overflow-x-auto">
                <table className="w-full border-collapse text-left">
                  <thead>
                    <tr className="border-b-2 border-slate-300 align-bottom">
                      <th scope="col" className="py-2 pr-3">{t(`categoryColumn.${dimension}`)}</th>
                      {REPORT_MEASURE_IDS.map((m) => (
                        <th key={m} scope="col" className="py-2 pr-3 text-right last:pr-0">{t(`measures.${m}`)}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {report.breakdowns[dimension].map((row) => (
                      <tr key={row.key ?? "none"} className="border-b border-slate-200">
                        <th scope="row" className="py-2 pr-3 text-left font-normal">{label(dimension, row.key)}</th>
                        {REPORT_MEASURE_IDS.map((m) => (
                          <td key={m} className="py-2 pr-3 text-right tabular-nums last:pr-0">{format.format(row[m])}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p>{dimension === "interpretationLanguage" ? t("noInterpretation") : t("noData")}</p>
            )}
          </section>
        ))}
      </div>

      <section aria-labelledby="report-status" className="report-block flex max-w-xl flex-col gap-2">
        <h3 id="report-status" className="text-xl font-bold">{t("statusHeading")}</h3>
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-3">{t("statusColumn")}</th>
              <th scope="col" className="py-2 text-right">{t("countColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {REGISTRATION_STATUSES.map((s) => (
              <tr key={s} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-3 text-left font-normal">{ta(`status.${s}`)}</th>
                <td className="py-2 text-right tabular-nums">{format.format(report.byStatus[s])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {report.attendance ? (
        report.attendance.map(({ event, people }) => (
          <section key={event.id} aria-labelledby={`sheet-${event.id}`} className="report-sheet flex flex-col gap-2">
            <h3 id={`sheet-${event.id}`} className="text-xl font-bold">
              {t("attendanceHeading")}: <span lang={textLang(event, "title", locale)}>{localized(event, "title", locale)}</span> ({formatShortDate(event.startsAt, locale)})
            </h3>
            {people.length ? (
              <table className="w-full border-collapse text-left text-sm">
                <caption className="mb-2 text-left font-semibold">{t("attendanceCount", { count: people.length })}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-700 align-bottom">
                    <th scope="col" className="w-10 py-2 pr-2 text-right">{t("attendanceColumns.number")}</th>
                    <th scope="col" className="py-2 pr-3">{t("attendanceColumns.name")}</th>
                    <th scope="col" className="py-2 pr-3">{t("attendanceColumns.organisation")}</th>
                    <th scope="col" className="py-2">{t("attendanceColumns.attended")}</th>
                  </tr>
                </thead>
                <tbody>
                  {people.map((p, i) => (
                    <tr key={p.id} className="border-b border-slate-400">
                      <td className="py-1 pr-2 text-right tabular-nums">{i + 1}</td>
                      <th scope="row" className="py-1 pr-3 text-left font-semibold">{p.fullName}</th>
                      <td className="py-1 pr-3">{p.organisation ?? (p.noOrganisation ? ta("list.noOrganisation") : "")}</td>
                      <td className="py-1">{p.attended ? t("attendedYes") : ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>{t("attendanceEmpty")}</p>
            )}
          </section>
        ))
      ) : (
        <p className="text-sm text-slate-700 print:hidden">{t("attendanceNotIncluded")}</p>
      )}
      <p className="text-sm text-slate-700 print:hidden">{t("auditNote")}</p>
    </article>
  );
}
