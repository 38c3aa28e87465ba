import { describe, expect, it } from "vitest";
import { bucketTimeline, DEFAULT_BOX, labelledBars, layoutChart, niceScale } from "./chart";

describe("bucketTimeline", () => {
  it("gives no bars for no sign-ups (or only zero days)", () => {
    expect(bucketTimeline([])).toEqual({ unit: "day", buckets: [] });
    expect(bucketTimeline([{ day: "2026-03-01", count: 0 }])).toEqual({ unit: "day", buckets: [] });
  });

  it("one bar per day from the first to the last day, gaps as zeros, whatever the input order", () => {
    expect(
      bucketTimeline([
        { day: "2026-03-04", count: 2 },
        { day: "2026-03-01", count: 3 },
      ]),
    ).toEqual({
      unit: "day",
      buckets: [
        { start: "2026-03-01", count: 3 },
        { start: "2026-03-02", count: 0 },
        { start: "2026-03-03", count: 0 },
        { start: "2026-03-04", count: 2 },
      ],
    });
  });

  it("crosses month ends and the DST change without losing or doubling a day", () => {
    const { buckets } = bucketTimeline([
      { day: "2026-03-28", count: 1 },
      { day: "2026-04-02", count: 1 },
    ]);
    expect(buckets.map((b) => b.start)).toEqual(["2026-03-28", "2026-03-29", "2026-03-30", "2026-03-31", "2026-04-01", "2026-04-02"]);
  });

  it("switches to weeks starting on Monday when days would be too many bars, keeping the total", () => {
    const days = [
      { day: "2026-01-01", count: 1 }, // a Thursday: its week starts on Monday 29 December
      { day: "2026-01-04", count: 2 }, // Sunday, same week
      { day: "2026-01-05", count: 4 }, // Monday, next week
      { day: "2026-02-20", count: 8 },
    ];
    const { unit, buckets } = bucketTimeline(days, 10);
    expect(unit).toBe("week");
    expect(buckets[0]).toEqual({ start: "2025-12-29", count: 3 });
    expect(buckets[1]).toEqual({ start: "2026-01-05", count: 4 });
    expect(buckets.at(-1)).toEqual({ start: "2026-02-16", count: 8 });
    expect(buckets.reduce((s, b) => s + b.count, 0)).toBe(15);
    expect(buckets.length).toBeLessThanOrEqual(10);
  });

  it("switches to months over long periods", () => {
    const { unit, buckets } = bucketTimeline(
      [
        { day: "2024-11-30", count: 5 },
        { day: "2026-02-01", count: 1 },
      ],
      10,
    );
    expect(unit).toBe("month");
    expect(buckets).toHaveLength(16);
    expect(buckets[0]).toEqual({ start: "2024-11-01", count: 5 });
    expect(buckets[1]).toEqual({ start: "2024-12-01", count: 0 });
    expect(buckets.at(-1)).toEqual({ start: "2026-02-01", count: 1 });
  });
});

describe("niceScale", () => {
  it("rounds the top up to a whole step of 1, 2 or 5 × 10ⁿ", () => {
    expect(niceScale(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(niceScale(1)).toEqual({ top: 1, ticks: [0, 1] });
    expect(niceScale(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale(7)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(42)).toEqual({ top: 50, ticks: [0, 10, 20, 30, 40, 50] });
    expect(niceScale(100_000).top).toBe(100_000);
    expect(niceScale(123_456)).toEqual({ top: 150_000, ticks: [0, 50_000, 100_000, 150_000] });
  });
});

describe("layoutChart", () => {
  const box = DEFAULT_BOX;
  const plotHeight = box.height - box.top - box.bottom;
  const plotWidth = box.width - box.left - box.right;

  it("scales bar heights in proportion to the counts, from the baseline up", () => {
    const layout = layoutChart([
      { start: "2026-03-01", count: 10 },
      { start: "2026-03-02", count: 5 },
      { start: "2026-03-03", count: 0 },
    ]);
    expect(layout.baseline).toBe(box.top + plotHeight);
    const [a, b, c] = layout.bars;
    expect(a!.height).toBeCloseTo(plotHeight); // 10 is the scale's top
    expect(a!.y).toBeCloseTo(box.top);
    expect(b!.height).toBeCloseTo(plotHeight / 2);
    expect(c!.height).toBe(0);
    expect(c!.y).toBe(layout.baseline);
    for (const bar of layout.bars) expect(bar.y + bar.height).toBeCloseTo(layout.baseline);
  });

  it("places bars side by side within the plot, in order", () => {
    const layout = layoutChart(Array.from({ length: 4 }, (_, i) => ({ start: `2026-03-0${i + 1}`, count: i })));
    const xs = layout.bars.map((b) => b.x);
    expect(xs).toEqual([...xs].sort((p, q) => p - q));
    expect(layout.bars[0]!.x).toBeGreaterThanOrEqual(box.left);
    const last = layout.bars.at(-1)!;
    expect(last.x + last.width).toBeLessThanOrEqual(box.left + plotWidth + 1e-9);
    expect(layout.bars.every((b) => b.width > 0)).toBe(true);
  });

  it("puts ticks from the baseline (0) to the top of the plot", () => {
    const layout = layoutChart([{ start: "2026-03-01", count: 7 }]);
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
    expect(layout.ticks[0]!.y).toBe(layout.baseline);
    expect(layout.ticks.at(-1)!.y).toBeCloseTo(box.top);
  });

  it("has nothing to draw for no data, and does not divide by zero", () => {
    const layout = layoutChart([]);
    expect(layout.bars).toEqual([]);
    expect(layout.ticks.every((t) => Number.isFinite(t.y))).toBe(true);
  });
});

describe("labelledBars", () => {
  it("labels the first and last bar and a few between", () => {
    expect(labelledBars(0)).toEqual([]);
    expect(labelledBars(1)).toEqual([0]);
    expect(labelledBars(3)).toEqual([0, 1, 2]);
    expect(labelledBars(31)).toEqual([0, 10, 20, 30]);
  });
});
