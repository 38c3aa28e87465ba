import { describe, expect, it } from "vitest";
import { fromWarsawLocal, toWarsawLocal } from "./warsaw-time";

describe("Warsaw wall-clock times of the event form", () => {
  it("winter (CET, UTC+1) and summer (CEST, UTC+2) times become the right UTC instants", () => {
    expect(fromWarsawLocal("2026-01-20T15:00")?.toISOString()).toBe("2026-01-20T14:00:00.000Z");
    expect(fromWarsawLocal("2026-06-15T15:00")?.toISOString()).toBe("2026-06-15T13:00:00.000Z");
  });

  it("round-trips", () => {
    for (const v of ["2026-03-29T01:59", "2026-03-29T03:00", "2026-10-25T01:30", "2026-12-31T23:59", "2027-01-01T00:00"]) {
      expect(toWarsawLocal(fromWarsawLocal(v)!)).toBe(v);
    }
    expect(toWarsawLocal(new Date("2026-12-10T17:00:00Z"))).toBe("2026-12-10T18:00");
  });

  it("the hour skipped in spring does not exist; the repeated hour in autumn is its first occurrence", () => {
    expect(fromWarsawLocal("2026-03-29T02:30")).toBeNull();
    expect(fromWarsawLocal("2026-10-25T02:30")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("rejects malformed values", () => {
    for (const v of ["", "2026-02-30T10:00", "2026-01-20 15:00", "2026-01-20T25:00", "tomorrow", "2026-01-20T15:00:00"]) expect(fromWarsawLocal(v)).toBeNull();
  });
});
