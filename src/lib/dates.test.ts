import { describe, expect, it } from "vitest";
import { formatEventRange, formatTime, warsawDay } from "./dates";

const locales = ["pl", "uk", "en"];

describe("event times are shown in Warsaw time in every locale", () => {
  it("the first meeting (15 June 2021, 15:00 CEST = 13:00 UTC) shows 15:00", () => {
    const start = new Date("2021-06-15T13:00:00Z");
    for (const locale of locales) expect(formatTime(start, locale)).toBe("15:00");
  });

  it("a winter event at 15:00 CET (14:00 UTC) also shows 15:00", () => {
    const start = new Date("2026-01-20T14:00:00Z");
    for (const locale of locales) expect(formatTime(start, locale)).toBe("15:00");
  });

  it("across the DST change: the same UTC hour is 15:00 before and 16:00 after the spring switch", () => {
    expect(formatTime(new Date("2026-03-28T14:00:00Z"), "pl")).toBe("15:00"); // CET, UTC+1
    expect(formatTime(new Date("2026-03-29T14:00:00Z"), "pl")).toBe("16:00"); // CEST, UTC+2
    expect(formatTime(new Date("2026-10-25T14:00:00Z"), "uk")).toBe("15:00"); // back to CET
  });

  it("days are Warsaw days, not UTC days", () => {
    expect(warsawDay(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
  });

  it("formats a same-day range with the localized date", () => {
    const range = formatEventRange(new Date("2021-06-15T13:00:00Z"), new Date("2021-06-15T15:00:00Z"), "pl");
    expect(range).toBe("wtorek, 15 czerwca 2021, 15:00–17:00");
    expect(formatEventRange(new Date("2021-06-15T13:00:00Z"), new Date("2021-06-15T15:00:00Z"), "en")).toBe(
      "Tuesday, 15 June 2021, 15:00–17:00",
    );
    expect(formatEventRange(new Date("2021-06-15T13:00:00Z"), new Date("2021-06-15T15:00:00Z"), "uk")).toMatch(/^вівторок, 15 червня 2021.*15:00–17:00$/);
  });

  it("formats a multi-day range with both dates", () => {
    const range = formatEventRange(new Date("2026-05-09T08:00:00Z"), new Date("2026-05-10T14:00:00Z"), "pl");
    expect(range).toContain("9 maja 2026, 10:00");
    expect(range).toContain("10 maja 2026, 16:00");
  });
});
