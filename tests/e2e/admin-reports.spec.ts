import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./support";

// The coordinators' dashboard overview and the funders' report pack with the seeded admin. Other spec files sign
// people up in parallel, so the dashboard checks only what this spec's own sign-up guarantees (at least one sign-up,
// Ukrainian interpretation asked for); exact numbers and the region scope are in tests/integration/admin-reports.test.ts.
const ADMIN = { email: "admin@komm.test", password: "e2e-admin-password" };

test.use({ locale: "pl-PL" });

async function logIn(page: Page, next: string) {
  await page.goto(next);
  const main = page.getByRole("main");
  await main.getByLabel("Adres e-mail").fill(ADMIN.email);
  await main.getByLabel("Hasło").fill(ADMIN.password);
  await main.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/\?.*/, "")}(\\?|$)`));
}

/** Someone signs up for the seeded Przemyśl meeting asking for Ukrainian interpretation (no need to confirm). */
async function signUpAskingForInterpretation(page: Page) {
  await page.goto("/pl/events/demo-spotkanie-regionalne-przemysl");
  await page.getByRole("main").getByRole("link", { name: "Zapisz się" }).click();
  await expect(page).toHaveURL(/\/pl\/events\/demo-spotkanie-regionalne-przemysl\/register$/);
  const shownAt = Date.now();
  const main = page.getByRole("main");
  await main.getByLabel("Imię i nazwisko").fill("Oksana Raportowa");
  await main.getByLabel("Adres e-mail").fill(`oksana-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`);
  await main.getByLabel("Województwo, w którym działasz").selectOption({ label: "małopolskie" });
  await main.getByLabel("Potrzebuję tłumaczenia").check();
  await main.getByLabel("Na jaki język?").selectOption({ label: "ukraiński" });
  await main.getByLabel(/Zgadzam się na przetwarzanie moich danych osobowych/).check();
  const left = 3200 - (Date.now() - shownAt); // the anti-spam check refuses forms sent faster than a person could
  if (left > 0) await page.waitForTimeout(left);
  await main.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Sprawdź skrzynkę e-mail");
}

test("an admin sees the sign-ups chart and interpretation counts, opens the report pack for the networking meeting and downloads its CSV", async ({ page }) => {
  await signUpAskingForInterpretation(page);
  await logIn(page, "/pl/admin");
  const main = page.getByRole("main");

  const overview = main.getByRole("region", { name: "Przegląd zapisów" });
  await expect(overview.getByRole("heading", { level: 2 })).toHaveText("Przegląd zapisów");
  await expect(overview.getByRole("img", { name: /^Zapisy według (dnia|tygodnia|miesiąca)$/ })).toBeVisible();
  await overview.getByText("Dane wykresu w tabeli").click();
  await expect(overview.getByRole("table", { name: /^Zapisy według/ }).getByRole("row", { name: /^Razem \d+$/ })).toBeVisible();
  const languages = overview.getByRole("table", { name: "Języki, na które osoby zapisane prosiły o tłumaczenie" });
  await expect(languages.getByRole("row", { name: /^ukraiński \d+/ })).toBeVisible();
  await expect(overview.getByText("Osoby z potrzebami dostępności")).toBeVisible();
  await expectNoAxeViolations(page);

  // the filters are a plain GET form
  const filters = overview.getByRole("search", { name: "Filtruj przegląd zapisów" });
  await filters.getByLabel("Województwo").selectOption({ label: "małopolskie" });
  await filters.getByRole("button", { name: "Pokaż" }).click();
  await expect(page).toHaveURL(/\/pl\/admin\?(event=&)?voivodeship=PL-MA$/);
  await expect(filters.getByLabel("Województwo")).toHaveValue("PL-MA");
  await expect(overview.getByRole("link", { name: "Wyczyść filtry" })).toBeVisible();
  await expectNoAxeViolations(page);

  // one meeting: its figures, and a link to its report
  const przemysl = await filters.getByLabel("Spotkanie").locator("option", { hasText: "Spotkanie regionalne w Przemyślu" }).getAttribute("value");
  await filters.getByLabel("Spotkanie").selectOption(przemysl!);
  await filters.getByLabel("Województwo").selectOption("");
  await filters.getByRole("button", { name: "Pokaż" }).click();
  await expect(page).toHaveURL(new RegExp(`/pl/admin\\?event=${przemysl}&voivodeship=$`));
  await expect(languages.getByRole("row", { name: /^ukraiński \d+/ })).toBeVisible();
  await overview.getByRole("link", { name: "Raport dla grantodawców z tego wyboru" }).click();
  await expect(page).toHaveURL(new RegExp(`/pl/admin/reports\\?event=${przemysl}$`));
  await expect(main.getByRole("article").getByRole("heading", { level: 2 })).toContainText("Przemyślu");

  // the report pack, from the area's navigation
  await main.getByRole("navigation", { name: "Panel koordynatorów" }).getByRole("link", { name: "Raporty" }).click();
  await expect(page).toHaveURL(/\/pl\/admin\/reports$/);
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Raport dla grantodawców");
  await expect(main).toContainText("Wybierz spotkanie albo podaj okres, aby zobaczyć raport.");
  await expectNoAxeViolations(page);

  const form = main.getByRole("search", { name: "Wybierz zakres raportu" });
  const meeting = form.getByLabel("Spotkanie");
  const value = await meeting.locator("option", { hasText: "Migranckich: spotkanie sieciujące (15 cze 2021)" }).getAttribute("value");
  await meeting.selectOption(value!);
  await form.getByLabel("Dołącz listę obecności").check();
  await form.getByRole("button", { name: "Pokaż raport" }).click();
  await expect(page).toHaveURL(new RegExp(`/pl/admin/reports\\?event=${value}&from=&to=&voivodeship=&attendance=1$`));
  const report = main.getByRole("article");
  await expect(report.getByRole("heading", { level: 2 })).toHaveText("Koalicja Organizacji Mniejszościowych i Migranckich: spotkanie sieciujące");
  await expect(report.getByRole("heading", { name: "Podsumowanie" })).toBeVisible();
  await expect(report.getByRole("heading", { name: "Według województwa osoby" })).toBeVisible();
  await expect(report.getByRole("heading", { name: "Według statusu zapisu" })).toBeVisible();
  await expect(report.getByRole("heading", { name: /^Lista obecności: Koalicja/ })).toBeVisible();
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent("download");
  await report.getByRole("link", { name: "Pobierz liczby (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^raport-pierwsze-spotkanie-sieciujace-komm-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toBe("Sekcja,Kategoria,Zapisy,Potwierdzone miejsce,Obecni");
  expect(lines).toContain("Razem,Wszystkie zapisy,0,0,0");
  expect(lines).toContain("Status zapisu,Potwierdzony,0,,");
});

test("a period that ends before it starts is refused, without JavaScript too", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "pl-PL" });
  const page = await context.newPage();
  try {
    await logIn(page, "/pl/admin/reports");
    const main = page.getByRole("main");
    const form = main.getByRole("search", { name: "Wybierz zakres raportu" });
    await form.getByLabel("Od dnia").fill("2021-07-01");
    await form.getByLabel("Do dnia").fill("2021-06-01");
    await form.getByRole("button", { name: "Pokaż raport" }).click();
    await expect(main.getByRole("alert")).toHaveText("Data końcowa jest wcześniejsza niż początkowa. Popraw okres.");
    await form.getByLabel("Od dnia").fill("2021-06-01");
    await form.getByLabel("Do dnia").fill("2021-06-30");
    await form.getByRole("button", { name: "Pokaż raport" }).click();
    await expect(main.getByRole("heading", { level: 2 })).toHaveText(/^Spotkania od 1 cze 2021 do 30 cze 2021$/);
    await expect(main.getByRole("heading", { name: "1 spotkanie w okresie" })).toBeVisible();
    await expect(main).toContainText("Lista obecności nie jest dołączona.");
    await expectNoAxeViolations(page, { javaScript: false });
  } finally {
    await context.close();
  }
});

test("@phone the dashboard overview and the report pack fit a phone screen", async ({ page }) => {
  await logIn(page, "/pl/admin/reports?from=2021-01-01&to=2021-12-31");
  await expect(page.getByRole("main").getByRole("heading", { name: "Podsumowanie" })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.goto("/pl/admin");
  await expect(page.getByRole("main").getByRole("heading", { name: "Przegląd zapisów" })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});
