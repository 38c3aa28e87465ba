import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { adminRoutes } from "../../src/features/admin/routes";
import { expectNoAxeViolations } from "./support";
import { latestMail } from "./mailbox";

// The coordinator area with the seeded admin (tests/support/e2e-server.mjs) and the seeded demo events. Which
// sign-ups exist depends on other spec files running in parallel, so these checks do not count on any; the
// detail page and the region scope are covered by tests/integration/admin-access.test.ts.
const ADMIN = { email: "admin@komm.test", password: "e2e-admin-password" };

test.use({ locale: "pl-PL" });

async function logIn(page: Page, password = ADMIN.password) {
  const main = page.getByRole("main");
  await main.getByLabel("Adres e-mail").fill(ADMIN.email);
  await main.getByLabel("Hasło").fill(password);
  await main.getByRole("button", { name: "Zaloguj się" }).click();
}

test("without a session every admin page sends you to the login page, and it is never indexed", async ({ request }) => {
  const ids = { locale: "pl", eventId: randomUUID(), registrationId: randomUUID() };
  for (const route of adminRoutes.filter((r) => r.kind === "page" && !r.public)) {
    const path = route.path(ids);
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toBe(`/pl/admin/login?next=${encodeURIComponent(path)}`);
  }
  const login = await request.get("/pl/admin/login");
  expect(await login.text()).toMatch(/<meta name="robots" content="noindex, nofollow"/);
  expect(login.headers()["cache-control"]).toContain("no-store");
});

test("an admin logs in, sees the meetings, opens a meeting's sign-ups, searches and logs out", async ({ page }) => {
  const main = page.getByRole("main");
  await page.goto("/pl/admin");
  await expect(page).toHaveURL(/\/pl\/admin\/login\?next=%2Fpl%2Fadmin$/);
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Logowanie do panelu koordynatorów");
  await expect(main).toContainText("Zaloguj się, aby otworzyć tę stronę.");
  await expectNoAxeViolations(page);

  // a wrong password: a translated error in a focused summary, tied to both fields; no hint which one was wrong
  await logIn(page, "not-the-password");
  const summary = main.getByRole("alert");
  await expect(summary).toContainText("Nieprawidłowy adres e-mail lub hasło.");
  await expect(summary).toBeFocused();
  await expect(main.getByLabel("Hasło")).toHaveAttribute("aria-invalid", "true");
  await expect(main.getByLabel("Adres e-mail")).toHaveValue(ADMIN.email);
  await expect(main.getByLabel("Hasło")).toHaveAccessibleDescription("Nieprawidłowy adres e-mail lub hasło.");
  await expectNoAxeViolations(page);

  await logIn(page);
  await expect(page).toHaveURL(/\/pl\/admin$/);
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Spotkania i zapisy");
  await expect(main.getByRole("navigation", { name: "Panel koordynatorów" })).toBeVisible();
  await expect(main).toContainText("Zalogowano: Administrator (admin@komm.test)");
  await expect(main).toContainText("Województwa: wszystkie");
  const upcoming = main.getByRole("region", { name: "Nadchodzące i trwające" });
  await expect(upcoming.getByRole("columnheader", { name: "Czeka na potwierdzenie" })).toBeVisible();
  await expect(upcoming.getByRole("link").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // the first networking meeting is long past: nobody can sign up for it any more, so its list is empty
  await main.getByRole("region", { name: "Minione" }).getByRole("link", { name: /spotkanie sieciujące/ }).click();
  await expect(page).toHaveURL(/\/pl\/admin\/events\/[0-9a-f-]{36}\/registrations$/);
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Zapisy na spotkanie");
  await expect(main).toContainText("Nikt jeszcze nie zapisał się na to spotkanie.");
  await expectNoAxeViolations(page);

  const search = main.getByRole("search", { name: "Wyszukaj i filtruj zapisy" });
  await search.getByLabel("Szukaj").fill("Kowalska");
  await search.getByLabel("Status").selectOption({ label: "Potwierdzony" });
  await search.getByLabel("Tylko osoby z potrzebami dostępności").check();
  await search.getByRole("button", { name: "Pokaż wyniki" }).click();
  await expect(page).toHaveURL(/\?q=Kowalska&status=CONFIRMED&.*accessibility=1/);
  await expect(main.getByRole("heading", { name: "Brak pasujących zapisów" })).toBeVisible();
  await expect(search.getByLabel("Szukaj")).toHaveValue("Kowalska");
  await expect(search.getByLabel("Status")).toHaveValue("CONFIRMED");

  // an upcoming meeting's list renders too, whatever other tests have signed up for it
  await main.getByRole("link", { name: "Wszystkie spotkania" }).click();
  await main.getByRole("region", { name: "Nadchodzące i trwające" }).getByRole("link").first().click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Zapisy na spotkanie");
  await expectNoAxeViolations(page);

  // a registration that does not exist is a 404, not an error
  const missing = await page.goto(`/pl/admin/registrations/${randomUUID()}`);
  expect(missing?.status()).toBe(404);

  await page.goto("/pl/admin");
  await main.getByRole("button", { name: "Wyloguj się" }).click();
  await expect(page).toHaveURL(/\/pl\/admin\/login\?loggedOut=1$/);
  await expect(main.getByRole("status")).toHaveText("Wylogowano.");
  await page.goto("/pl/admin");
  await expect(page).toHaveURL(/\/pl\/admin\/login\?next=/);
});

test("a fresh browser gets the login page, not the admin's data, and login returns to the page asked for", async ({ browser }) => {
  const context = await browser.newContext({ locale: "uk-UA" });
  const page = await context.newPage();
  await page.goto("/uk/admin");
  await expect(page).toHaveURL(/\/uk\/admin\/login\?next=%2Fuk%2Fadmin$/);
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText("Вхід до панелі координаторів");
  await expect(page.getByRole("main")).not.toContainText("Зустрічі та записи");
  const main = page.getByRole("main");
  await main.getByLabel("Адреса електронної пошти").fill(ADMIN.email);
  await main.getByLabel("Пароль").fill(ADMIN.password);
  await main.getByRole("button", { name: "Увійти" }).click();
  await expect(page).toHaveURL(/\/uk\/admin$/);
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Зустрічі та записи");
  // an open redirect in `next` is ignored
  await page.goto(`/uk/admin/login?next=${encodeURIComponent("//evil.example/uk/admin")}`);
  await expect(page).toHaveURL(/\/uk\/admin$/);
  await context.close();
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the login form works and shows errors from the server", async ({ page }) => {
    const main = page.getByRole("main");
    await page.goto(`/pl/admin/login`);
    await main.getByRole("button", { name: "Zaloguj się" }).click();
    await expect(main.getByRole("alert")).toContainText("Adres e-mail: Wypełnij to pole.");
    await expect(main.getByRole("alert")).toContainText("Hasło: Wypełnij to pole.");
    await logIn(page);
    await expect(page).toHaveURL(/\/pl\/admin$/);
    await expect(main.getByRole("heading", { level: 1 })).toHaveText("Spotkania i zapisy");
    await main.getByRole("button", { name: "Wyloguj się" }).click();
    await expect(page).toHaveURL(/\/pl\/admin\/login\?loggedOut=1$/);
  });
});

test("a coordinator finds a new sign-up, confirms it by hand with a personal message, and the person gets the mail", async ({ page }) => {
  const main = page.getByRole("main");
  const email = `status-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const message = "Dzień dobry! Potwierdzam Pani miejsce – proszę przyjść 15 minut wcześniej.";

  // a person signs up through the public form and never clicks the confirmation link
  await page.goto("/pl");
  await page.getByRole("region", { name: "Najbliższe spotkania" }).getByRole("heading", { level: 3 }).first().getByRole("link").click();
  await expect(page).toHaveURL(/\/pl\/events\/[a-z0-9-]+$/);
  const title = (await main.getByRole("heading", { level: 1 }).textContent())!.trim();
  await main.getByRole("link", { name: "Zapisz się" }).click();
  const shownAt = Date.now();
  await main.getByLabel("Imię i nazwisko").fill("Marta Statusowa");
  await main.getByLabel("Adres e-mail").fill(email);
  await main.getByLabel("Województwo, w którym działasz").selectOption({ label: "małopolskie" });
  await main.getByLabel(/Zgadzam się na przetwarzanie moich danych osobowych/).check();
  await page.waitForTimeout(Math.max(0, 3200 - (Date.now() - shownAt))); // the anti-spam minimum fill time
  await main.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Sprawdź skrzynkę e-mail");

  // the coordinator finds it in the meeting's list by the e-mail address
  await page.goto("/pl/admin");
  await logIn(page);
  await main.getByRole("region", { name: "Nadchodzące i trwające" }).getByRole("link", { name: title }).first().click();
  const search = main.getByRole("search", { name: "Wyszukaj i filtruj zapisy" });
  await search.getByLabel("Szukaj").fill(email);
  await search.getByRole("button", { name: "Pokaż wyniki" }).click();
  await expect(main.getByRole("heading", { name: "1 zapis" })).toBeVisible();
  await expect(main.getByRole("checkbox", { name: "Zaznacz: Marta Statusowa" })).toBeVisible();
  await expectNoAxeViolations(page);
  await main.getByRole("link", { name: "Marta Statusowa" }).click();

  // and confirms it by hand, with a personal message in the mail
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Marta Statusowa");
  await expect(main).toContainText("Czeka na potwierdzenie");
  await expect(main.getByLabel("Wyślij e-mail do tej osoby (w jej języku)")).toBeChecked();
  await expectNoAxeViolations(page);
  await main.getByLabel("Wiadomość osobista (nieobowiązkowa)").fill(message);
  await main.getByRole("button", { name: "Potwierdź miejsce" }).click();
  const result = main.getByRole("status").filter({ hasText: "Zmieniono status 1 zapisu." });
  await expect(result).toBeVisible();
  await expect(result).toBeFocused();
  await expect(main.getByRole("button", { name: "Potwierdź obecność" })).toBeVisible(); // the buttons follow the new status
  await expect(main.getByRole("button", { name: "Potwierdź miejsce" })).toHaveCount(0);
  const historyRow = main.getByRole("row").filter({ hasText: "Zmiana statusu" });
  await expect(historyRow).toContainText("Czeka na potwierdzenie → Potwierdzony · e-mail wysłany");
  await expect(historyRow).toContainText(ADMIN.email);
  await expectNoAxeViolations(page);

  const mail = await latestMail(email, (m) => m.subject.startsWith("Masz potwierdzone miejsce"));
  expect(mail.text).toContain(message);
  expect(mail.html).toContain("Wiadomość od osoby koordynującej");
});

test("an admin exports a meeting's sign-ups as CSV and opens its printable attendance list", async ({ page }) => {
  const main = page.getByRole("main");
  await page.goto("/pl/admin");
  await logIn(page);
  await expect(page).toHaveURL(/\/pl\/admin$/);
  await main.getByRole("region", { name: "Nadchodzące i trwające" }).getByRole("link").first().click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Zapisy na spotkanie");
  await main.getByRole("link", { name: "Eksport i lista obecności" }).click();
  await expect(page).toHaveURL(/\/pl\/admin\/events\/[0-9a-f-]{36}\/export$/);
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Eksport zapisów");
  const sensitive = main.getByRole("group", { name: "Dane wrażliwe (art. 9 RODO)" });
  await expect(sensitive.getByLabel("Społeczność", { exact: true })).not.toBeChecked();
  await expect(sensitive.getByLabel("Potrzeby związane z dostępnością", { exact: true })).not.toBeChecked();
  await expectNoAxeViolations(page);

  const download = page.waitForEvent("download");
  await main.getByRole("button", { name: "Pobierz plik" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const csv = Buffer.concat(chunks).toString("utf8");
  expect(csv.split("\r\n")[0]).toBe("\uFEFFData zapisu (czas polski),Imię i nazwisko,E-mail,Organizacja,Województwo,Status,Tłumaczenie");

  // a sensitive column without the confirmation: back to the form, with the choice kept and the reason
  await sensitive.getByLabel("Społeczność", { exact: true }).check();
  await main.getByRole("button", { name: "Pobierz plik" }).click();
  await expect(main.getByRole("alert")).toContainText("potwierdź, że ich potrzebujesz");
  await expect(sensitive.getByLabel("Społeczność", { exact: true })).toBeChecked();

  await main.getByRole("link", { name: "Otwórz listę obecności" }).click();
  await expect(page).toHaveURL(/\/pl\/admin\/events\/[0-9a-f-]{36}\/attendance$/);
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Lista obecności");
  await expect(main.getByRole("button", { name: "Drukuj" })).toBeVisible();
  await expectNoAxeViolations(page);
});
