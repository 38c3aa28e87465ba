import { describe, expect, it } from "vitest";
import { periodRange, warsawMidnight } from "./period";
import { reportQuerySchema, reportSelection } from "./schema";

describe("warsawMidnight", () => {
  it("is 23:00 UTC the day before in winter and 22:00 UTC in summer", () => {
    expect(warsawMidnight("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(warsawMidnight("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    // the nights the clocks change (29 March and 25 October 2026): midnight is still on the old offset
    expect(warsawMidnight("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(warsawMidnight("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
  });
});

describe("periodRange", () => {
  it("includes both days and leaves open ends open", () => {
    expect(periodRange("2026-03-01", "2026-03-31")).toEqual({ gte: new Date("2026-02-28T23:00:00Z"), lt: new Date("2026-03-31T22:00:00Z") });
    expect(periodRange(undefined, "2026-12-31")).toEqual({ gte: undefined, lt: new Date("2026-12-31T23:00:00Z") });
    expect(periodRange("2026-12-31")).toEqual({ gte: new Date("2026-12-30T23:00:00Z"), lt: undefined });
  });
});

describe("reportSelection", () => {
  const parse = (q: Record<string, string>) => reportSelection(reportQuerySchema.parse(q));

  it("an event wins over a period; nothing chosen asks to choose", () => {
    const id = "0190f5f0-0000-7000-8000-000000000001";
    expect(parse({ event: id, from: "2026-01-01" })).toEqual({ ok: true, selection: { kind: "event", eventId: id, voivodeship: undefined } });
    expect(parse({})).toEqual({ ok: false, error: "choose" });
    expect(parse({ from: "", to: "" })).toEqual({ ok: false, error: "choose" });
  });

  it("accepts a period open at one end, refuses one that ends before it starts", () => {
    expect(parse({ from: "2026-01-01", voivodeship: "PL-MA" })).toEqual({
      ok: true,
      selection: { kind: "period", from: "2026-01-01", to: undefined, voivodeship: "PL-MA" },
    });
    expect(parse({ from: "2026-02-01", to: "2026-01-01" })).toEqual({ ok: false, error: "invalidPeriod" });
  });

  it("ignores nonsense instead of failing", () => {
    expect(reportQuerySchema.parse({ event: "1 OR 1=1", from: "2026-02-30", to: "yesterday", voivodeship: "PL-XX", attendance: "maybe" })).toEqual({
      event: undefined,
      from: undefined,
      to: undefined,
      voivodeship: undefined,
      attendance: false,
    });
  });
});
