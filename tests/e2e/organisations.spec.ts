import { expect, test } from "@playwright/test";

test("the directory filters by voivodeship and type, searches, and links to profiles", async ({ page }) => {
  await page.goto("/pl/organisations");
  const main = page.getByRole("main");
  await main.getByLabel("Województwo").selectOption({ label: "podkarpackie" });
  await main.getByRole("button", { name: "Pokaż wyniki" }).click();
  await expect(page).toHaveURL(/voivodeship=podkarpackie/);
  const results = main.getByRole("region", { name: /Znaleziono/ });
  await expect(results.getByRole("link", { name: "Związek Ukraińców w Polsce – oddział w Przemyślu" })).toBeVisible();
  await expect(results.getByRole("link", { name: "Fundacja Zustricz" })).toHaveCount(0);

  await main.getByLabel("Szukaj po nazwie, miejscowości lub opisie").fill("Zustricz");
  await main.getByLabel("Województwo").selectOption({ label: "Wszystkie" });
  await main.getByRole("button", { name: "Pokaż wyniki" }).click();
  await expect(main.getByRole("heading", { name: "Znaleziono 1 organizację" })).toBeVisible();
  await main.getByRole("link", { name: "Fundacja Zustricz" }).click();
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText("Fundacja Zustricz");
  await expect(page.getByRole("main")).toContainText("Kraków");
});

test("a region page shows its partner and links to the filtered directory; the map links to regions", async ({ page }) => {
  await page.goto("/en/regions");
  await page.getByRole("link", { name: /Subcarpathian/ }).first().click();
  await expect(page).toHaveURL(/\/en\/regions\/podkarpackie$/);
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "Związek Ukraińców w Polsce – oddział w Przemyślu" }).first()).toBeVisible();
  await main.getByRole("link", { name: /Browse the directory/ }).click();
  await expect(page).toHaveURL(/\/en\/organisations\?voivodeship=podkarpackie$/);

  await page.goto("/pl");
  const map = page.getByRole("group", { name: "Mapa województw Polski" });
  await expect(map).toBeVisible();
  await map.getByRole("link", { name: /małopolskie/ }).click();
  await expect(page).toHaveURL(/\/pl\/regions\/malopolskie$/);
});

test("the directory's map shows counts per voivodeship and links to the filtered list", async ({ page }) => {
  await page.goto("/pl/organisations");
  const map = page.getByRole("group", { name: "Organizacje na mapie województw" });
  await map.getByRole("link", { name: /^podkarpackie: \d+ organizacj/ }).click();
  await expect(page).toHaveURL(/\/pl\/organisations\?voivodeship=podkarpackie$/);
  await expect(page.getByRole("main").getByRole("link", { name: "Związek Ukraińców w Polsce – oddział w Przemyślu" })).toBeVisible();
});
