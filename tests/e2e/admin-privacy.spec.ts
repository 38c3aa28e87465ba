import fs from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./support";

// The admins' tools (docs/decisions/012-outbox-audit-privacy.md): a person signs up, then an admin finds the mail in
// the outbox, finds everything held about the address, exports it as JSON and erases it with a typed confirmation;
// the audit log shows what happened. Each run uses its own address, so parallel specs do not meet.
const ADMIN = { email: "admin@komm.test", password: "e2e-admin-password" };

test.use({ locale: "pl-PL" });

async function logIn(page: Page) {
  const main = page.getByRole("main");
  await main.getByLabel("Adres e-mail").fill(ADMIN.email);
  await main.getByLabel("Hasło").fill(ADMIN.password);
  await main.getByRole("button", { name: "Zaloguj się" }).click();
}

async function signUp(page: Page, email: string, name: string) {
  const main = page.getByRole("main");
  await page.goto("/pl/events");
  await main.getByRole("region", { name: "Nadchodzące" }).getByRole("heading", { level: 3 }).first().getByRole("link").click();
  await expect(page).toHaveURL(/\/pl\/events\/[a-z0-9-]+$/);
  await main.getByRole("link", { name: "Zapisz się" }).first().click();
  await expect(page).toHaveURL(/\/register$/);
  const shownAt = Date.now();
  await main.getByLabel("Imię i nazwisko").fill(name);
  await main.getByLabel("Adres e-mail").fill(email);
  await main.getByLabel("Województwo, w którym działasz").selectOption({ label: "małopolskie" });
  await main.getByLabel(/Zgadzam się na przetwarzanie moich danych osobowych/).check();
  await page.waitForTimeout(Math.max(0, 3200 - (Date.now() - shownAt))); // the anti-spam minimum fill time
  await main.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Sprawdź skrzynkę e-mail");
}

test("an admin finds a person's mail and data, exports it as JSON and erases it with a typed confirmation", async ({ page }) => {
  const main = page.getByRole("main");
  const email = `rodo-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const name = "Maria Prywatna";
  await signUp(page, email, name);

  await page.goto("/pl/admin");
  await logIn(page);
  await expect(page).toHaveURL(/\/pl\/admin$/);
  const nav = main.getByRole("navigation", { name: "Panel koordynatorów" });

  // the outbox: the confirmation mail, found by its address, with its text
  await nav.getByRole("link", { name: "Poczta wychodząca" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Poczta wychodząca");
  await expectNoAxeViolations(page);
  const filters = main.getByRole("search", { name: "Wyszukaj i filtruj wiadomości" });
  await filters.getByLabel("Adres odbiorcy").fill(email.toUpperCase());
  await filters.getByRole("button", { name: "Pokaż wyniki" }).click();
  await expect(main.getByRole("heading", { name: "1 wiadomość" })).toBeVisible();
  const row = main.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("registration.confirmAddress");
  await expectNoAxeViolations(page);
  await row.getByRole("link", { name: /Potwierdź swój adres e-mail/ }).click();
  await expect(main.getByRole("heading", { level: 1 })).toContainText("Potwierdź swój adres e-mail");
  await expect(main.locator("pre")).toContainText(name);
  await expectNoAxeViolations(page);

  // the data-subject tools: everything held about the address
  await nav.getByRole("link", { name: "Dane osobowe (RODO)" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Dane osobowe (RODO)");
  await expectNoAxeViolations(page);
  const lookup = main.getByRole("search", { name: "Wyszukaj dane osoby" });
  await lookup.getByLabel("Adres e-mail osoby").fill(`  ${email.toUpperCase()}`);
  await lookup.getByRole("button", { name: "Pokaż dane" }).click();
  await expect(main.getByRole("heading", { level: 2, name: `Dane związane z adresem ${email}` })).toBeVisible();
  await expect(main.getByRole("region", { name: "Zapisy na spotkania" })).toContainText(name);
  await expect(main.getByRole("region", { name: "Wiadomości e-mail" })).toContainText("registration.confirmAddress");
  await expectNoAxeViolations(page);

  // export as JSON
  const downloading = page.waitForEvent("download");
  await main.getByRole("link", { name: "Pobierz wszystko jako JSON" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^komm-personal-data-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await fs.readFile((await download.path())!, "utf8"));
  expect(exported.email).toBe(email);
  expect(exported.registrations).toHaveLength(1);
  expect(exported.registrations[0]).toMatchObject({ fullName: name, email, status: "PENDING_EMAIL" });
  expect(exported.mails.length).toBeGreaterThanOrEqual(1);

  // erase: a wrong confirmation changes nothing and says so, the right one erases
  const erase = main.getByRole("region", { name: "Usuń dane tej osoby" });
  await erase.getByLabel("Aby potwierdzić, wpisz ponownie adres e-mail").fill(`x${email}`);
  await erase.getByRole("button", { name: "Usuń trwale dane tej osoby" }).click();
  await expect(main.getByRole("alert")).toContainText("Wpisany adres różni się od wyszukanego. Nic nie zostało usunięte.");
  await expect(main.getByLabel("Aby potwierdzić, wpisz ponownie adres e-mail")).toHaveAttribute("aria-invalid", "true");
  await expect(main.getByRole("region", { name: "Zapisy na spotkania" })).toContainText(name);
  await expectNoAxeViolations(page);
  await main.getByLabel("Aby potwierdzić, wpisz ponownie adres e-mail").fill(email);
  await main.getByRole("button", { name: "Usuń trwale dane tej osoby" }).click();
  const done = main.getByRole("status");
  await expect(done).toContainText("Dane zostały usunięte (zanonimizowane).");
  await expect(done).toContainText("1 zapis na spotkanie");
  await expect(done).toContainText("w tym 1 anulowany zapis na nadchodzące spotkanie");
  expect(page.url()).not.toContain(encodeURIComponent(email));
  await expectNoAxeViolations(page);

  await main.getByRole("search", { name: "Wyszukaj dane osoby" }).getByLabel("Adres e-mail osoby").fill(email);
  await main.getByRole("button", { name: "Pokaż dane" }).click();
  await expect(main).toContainText("Portal nie przechowuje żadnych danych związanych z tym adresem.");

  // the audit log shows the export and the erasure, never the address
  await nav.getByRole("link", { name: "Dziennik zdarzeń" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Dziennik zdarzeń");
  const search = main.getByRole("search", { name: "Wyszukaj zdarzenia" });
  await search.getByLabel("Działanie").fill("personaldata");
  await search.getByLabel("Kto").fill(ADMIN.email);
  await search.getByRole("button", { name: "Pokaż wyniki" }).click();
  const entries = main.getByRole("list", { name: /zdarze/ });
  await expect(entries.getByText("personaldata.erase").first()).toBeVisible();
  await expect(entries.getByText("personaldata.export").first()).toBeVisible();
  await expect(entries).not.toContainText(email);
  await expectNoAxeViolations(page);
});

test("the admins' tools fit a phone screen @phone", async ({ page }) => {
  await page.goto("/pl/admin/outbox");
  await logIn(page);
  await expect(page).toHaveURL(/\/pl\/admin\/outbox$/);
  for (const path of ["/pl/admin/outbox", "/pl/admin/audit", "/pl/admin/privacy?email=nobody%40example.com"]) {
    await page.goto(path);
    await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  }
});
