// Pure helpers for the dashboard's "sign-ups over time" chart, a server-rendered SVG (no chart library). The database
// counts sign-ups per calendar day in Warsaw (YYYY-MM-DD); here those days are put into bars (days, weeks or months,
// whichever keeps the chart readable) and the bars are scaled into the SVG's coordinates.

export type DayCount = { day: string; count: number };
export type BucketUnit = "day" | "week" | "month";
/** One bar: the first calendar day it covers (YYYY-MM-DD) and its sign-ups. */
export type Bucket = { start: string; count: number };

/** At most this many bars: a phone screen still shows each one. */
export const MAX_BARS = 62;

const DAY_MS = 24 * 3600 * 1000;
// Calendar arithmetic on dates without a time of day: UTC midnight stands for the day, whatever the machine's zone.
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const addDays = (day: string, n: number) => toDay(toTime(day) + n * DAY_MS);
/** The Monday of the day's week (ISO weeks, as calendars in Poland and Ukraine show them). */
const weekStart = (day: string) => addDays(day, -((new Date(toTime(day)).getUTCDay() + 6) % 7));
const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const nextMonth = (month: string) => {
  const d = new Date(toTime(month));
  return toDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
};

/**
 * The days' counts as consecutive bars from the first to the last day with sign-ups, gaps filled with zeros: one bar
 * per day when that is at most `maxBars` bars, else per week (from Monday), else per month.
 */
export function bucketTimeline(days: readonly DayCount[], maxBars = MAX_BARS): { unit: BucketUnit; buckets: Bucket[] } {
  const sorted = days.filter((d) => d.count > 0).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  if (!sorted.length) return { unit: "day", buckets: [] };
  const first = sorted[0]!.day;
  const last = sorted[sorted.length - 1]!.day;
  const spanDays = Math.round((toTime(last) - toTime(first)) / DAY_MS) + 1;
  const unit: BucketUnit = spanDays <= maxBars ? "day" : Math.ceil((spanDays + 6) / 7) <= maxBars ? "week" : "month";
  const startOf = unit === "day" ? (d: string) => d : unit === "week" ? weekStart : monthStart;
  const next = unit === "day" ? (d: string) => addDays(d, 1) : unit === "week" ? (d: string) => addDays(d, 7) : nextMonth;

  const totals = new Map<string, number>();
  for (const d of sorted) totals.set(startOf(d.day), (totals.get(startOf(d.day)) ?? 0) + d.count);
  const buckets: Bucket[] = [];
  for (let start = startOf(first); start <= last; start = next(start)) buckets.push({ start, count: totals.get(start) ?? 0 });
  return { unit, buckets };
}

/** A round top for the value axis (1, 2 or 5 × 10ⁿ per step, at most `maxTicks` steps) and its tick values. */
export function niceScale(max: number, maxTicks = 5): { top: number; ticks: number[] } {
  if (!(max > 0)) return { top: 1, ticks: [0, 1] };
  const rough = max / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough && Number.isInteger(s)) ?? Math.ceil(rough);
  const wholeStep = Math.max(1, step); // counts of people: no fractional ticks
  const top = Math.ceil(max / wholeStep) * wholeStep;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += wholeStep) ticks.push(v);
  return { top, ticks };
}

export type ChartBox = { width: number; height: number; top: number; right: number; bottom: number; left: number };

export const DEFAULT_BOX: ChartBox = { width: 640, height: 240, top: 12, right: 8, bottom: 28, left: 40 };

export type ChartLayout = {
  box: ChartBox;
  bars: Array<Bucket & { x: number; y: number; width: number; height: number }>;
  ticks: Array<{ value: number; y: number }>;
  /** where the bars stand (the value 0) */
  baseline: number;
};

/** The bars and value-axis ticks in SVG coordinates: value 0 at the bottom of the plot, the scale's top at its top. */
export function layoutChart(buckets: readonly Bucket[], box: ChartBox = DEFAULT_BOX): ChartLayout {
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const baseline = box.top + plotHeight;
  const { top, ticks } = niceScale(Math.max(0, ...buckets.map((b) => b.count)));
  const y = (value: number) => baseline - (value / top) * plotHeight;
  const slot = buckets.length ? plotWidth / buckets.length : 0;
  const gap = Math.min(4, slot * 0.2);
  return {
    box,
    baseline,
    ticks: ticks.map((value) => ({ value, y: y(value) })),
    bars: buckets.map((b, i) => ({ ...b, x: box.left + i * slot + gap / 2, y: y(b.count), width: slot - gap, height: baseline - y(b.count) })),
  };
}

/** Indexes of the bars whose date is written under the axis: the first, the last and a few evenly between. */
export function labelledBars(count: number, maxLabels = 4): number[] {
  if (count <= 0) return [];
  if (count <= maxLabels) return Array.from({ length: count }, (_, i) => i);
  const step = (count - 1) / (maxLabels - 1);
  return [...new Set(Array.from({ length: maxLabels }, (_, i) => Math.round(i * step)))];
}
