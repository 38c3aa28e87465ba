import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll, FIRST_MEETING, locales, OFFER_SLUGS, PARTNER_SLUGS, REGION_SLUGS } from "./support";

const paths = [
  "",
  "/events",
  `/events/${FIRST_MEETING}`,
  "/offers",
  ...OFFER_SLUGS.map((s) => `/offers/${s}`),
  "/regions",
  ...REGION_SLUGS.map((s) => `/regions/${s}`),
  "/organisations",
  "/organisations?voivodeship=podkarpackie",
  ...PARTNER_SLUGS.map((s) => `/organisations/${s}`),
  "/about",
  "/contact",
  "/privacy",
  "/accessibility",
];

// Every public page in every language: served, in the right language, one h1, and no axe (WCAG 2.1 AA) violation.
for (const locale of locales) {
  test.describe(`public pages in ${locale}`, () => {
    for (const path of paths) {
      test(`${locale}${path || "/"}`, async ({ page }) => {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status()).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("main").locator("h1")).toHaveCount(1);
        await expectNoAxeViolations(page);
      });
    }

    test(`${locale} 404 page is translated and accessible`, async ({ page }) => {
      const response = await page.goto(`/${locale}/no-such-page`);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const title = { pl: "Nie znaleziono strony", uk: "Сторінку не знайдено", en: "Page not found" }[locale];
      await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(title);
      await expectNoAxeViolations(page);
    });
  });
}

test.describe("small screens and zoom", () => {
  test("every page fits 320 px without horizontal scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of paths) {
      await page.goto(`/uk${path}`);
      await expectNoHorizontalScroll(page);
    }
  });

  test("at 200 % zoom the layout reflows instead of scrolling sideways", async ({ page }) => {
    // 200 % zoom of a 1280 px wide window leaves 640 CSS px: the layout must reflow, not scroll sideways.
    await page.setViewportSize({ width: 640, height: 400 });
    for (const path of ["", "/events", `/events/${FIRST_MEETING}`, "/organisations"]) {
      await page.goto(`/pl${path}`);
      await expectNoHorizontalScroll(page);
    }
  });
});
