import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { latestMail, linkIn } from "./mailbox";
import { expectNoAxeViolations } from "./support";

// An application for the incubator in English with JavaScript off, reviewed and accepted by the seeded admin in the
// coordinators' area (in Polish), then the decision mail and the new status behind the applicant's personal link.
const ADMIN = { email: "admin@komm.test", password: "e2e-admin-password" };
const PRZEMYSL_BRANCH = "Związek Ukraińców w Polsce – oddział w Przemyślu";
const uniqueEmail = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

/** The anti-spam check refuses forms sent faster than a person could: wait until the form is 3 s old. */
async function waitForMinimumFillTime(page: Page, since: number) {
  const left = 3200 - (Date.now() - since);
  if (left > 0) await page.waitForTimeout(left);
}

test.use({ javaScriptEnabled: false, locale: "en-GB" });

test("@phone apply for the incubator without JavaScript; a coordinator accepts; the applicant gets the decision", async ({ page }) => {
  test.setTimeout(150_000);
  const main = page.getByRole("main");
  const email = uniqueEmail("amira");

  await page.goto("/en/offers/inkubator-inicjatyw");
  await main.getByRole("link", { name: "Apply for this offer" }).click();
  await expect(page).toHaveURL(/\/en\/offers\/inkubator-inicjatyw\/apply$/);
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Apply");
  await expectNoAxeViolations(page, { javaScript: false });

  // an empty form: translated errors from the server, summarised at the top and tied to their fields
  await main.getByRole("button", { name: "Send application" }).click();
  await expect(main.getByRole("alert")).toContainText("Please correct");
  await expect(main.getByRole("alert").getByRole("link", { name: "Rough budget in złoty (PLN): Please fill this in." })).toBeVisible();
  await expect(main.getByLabel("Your idea for an initiative")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, { javaScript: false });
  const shownAt = Date.now(); // the re-rendered form carries a fresh anti-spam token

  await main.getByLabel("Full name").fill("Amira Haddad");
  await main.getByLabel("E-mail address").fill(email);
  await main.getByLabel("Voivodeship (region) where you are active").selectOption({ label: "Subcarpathian" });
  await main.getByLabel("Town or city").fill("Rzeszów");
  // picked from the directory: the application is linked to the organisation (its coordinators see it there)
  await main.getByLabel("My organisation is in the coalition’s directory").check();
  await main.getByLabel("Organisation from the directory").selectOption({ label: PRZEMYSL_BRANCH });
  await main.getByLabel("Your idea for an initiative").fill("A Saturday language café where Ukrainian and Polish children play and learn together.");
  await main.getByLabel("Who is the initiative for?").fill("About 30 families from Ukraine and their Polish neighbours.");
  await main.getByLabel("Where do you want to carry it out (voivodeship)?").selectOption({ label: "Subcarpathian" });
  await main.getByLabel("When do you want to carry it out?").fill("March–June 2027");
  await main.getByLabel("Rough budget in złoty (PLN)").fill("8 500");
  await main.getByLabel(/I agree to the processing of my personal data/).check();
  await waitForMinimumFillTime(page, shownAt);
  await main.getByRole("button", { name: "Send application" }).click();

  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Thank you for your application");
  await expectNoAxeViolations(page, { javaScript: false });

  const received = await latestMail(email, (m) => m.subject.startsWith("We have your application"));
  expect(received.html).toContain('lang="en"');
  const applicationLink = linkIn(received.text, "/en/applications/");
  await page.goto(applicationLink);
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Your application");
  await expect(main).toContainText("sent, waiting to be reviewed");
  await expect(main).toContainText("PLN");
  await expectNoAxeViolations(page, { javaScript: false });

  // the coordinators' area, in Polish: log in once, find the application, score and accept it with a message
  await page.goto("/pl/admin");
  await main.getByLabel("Adres e-mail").fill(ADMIN.email);
  await main.getByLabel("Hasło").fill(ADMIN.password);
  await main.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page).toHaveURL(/\/pl\/admin$/);
  await main.getByRole("navigation", { name: "Panel koordynatorów" }).getByRole("link", { name: "Zgłoszenia do ofert" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Zgłoszenia do ofert");
  await expectNoAxeViolations(page, { javaScript: false });

  await main.getByRole("link", { name: "Inkubator inicjatyw migrancko-mniejszościowych" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Zgłoszenia do oferty");
  const search = main.getByRole("search", { name: "Wyszukaj i filtruj zgłoszenia" });
  await search.getByLabel("Szukaj").fill(email);
  await search.getByRole("button", { name: "Pokaż wyniki" }).click();
  await expect(main.getByRole("heading", { name: "1 zgłoszenie" })).toBeVisible();
  await expectNoAxeViolations(page, { javaScript: false });

  await main.getByRole("link", { name: "Amira Haddad" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Amira Haddad");
  await expect(main).toContainText("Nowe");
  await expectNoAxeViolations(page, { javaScript: false });

  await main.getByLabel("Ocena od 0 do 10").selectOption("9");
  await main.getByLabel("Notatki osoby oceniającej").fill("Jasny plan i realny budżet.");
  await main.getByRole("button", { name: "Zapisz ocenę" }).click();
  await expect(main.getByRole("status")).toHaveText("Ocena zapisana.");
  await expect(main.getByLabel("Ocena od 0 do 10")).toHaveValue("9");

  await main.getByLabel("Nowy status").selectOption({ label: "Przyjęte" });
  await main.getByLabel(/Wiadomość do osoby zgłaszającej/).fill("Welcome! We meet in Rzeszów on 12 March at 17:00.");
  await main.getByRole("button", { name: "Zapisz status" }).click();
  await expect(main.getByRole("status")).toHaveText("Status zapisany.");
  await expect(main).toContainText("Status „Przyjęte” jest ostateczny");
  await expect(main.getByRole("button", { name: "Wyślij pytania" })).toBeVisible();
  await expectNoAxeViolations(page, { javaScript: false });

  // the export of the list as filtered: sensitive answers only when confirmed, then the file (a plain GET form)
  await main.getByRole("link", { name: "Wszystkie zgłoszenia do tej oferty" }).click();
  await search.getByLabel("Szukaj").fill(email);
  await search.getByRole("button", { name: "Pokaż wyniki" }).click();
  await main.getByRole("link", { name: "Eksport zgłoszeń" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Eksport zgłoszeń");
  await expect(main).toContainText("Plik obejmie 1 zgłoszenie pasujące do filtrów listy.");
  await expectNoAxeViolations(page, { javaScript: false });
  await main.getByLabel("Dla kogo jest ta inicjatywa?").check();
  await main.getByRole("button", { name: "Pobierz plik" }).click();
  await expect(main.getByRole("alert")).toContainText("Zaznaczono dane wrażliwe");
  await expect(main.getByLabel("Dla kogo jest ta inicjatywa?")).toBeChecked();
  await expectNoAxeViolations(page, { javaScript: false });
  await main.getByLabel("Dla kogo jest ta inicjatywa?").uncheck();
  const [download] = await Promise.all([page.waitForEvent("download"), main.getByRole("button", { name: "Pobierz plik" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^inkubator-inicjatyw-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.split("\r\n").filter(Boolean)).toHaveLength(2); // the header and Amira's row
  for (const text of ["Amira Haddad", email, PRZEMYSL_BRANCH, "Przyjęte", "A Saturday language café"]) expect(csv).toContain(text);
  expect(csv).not.toContain("About 30 families");

  // the organisation she picked lists her application, linked to it
  await page.goto("/pl/admin/organisations");
  await main.getByLabel("Nazwa lub miejscowość").fill("Przemyślu");
  await main.getByRole("button", { name: "Pokaż wyniki" }).click();
  await main.getByRole("link", { name: PRZEMYSL_BRANCH }).click();
  const linked = main.getByRole("region", { name: /^Zgłoszenia do ofert/ });
  // (the phone and desktop runs of this test each add an Amira Haddad)
  await expect(linked.getByRole("row", { name: /Amira Haddad/ }).first()).toContainText("Inkubator inicjatyw migrancko-mniejszościowych");
  await expectNoAxeViolations(page, { javaScript: false });
  await linked.getByRole("link", { name: "Amira Haddad" }).first().click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Amira Haddad");

  // the applicant: the decision mail in English with the coordinator's message, and the new status behind the link
  const decision = await latestMail(email, (m) => m.subject.startsWith("Your application has been accepted"));
  expect(decision.html).toContain('lang="en"');
  expect(decision.text).toContain("Welcome! We meet in Rzeszów on 12 March at 17:00.");
  expect(linkIn(decision.text, "/en/applications/")).toBe(applicationLink);
  await page.goto(applicationLink);
  await expect(main).toContainText("Status: accepted");
  await expectNoAxeViolations(page, { javaScript: false });
});

test.describe("with JavaScript", () => {
  test.use({ javaScriptEnabled: true, locale: "uk-UA" });

  test("@phone in Ukrainian: instant errors, answers that appear when needed, then the mentoring application", async ({ page }) => {
    const main = page.getByRole("main");
    await page.goto("/uk/offers/mentoring");
    await main.getByRole("link", { name: "Подати заявку на цю пропозицію" }).click();
    await expect(main.getByRole("heading", { level: 1 })).toHaveText("Подати заявку");
    const shownAt = Date.now();
    await expect(main.getByLabel("У чому ще?")).toHaveCount(0); // shown only after ticking "Other"
    await expectNoAxeViolations(page);

    await main.getByRole("button", { name: "Надіслати заявку" }).click();
    const summary = main.getByRole("alert").filter({ hasText: "Виправте" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "У чому вам потрібна підтримка?: Позначте принаймні одну відповідь." })).toBeVisible();
    await expectNoAxeViolations(page);

    await main.getByLabel("Ім’я та прізвище").fill("Оксана Мельник");
    await main.getByLabel("Адреса електронної пошти").fill(uniqueEmail("oksana"));
    await main.getByLabel("Воєводство, де ви дієте").selectOption({ label: "Підкарпатське" });
    await main.getByLabel("Опишіть свою організацію або групу").fill("Неформальна група українських мам у Перемишлі, 15 осіб.");
    await main.getByLabel("Фінансування").check();
    await main.getByLabel("Інше").check();
    await main.getByLabel("У чому ще?").fill("Юридичні питання");
    await main.getByLabel(/Я погоджуюся на обробку моїх персональних даних/).check();
    await waitForMinimumFillTime(page, shownAt);
    await main.getByRole("button", { name: "Надіслати заявку" }).click();
    await expect(main.getByRole("heading", { level: 1 })).toHaveText("Дякуємо за заявку");
  });
});
