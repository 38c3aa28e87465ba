import { getTranslations } from "next-intl/server";
import { TIME_ZONE } from "@/lib/dates";
import { bucketTimeline, labelledBars, layoutChart, type BucketUnit, type DayCount } from "../chart";

// Sign-ups over time as a bar chart in plain SVG, drawn on the server. For screen readers the SVG is one image with a
// title and a description stating the totals; the same numbers are in a table under it (in a <details>, so sighted
// users can open it too), and that table is what a phone without room for the bars can read.

const intlLocale = (locale: string) => (locale === "en" ? "en-GB" : locale);
// A calendar day (YYYY-MM-DD) as a date: noon UTC is the same day in Warsaw.
const noon = (day: string) => new Date(`${day}T12:00:00Z`);

function formatBucket(day: string, unit: BucketUnit, locale: string, withYear = true) {
  const options: Intl.DateTimeFormatOptions =
    unit === "month" ? { month: "short", year: "numeric" } : { day: "numeric", month: "short", ...(withYear ? { year: "numeric" } : {}) };
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, ...options }).format(noon(day));
}

export async function RegistrationsChart({ id, timeline, locale }: { id: string; timeline: DayCount[]; locale: string }) {
  const t = await getTranslations("AdminDashboard.chart");
  const { unit, buckets } = bucketTimeline(timeline);
  if (!buckets.length) return <p className="card">{t("empty")}</p>;

  const layout = layoutChart(buckets);
  const { box } = layout;
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  const peak = buckets.reduce((best, b) => (b.count > best.count ? b : best), buckets[0]!);
  const first = formatBucket(buckets[0]!.start, unit, locale);
  const last = formatBucket(buckets[buckets.length - 1]!.start, unit, locale);
  const format = new Intl.NumberFormat(intlLocale(locale));
  const labelled = new Set(labelledBars(buckets.length));

  return (
    <figure className="flex flex-col gap-2">
      <svg
        viewBox={`0 0 ${box.width} ${box.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        className="h-auto w-full max-w-3xl"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{t(`title.${unit}`)}</title>
        <desc id={`${id}-desc`}>
          {t("description", { total, first, last, peak: peak.count, peakWhen: formatBucket(peak.start, unit, locale) })}
        </desc>
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={box.left} x2={box.width - box.right} y1={tick.y} y2={tick.y} stroke="#cbd5e1" strokeWidth={1} />
            <text x={box.left - 6} y={tick.y + 4} textAnchor="end" fontSize={13} fill="#334155">
              {format.format(tick.value)}
            </text>
          </g>
        ))}
        {layout.bars.map((bar) => (
          <rect key={bar.start} x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill="#0f6b61" />
        ))}
        <line x1={box.left} x2={box.width - box.right} y1={layout.baseline} y2={layout.baseline} stroke="#334155" strokeWidth={1.5} />
        {layout.bars.map((bar, i) =>
          labelled.has(i) ? (
            <text
              key={bar.start}
              x={Math.min(Math.max(bar.x + bar.width / 2, box.left + 30), box.width - box.right - 30)}
              y={layout.baseline + 18}
              textAnchor="middle"
              fontSize={13}
              fill="#334155"
            >
              {formatBucket(bar.start, unit, locale, false)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="text-sm text-slate-700">{t(`caption.${unit}`)}</figcaption>
      <details className="max-w-3xl">
        <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-800 underline underline-offset-2">{t("tableSummary")}</summary>
        <div className="max-h-96 overflow-y-auto" role="region" aria-label={t("tableSummary")} tabIndex={0}>
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t(`title.${unit}`)}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-1 pr-4">{t(`period.${unit}`)}</th>
                <th scope="col" className="py-1 text-right">{t("count")}</th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((b) => (
                <tr key={b.start} className="border-b border-slate-200">
                  <th scope="row" className="py-1 pr-4 text-left font-normal">
                    <time dateTime={unit === "month" ? b.start.slice(0, 7) : b.start}>{formatBucket(b.start, unit, locale)}</time>
                  </th>
                  <td className="py-1 text-right tabular-nums">{format.format(b.count)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-slate-300 font-semibold">
                <th scope="row" className="py-1 pr-4 text-left">{t("total")}</th>
                <td className="py-1 text-right tabular-nums">{format.format(total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </details>
    </figure>
  );
}
