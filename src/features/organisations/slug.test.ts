import { describe, expect, it } from "vitest";
import { firstFreeSlug, slugify, SLUG_MAX_LENGTH } from "./slug";

describe("slugify", () => {
  it("transliterates Polish letters and drops punctuation", () => {
    expect(slugify("Fundacja „Żółć” – Łódź")).toBe("fundacja-zolc-lodz");
    expect(slugify("ZAŻÓŁĆ GĘŚLĄ JAŹŃ")).toBe("zazolc-gesla-jazn");
    expect(slugify("  Stowarzyszenie  Romów w Polsce! ")).toBe("stowarzyszenie-romow-w-polsce");
  });

  it("transliterates Ukrainian and Belarusian Cyrillic", () => {
    expect(slugify("Група підтримки «Ластівка»")).toBe("hrupa-pidtrymky-lastivka");
    expect(slugify("Їжак і Щука")).toBe("izhak-i-shchuka");
    expect(slugify("Беларускі дом")).toBe("belaruski-dom");
  });

  it("is plain ASCII of limited length, and empty when nothing usable is left", () => {
    const long = slugify("Bardzo długa nazwa organizacji ".repeat(10));
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slugify("日本語 ✨ <script>")).toBe("script");
    expect(slugify("🙂 ✨")).toBe("");
  });
});

describe("firstFreeSlug", () => {
  it("adds a number when the name is taken, and never uses the pages' own addresses", () => {
    expect(firstFreeSlug("lastivka", new Set())).toBe("lastivka");
    expect(firstFreeSlug("lastivka", new Set(["lastivka", "lastivka-2"]))).toBe("lastivka-3");
    expect(firstFreeSlug("join", new Set())).toBe("join-2");
    expect(firstFreeSlug("", new Set())).toBe("organizacja");
  });
});
