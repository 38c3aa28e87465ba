import { describe, expect, it } from "vitest";
import { renderMail } from "./layout";

const content = {
  locale: "uk" as const,
  preheader: "Коротко <про> лист",
  heading: "Заголовок & <тест>",
  paragraphs: ["Перший абзац\nз новим рядком", { text: "Ваша реєстрація:", url: "https://komm.test/uk/manage/abc?x=1&y=2" }],
  notice: { label: "Повідомлення", text: "Текст <i>повідомлення</i>" },
  action: { label: "Підтвердити", url: "https://komm.test/uk/confirm/xyz" },
  details: [
    ["Коли", "15 червня"],
    ["Посилання", "https://meet.example.org/room"],
    ["Не посилання", "javascript:alert(1)"],
  ] as Array<[string, string]>,
  closing: ["Кінець"],
  footer: ["Команда KOMM"],
};

describe("renderMail", () => {
  const { html, text } = renderMail(content);

  it("is a complete, self-contained HTML document in the mail's language", () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="uk"');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<title>Заголовок &amp; &lt;тест&gt;</title>");
    expect(html).toMatch(/<h1[^>]*>Заголовок &amp; &lt;тест&gt;<\/h1>/);
    expect(html).not.toMatch(/<img|<link|<script|src=|url\(/i);
    expect(html).toContain("font-size:16px");
  });

  it("uses tables for layout only, each marked as presentation", () => {
    const tables = html.match(/<table[^>]*>/g) ?? [];
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table).toContain('role="presentation"');
  });

  it("shows the action as a button and prints its address too", () => {
    expect(html.match(/href="https:\/\/komm\.test\/uk\/confirm\/xyz"/g)).toHaveLength(2);
    expect(html).toContain(">https://komm.test/uk/confirm/xyz</a>");
    expect(html).toContain('href="https://komm.test/uk/manage/abc?x=1&amp;y=2"');
  });

  it("escapes everything and links only web addresses", () => {
    expect(html).toContain("Текст &lt;i&gt;повідомлення&lt;/i&gt;");
    expect(html).toContain("Перший абзац<br>з новим рядком");
    expect(html).toContain('href="https://meet.example.org/room"');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain("javascript:alert(1)");
  });

  it("has a plain-text twin with the same content and full addresses", () => {
    for (const part of ["Заголовок & <тест>", "Перший абзац", "https://komm.test/uk/manage/abc?x=1&y=2", "Підтвердити", "https://komm.test/uk/confirm/xyz", "15 червня", "https://meet.example.org/room", "Текст <i>повідомлення</i>", "Кінець", "Команда KOMM"]) {
      expect(text).toContain(part);
    }
    expect(text).not.toMatch(/<\/?(p|a|br|table)\b/);
  });
});
