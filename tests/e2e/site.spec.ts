import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { FIRST_MEETING } from "./support";

test("/ redirects by the browser's language, Polish by default", async ({ request }) => {
  const redirect = async (acceptLanguage: string) =>
    (await request.get("/", { headers: { "Accept-Language": acceptLanguage }, maxRedirects: 0 })).headers().location;
  expect(await redirect("uk-UA,uk;q=0.9")).toMatch(/\/uk$/);
  expect(await redirect("en-GB,en;q=0.8")).toMatch(/\/en$/);
  expect(await redirect("pl")).toMatch(/\/pl$/);
  expect(await redirect("de-DE")).toMatch(/\/pl$/);
  // a path without a locale keeps its page
  const events = await request.get("/events", { headers: { "Accept-Language": "uk" }, maxRedirects: 0 });
  expect(events.headers().location).toMatch(/\/uk\/events$/);
});

test("the language switcher keeps the page", async ({ page }) => {
  await page.goto(`/pl/events/${FIRST_MEETING}`);
  await page.getByRole("navigation", { name: "Język" }).getByRole("link", { name: "Українська" }).click();
  await expect(page).toHaveURL(new RegExp(`/uk/events/${FIRST_MEETING}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  await page.getByRole("navigation", { name: "Мова" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/events/${FIRST_MEETING}$`));
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/pl");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Przejdź do treści" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("security headers on pages and files", async ({ request }) => {
  for (const path of ["/pl", `/en/events/${FIRST_MEETING}`, "/robots.txt", "/sitemap.xml"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("public pages are served from the prerender cache, not rendered per request", async ({ request }) => {
  for (const path of ["/pl", `/pl/events/${FIRST_MEETING}`, "/uk/offers", "/en/regions/podkarpackie"]) {
    await request.get(path);
    const second = await request.get(path);
    expect(second.headers()["x-nextjs-cache"], path).toMatch(/HIT|STALE/);
  }
});

test("every localised page names its three language versions in a Link header, with absolute URLs", async ({ request }) => {
  const home = (await request.get("/uk")).headers().link;
  expect(home).toContain(`<${baseURL}/pl>; rel="alternate"; hreflang="pl"`);
  expect(home).toContain(`<${baseURL}/en>; rel="alternate"; hreflang="en"`);
  const event = (await request.get(`/uk/events/${FIRST_MEETING}`)).headers().link;
  expect(event).toContain(`<${baseURL}/en/events/${FIRST_MEETING}>; rel="alternate"; hreflang="en"`);
  expect(event).toContain(`<${baseURL}/pl/events/${FIRST_MEETING}>; rel="alternate"; hreflang="x-default"`);
});

test("the public forms may be indexed; what follows them and personal pages may not", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).not.toMatch(/Disallow: \/\*\/events\/\*\/register$/m);
  expect(robots).toContain("Disallow: /*/events/*/register/sent");
  expect(robots).toContain("Disallow: /*/manage");
  const form = await (await request.get(`/pl/events/demo-spotkanie-regionalne-przemysl/register`)).text();
  expect(form).not.toContain('name="robots"');
});

test("sitemap.xml lists every public page with hreflang alternates; robots.txt points to it", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`<loc>${baseURL}/uk/events/${FIRST_MEETING}</loc>`);
  expect(sitemap).toContain(`hreflang="en" href="${baseURL}/en/events/${FIRST_MEETING}"`);
  expect(sitemap).toContain(`hreflang="x-default"`);
  expect(sitemap).toContain("/pl/organisations/fundacja-zustricz</loc>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("no request leaves the machine while pages load", async ({ page }) => {
  const external: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(baseURL) && !r.url().startsWith("data:")) external.push(r.url());
  });
  for (const path of ["/pl", "/uk/regions", `/en/events/${FIRST_MEETING}`, "/pl/organisations"]) await page.goto(path);
  expect(external).toEqual([]);
});
