import { describe, expect, it } from "vitest";
import { localized, textLang } from "./localized";

const row = { titlePl: "Spotkanie", titleUk: "Зустріч", titleEn: "  " };

describe("localized", () => {
  it("gives the text in the reader's language, falling back to Polish when missing or blank", () => {
    expect(localized(row, "title", "uk")).toBe("Зустріч");
    expect(localized(row, "title", "en")).toBe("Spotkanie");
    expect(textLang(row, "title", "en")).toBe("pl");
    expect(textLang(row, "title", "uk")).toBe("uk");
  });
});
