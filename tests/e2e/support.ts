import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const locales = ["pl", "uk", "en"] as const;

export const FIRST_MEETING = "pierwsze-spotkanie-sieciujace-komm";
export const OFFER_SLUGS = ["kurs-animatorow", "mentoring", "inkubator-inicjatyw", "forum-partnerstwa-i-integracji", "portret-filmowy"];
export const REGION_SLUGS = ["dolnoslaskie", "malopolskie", "mazowieckie", "podkarpackie"];
export const PARTNER_SLUGS = ["kalejdoskop-kultur", "fundacja-nasz-wybor", "fundacja-zustricz", "zwiazek-ukraincow-w-polsce-przemysl"];

/** WCAG 2.1 A and AA rules of axe: the page must have no violations. */
export async function expectNoAxeViolations(page: Page, { javaScript = true } = {}) {
  await expect(page).toHaveTitle(/\S/); // Next streams the metadata of dynamic pages: wait until it is there
  if (!javaScript) return expectNoAxeViolationsInCopy(page);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** The page's content fits the viewport width: nothing forces horizontal scrolling. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

/**
 * With JavaScript off axe cannot run in the page itself: check an exact copy of what the browser shows (the HTML the
 * server rendered, with the page's own styles) in a scripting context instead.
 */
async function expectNoAxeViolationsInCopy(page: Page) {
  const html = (await page.content()).replace("<head>", `<head><base href="${new URL(page.url()).origin}/">`);
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route(/\/_next\/static\/chunks\/.*\.js$/, (route) => route.abort()); // the copy must not hydrate
    await copy.setContent(html, { waitUntil: "load" });
    const results = await new AxeBuilder({ page: copy }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary, `axe violations on ${page.url()} (JavaScript off)`).toEqual([]);
  } finally {
    await context.close();
  }
}
