import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { FIRST_MEETING } from "./support";

test.describe("finding a meeting", () => {
  test("@phone from the home page to an upcoming meeting, in Ukrainian", async ({ page }) => {
    await page.goto("/uk");
    const upcoming = page.getByRole("region", { name: "Найближчі зустрічі" });
    const first = upcoming.getByRole("heading", { level: 3 }).first().getByRole("link");
    const title = (await first.textContent())!.trim();
    await first.click();
    await expect(page).toHaveURL(/\/uk\/events\/[a-z0-9-]+$/);
    await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("main")).toContainText("За польським часом (Europe/Warsaw)");
    await expect(page.getByRole("main").getByRole("heading", { name: "Реєстрація" })).toBeVisible();
  });

  test("the first networking meeting is a past event at 15:00 Warsaw time in every language", async ({ page }) => {
    for (const [locale, past, date] of [
      ["pl", "Minione", "wtorek, 15 czerwca 2021, 15:00–17:00"],
      ["uk", "Минулі", "вівторок, 15 червня 2021"],
      ["en", "Past", "Tuesday, 15 June 2021, 15:00–17:00"],
    ] as const) {
      await page.goto(`/${locale}/events`);
      const pastSection = page.getByRole("region", { name: past });
      await pastSection.getByRole("link").first().click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/events/${FIRST_MEETING}$`));
      const when = page.getByRole("main").locator("time").first();
      await expect(when).toContainText(date);
      await expect(when).toContainText("15:00");
      await expect(when).toHaveAttribute("datetime", "2021-06-15T13:00:00.000Z");
    }
  });

  test("the seed's goals are on the first meeting's page", async ({ page }) => {
    await page.goto(`/pl/events/${FIRST_MEETING}`);
    const main = page.getByRole("main");
    await expect(main).toContainText("poznać się nawzajem");
    await expect(main).toContainText("przedstawić ofertę Koalicji");
    await expect(main).toContainText("wypracować podstawowe zasady funkcjonowania Koalicji");
    await expect(main).toContainText("To spotkanie już się odbyło.");
  });

  test("event pages carry schema.org JSON-LD and calendar links but never the online-meeting link", async ({ page, request }) => {
    await page.goto("/pl/events");
    const links = await page.getByRole("region", { name: "Nadchodzące" }).getByRole("heading").getByRole("link").all();
    expect(links.length).toBeGreaterThan(0);
    for (const href of await Promise.all(links.map((l) => l.getAttribute("href")))) {
      const html = await (await request.get(href!)).text();
      expect(html).not.toContain("zoom.example");
      const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
      expect(ld["@type"]).toBe("Event");
      expect(ld.startDate).toMatch(/Z$/);
      expect(JSON.stringify(ld)).not.toContain("zoom.example");
      const ics = await request.get(`${href}/calendar.ics`);
      expect(ics.headers()["content-type"]).toContain("text/calendar");
      const body = await ics.text();
      expect(body).toMatch(/DTSTART:\d{8}T\d{6}Z/);
      expect(body).not.toContain("zoom.example");
    }
  });

  test("the .ics of the first meeting and its Google Calendar link", async ({ page, request }) => {
    const ics = await (await request.get(`/en/events/${FIRST_MEETING}/calendar.ics`)).text();
    expect(ics).toContain("DTSTART:20210615T130000Z");
    expect(ics.replace(/\r\n /g, "")).toContain(`URL:${baseURL}/en/events/${FIRST_MEETING}`);
    await page.goto(`/en/events/${FIRST_MEETING}`);
    const google = page.getByRole("link", { name: /Add to Google Calendar/ });
    expect(new URL((await google.getAttribute("href"))!).searchParams.get("dates")).toBe("20210615T130000Z/20210615T150000Z");
  });
});
