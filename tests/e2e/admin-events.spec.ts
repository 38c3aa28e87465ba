import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./support";
import { latestMail } from "./mailbox";

// Events management with the seeded admin (tests/support/e2e-server.mjs): create a meeting with Polish and Ukrainian
// texts, publish it, see it on the public pages, write to the people signed up and follow the delivery, cancel it
// and catch the cancellation mail. The meeting and the people are this test's own (unique title and addresses).
const ADMIN = { email: "admin@komm.test", password: "e2e-admin-password" };
const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const TITLE_PL = `Spotkanie testowe ${id}`;
const TITLE_UK = `Тестова зустріч ${id}`;

test.use({ locale: "pl-PL" });

async function logIn(page: Page) {
  const main = page.getByRole("main");
  await main.getByLabel("Adres e-mail").fill(ADMIN.email);
  await main.getByLabel("Hasło").fill(ADMIN.password);
  await main.getByRole("button", { name: "Zaloguj się" }).click();
}

/** A sign-up through the public form (left waiting for its address confirmation). */
async function signUp(page: Page, slug: string, email: string) {
  await page.goto(`/pl/events/${slug}/register`);
  const shownAt = Date.now();
  const main = page.getByRole("main");
  await main.getByLabel("Imię i nazwisko").fill("Anna Testowa");
  await main.getByLabel("Adres e-mail").fill(email);
  await main.getByLabel("Województwo, w którym działasz").selectOption({ label: "małopolskie" });
  await main.getByLabel(/Zgadzam się na przetwarzanie moich danych osobowych/).check();
  const left = 3200 - (Date.now() - shownAt); // the anti-spam check refuses forms sent faster than a person could
  if (left > 0) await page.waitForTimeout(left);
  await main.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Sprawdź skrzynkę e-mail");
}

test("an admin creates and publishes a meeting, writes to the people signed up and cancels it", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const main = page.getByRole("main");

  await page.goto("/pl/admin/events");
  await expect(page).toHaveURL(/\/pl\/admin\/login\?next=%2Fpl%2Fadmin%2Fevents$/);
  await logIn(page);
  await expect(page).toHaveURL(/\/pl\/admin\/events$/, { timeout: 20_000 }); // argon2 on a busy machine
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Zarządzanie spotkaniami");
  await expect(main.getByRole("navigation", { name: "Panel koordynatorów" }).getByRole("link", { name: "Zarządzanie spotkaniami" })).toBeVisible();
  await expectNoAxeViolations(page);

  // a new meeting: an empty form first gives a focused, translated summary of errors
  await main.getByRole("link", { name: "Dodaj spotkanie" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Nowe spotkanie");
  await expectNoAxeViolations(page);
  await main.getByRole("button", { name: "Zapisz szkic" }).click();
  const summary = main.getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Tytuł po polsku: Wypełnij to pole.");
  await expect(main.locator("#titlePl")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await main.locator("#titlePl").fill(TITLE_PL);
  await main.locator("#titleUk").fill(TITLE_UK);
  await main.locator("#summaryPl").fill("Spotkanie sieciujące organizacji z Małopolski.");
  await main.locator("#summaryUk").fill("Зустріч організацій з Малопольщі.");
  await main.locator("#bodyPl").fill("Program:\n\n- powitanie\n- rozmowy");
  await main.locator("#bodyUk").fill("Програма:\n\n- привітання\n- розмови");
  await main.locator("#startsAt").fill("2030-05-10T18:00");
  await main.locator("#endsAt").fill("2030-05-10T20:00");
  await main.getByLabel("Hybrydowo (na miejscu i online)").check();
  await main.locator("#venueName").fill("Dom Kultury");
  await main.locator("#onlineMeetingUrl").fill("https://meet.example.org/e2e-private");
  await main.locator("#capacity").fill("20");
  await main.locator("#voivodeshipCode").selectOption("PL-MA");
  await main.getByRole("button", { name: "Zapisz szkic" }).click();

  await expect(page).toHaveURL(/\/pl\/admin\/events\/[0-9a-f-]{36}\/edit\?done=created$/);
  await expect(page.getByRole("status")).toContainText("Szkic spotkania został zapisany.");
  const editUrl = page.url().replace(/\?.*$/, "");
  const slug = await main.locator("#slug").inputValue();
  expect(slug).toBe(`spotkanie-testowe-${id}`);
  await expect(main.locator("#startsAt")).toHaveValue("2030-05-10T18:00"); // shown on Warsaw's clock again
  await expectNoAxeViolations(page);

  // the region's page, cached before publishing, does not list the draft
  await page.goto("/uk/regions/malopolskie");
  await page.goto("/uk/regions/malopolskie");
  await expect(page.getByRole("main").getByRole("link", { name: TITLE_UK })).toHaveCount(0);
  await page.goto(editUrl);

  // publishing puts it on the public pages, in Ukrainian too
  await main.getByRole("button", { name: "Opublikuj spotkanie" }).click();
  await expect(page.getByRole("status")).toContainText("Spotkanie zostało opublikowane");
  await page.goto("/uk/events");
  await expect(page.getByRole("main").getByRole("link", { name: TITLE_UK })).toBeVisible();
  await page.goto("/uk/regions/malopolskie"); // its region's page lists it at once (revalidated on publishing)
  await expect(page.getByRole("main").getByRole("link", { name: TITLE_UK })).toBeVisible();
  await page.goto(`/pl/events/${slug}`);
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(TITLE_PL);
  await expect(page.getByRole("main")).not.toContainText("e2e-private"); // the online link stays private

  // two people sign up (their addresses not yet confirmed)
  const people = [`anna-${id}@example.com`, `borys-${id}@example.com`];
  const visitor = await browser.newPage({ locale: "pl-PL" });
  for (const email of people) await signUp(visitor, slug, email);
  await visitor.close();

  // a message to them: count first, then send, then watch it being delivered
  await page.goto(`${editUrl.replace(/\/edit$/, "/messages")}`);
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Wiadomości do zapisanych osób");
  await expect(main).toContainText("Do osób zapisanych na to spotkanie nie wysłano jeszcze żadnej wiadomości.");
  await expectNoAxeViolations(page);
  // check the new choice before unchecking the default, so no "choose at least one" error appears in between
  await main.getByLabel(/^Czekający na potwierdzenie adresu \(2\)/).check();
  await main.getByLabel(/^Z potwierdzonym miejscem/).uncheck();
  await main.getByRole("button", { name: "Policz odbiorców" }).click();
  await expect(main.getByRole("status")).toHaveText("Wiadomość dostaną 2 osoby.");
  await main.locator("#subjectPl").fill(`Zmiana sali ${id}`);
  await main.locator("#bodyPl").fill("Spotykamy się w sali 2 & 3.\n\nDo zobaczenia!");
  await main.getByRole("button", { name: "Wyślij wiadomość" }).click();
  await expect(page.getByRole("status").first()).toContainText("Wiadomość czeka w kolejce do wysłania do 2 osób.");
  const message = await latestMail(people[0]!, (m) => m.subject === `Zmiana sali ${id}`);
  expect(message.text).toContain("Spotykamy się w sali 2 & 3.");
  expect(message.html).toContain("sali 2 &amp; 3.");
  expect(message.text).toContain(TITLE_PL);
  await latestMail(people[1]!, (m) => m.subject === `Zmiana sali ${id}`);
  const progress = main.getByRole("region", { name: "Wysłane wiadomości" });
  await expect
    .poll(async () => {
      await page.reload();
      return progress.getByRole("row", { name: new RegExp(`Zmiana sali ${id}`) }).getByRole("cell").allInnerTexts();
    }, { timeout: 30_000 })
    .toEqual([expect.any(String), "2", "0", "2", "0"]);
  await expectNoAxeViolations(page);

  // cancelling: a confirmation step with the number of people notified and an optional message
  await page.goto(editUrl);
  await main.getByRole("link", { name: "Odwołaj spotkanie…" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Odwołanie spotkania");
  await expect(main).toContainText("Wiadomość o odwołaniu dostaną 2 zapisane osoby.");
  await expectNoAxeViolations(page);
  await main.getByLabel("Wiadomość do zapisanych osób (opcjonalnie)").fill(`Prowadząca zachorowała ${id}.`);
  await main.getByLabel(/^Potwierdzam: odwołuję to spotkanie/).check();
  await main.getByRole("button", { name: "Odwołaj spotkanie" }).click();
  await expect(page.getByRole("status")).toContainText("Spotkanie zostało odwołane.");
  for (const email of people) {
    const cancelled = await latestMail(email, (m) => m.subject === `Spotkanie odwołane: ${TITLE_PL}`);
    expect(cancelled.text).toContain(`Prowadząca zachorowała ${id}.`);
    expect(cancelled.text).not.toContain("e2e-private");
  }
  await page.goto(`/pl/events/${slug}`);
  await expect(page.getByRole("main")).toContainText("To spotkanie zostało odwołane.");
});

test("@phone the events list and the form fit a phone screen", async ({ page }) => {
  await page.goto("/pl/admin/events/new");
  await logIn(page);
  await expect(page).toHaveURL(/\/pl\/admin\/events\/new$/, { timeout: 20_000 });
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText("Nowe spotkanie");
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await page.goto("/pl/admin/events?view=past");
  await expect(page.getByRole("main").getByRole("heading", { level: 2, name: "Minione spotkania" })).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the event form still validates on the server, keeps what was typed and saves", async ({ page }) => {
    const main = page.getByRole("main");
    await page.goto("/pl/admin/events/new");
    await logIn(page);
    await expect(page).toHaveURL(/\/pl\/admin\/events\/new$/, { timeout: 20_000 });
    const title = `Spotkanie bez JS ${id}`;
    await main.locator("#titlePl").fill(title);
    await main.locator("#summaryPl").fill("Opis");
    await main.locator("#bodyPl").fill("Pełny opis");
    await main.locator("#startsAt").fill("2030-06-01T12:00");
    await main.locator("#endsAt").fill("2030-06-01T10:00");
    await main.locator("#venueName").fill("Sala");
    await main.locator("#capacity").fill("dużo");
    await main.getByRole("button", { name: "Zapisz szkic" }).click();
    const summary = main.getByRole("alert");
    await expect(summary).toContainText("Koniec: Koniec musi być później niż początek.");
    await expect(summary).toContainText("Limit miejsc: Wpisz liczbę miejsc od 1 do 100 000");
    await expect(main.locator("#titlePl")).toHaveValue(title);
    await expect(main.locator("#endsAt")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page, { javaScript: false });

    await main.locator("#endsAt").fill("2030-06-01T14:00");
    await main.locator("#capacity").fill("");
    await main.getByRole("button", { name: "Zapisz szkic" }).click();
    await expect(page.getByRole("status")).toContainText("Szkic spotkania został zapisany.");
    await expect(main.locator("#slug")).toHaveValue(`spotkanie-bez-js-${id}`);
    await page.goto("/pl/admin/events?view=drafts");
    await expect(main.getByRole("link", { name: title })).toBeVisible();
  });
});
