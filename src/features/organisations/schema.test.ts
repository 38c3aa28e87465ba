import { describe, expect, it } from "vitest";
import { directoryFilterSchema } from "./schema";

describe("directoryFilterSchema", () => {
  it("keeps every valid filter, including the longest voivodeship slug", () => {
    expect(
      directoryFilterSchema.parse({ q: " Zustricz ", voivodeship: "warminsko-mazurskie", type: "INFORMAL_GROUP", community: "ukraińska", language: "uk", page: "2" }),
    ).toEqual({ q: "Zustricz", voivodeship: "warminsko-mazurskie", type: "INFORMAL_GROUP", community: "ukraińska", language: "uk", page: 2 });
  });

  it("ignores what it cannot use instead of failing the page", () => {
    expect(directoryFilterSchema.parse({ type: "<script>", page: "-3", q: "x".repeat(5000), voivodeship: "" })).toEqual({ page: 1 });
  });
});
