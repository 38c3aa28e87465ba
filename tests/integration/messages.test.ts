import fs from "node:fs";
import { describe, expect, it } from "vitest";

// Every user-facing string exists in all three languages: the key trees of the message files are identical.
const load = (locale: string) => JSON.parse(fs.readFileSync(`messages/${locale}.json`, "utf8"));

function keys(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return [`${prefix}[${value.length}]`, ...value.flatMap((v, i) => keys(v, `${prefix}[${i}]`))];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

function leaves(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(leaves);
  return [];
}

describe("messages", () => {
  const pl = load("pl");
  for (const locale of ["uk", "en"]) {
    it(`${locale}.json has exactly the keys of pl.json`, () => {
      expect(keys(load(locale)).sort()).toEqual(keys(pl).sort());
    });
    it(`${locale}.json uses the same placeholders as pl.json`, () => {
      const other = load(locale);
      for (const key of keys(pl)) {
        const get = (tree: unknown) => key.split(/\.|\[|\]\.?/).filter(Boolean).reduce((n: any, k) => n?.[k], tree);
        const a = get(pl), b = get(other);
        if (typeof a !== "string") continue;
        const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:}|,)/g)].map((m) => m[1]))].sort();
        expect(placeholders(b), key).toEqual(placeholders(a));
      }
    });
  }
  it("has no empty strings", () => {
    for (const locale of ["pl", "uk", "en"]) for (const s of leaves(load(locale))) expect(s.trim()).not.toBe("");
  });
});
