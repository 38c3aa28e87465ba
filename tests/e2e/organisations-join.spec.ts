import { expect, test, type Page } from "@playwright/test";
import { latestMail, linkIn } from "./mailbox";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./support";

// An informal group from podkarpackie adds itself to the directory (in Ukrainian, JavaScript on), the admin approves
// it, and it shows on the map's count, in the filtered directory and on its own profile page — never with its
// contact person. Region scope and the hostile-input run: tests/integration/organisations.test.ts.
const ADMIN = { email: "admin@komm.test", password: "e2e-admin-password" };

/** The anti-spam check refuses forms sent faster than a person could: wait until the form is 3 s old. */
async function waitForMinimumFillTime(page: Page, since: number) {
  const left = 3200 - (Date.now() - since);
  if (left > 0) await page.waitForTimeout(left);
}

/** The number of approved organisations the home page's map gives for podkarpackie. */
async function mapCount(page: Page) {
  await page.goto("/uk");
  const link = page.getByRole("group", { name: "Карта воєводств Польщі" }).getByRole("link", { name: /^Підкарпатське/ });
  const label = (await link.getAttribute("aria-label")) ?? "";
  return Number(/\d+/.exec(label)?.[0] ?? 0);
}

test("an informal group joins in Ukrainian, the admin approves it, and it is public without its contact person", async ({ page }) => {
  const suffix = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const name = `Група підтримки «Ластівка» ${suffix}`;
  const contactName = `Олена Контактна ${suffix}`;
  const contactEmail = `olena-${suffix}@example.com`;
  const main = page.getByRole("main");

  // the directory links to the form
  await page.goto("/uk/organisations");
  await main.getByRole("link", { name: "Додати свою організацію або групу" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Приєднуйтеся до коаліції: додайте свою організацію або групу");
  const shownAt = Date.now();
  await expectNoAxeViolations(page);

  // an empty form: a focused summary of translated errors, linked to the fields
  await main.getByRole("button", { name: "Надіслати заявку" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Виправте" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Назва організації або групи: Заповніть це поле." })).toBeVisible();
  await expect(summary.getByRole("link", { name: /Чим ви займаєтеся: Опишіть/ })).toBeVisible();
  await expect(main.getByLabel("Назва організації або групи")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await main.getByLabel("Назва організації або групи").fill(name);
  await main.getByLabel("Неформальна група (без реєстрації)").check();
  await main.getByLabel("Спільноти, з якими ви працюєте").fill("українська");
  await main.getByLabel("українська", { exact: true }).check();
  await main.getByLabel("польська", { exact: true }).check();
  await main.getByLabel(/^Воєводство/).selectOption({ label: "Підкарпатське" });
  await main.getByLabel("Населений пункт").fill("Перемишль");
  await main.getByLabel("Українською").fill("Допомагаємо родинам з України в Перемишлі: консультації, мовний клуб, свята.");
  await main.getByLabel("Ім’я та прізвище").fill(contactName);
  await main.getByLabel(/^Адреса електронної пошти/).fill(contactEmail);
  await main.getByLabel(/Я погоджуюся на обробку моїх персональних даних/).check();
  await waitForMinimumFillTime(page, shownAt);
  await main.getByRole("button", { name: "Надіслати заявку" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Дякуємо за заявку!");

  // the acknowledgement in Ukrainian, with the personal link to the submission
  const mail = await latestMail(contactEmail, (m) => m.text.includes("/organisations/submission/"));
  expect(mail.html).toContain('lang="uk"');
  const submissionUrl = linkIn(mail.text, "/organisations/submission/");
  await page.goto(submissionUrl);
  await expect(main).toContainText("Чекає на перевірку");
  await expect(main).toContainText(name);
  await expectNoAxeViolations(page);

  const before = await mapCount(page);

  // the admin approves it (logging in once)
  await page.goto("/pl/admin/organisations");
  await main.getByLabel("Adres e-mail").fill(ADMIN.email);
  await main.getByLabel("Hasło").fill(ADMIN.password);
  await main.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page).toHaveURL(/\/pl\/admin\/organisations$/);
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Organizacje");
  await expect(page.getByRole("navigation", { name: "Panel koordynatorów" }).getByRole("link", { name: "Organizacje" })).toBeVisible();
  await expectNoAxeViolations(page);
  await main.getByLabel("Nazwa lub miejscowość").fill(suffix);
  await main.getByRole("button", { name: "Pokaż wyniki" }).click();
  await main.getByRole("link", { name }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(main).toContainText(contactEmail); // coordinators see the contact person
  await expect(main).toContainText("Czeka na sprawdzenie");
  await expectNoAxeViolations(page);
  await main.getByRole("button", { name: "Zatwierdź i opublikuj" }).click();
  await expect(page.getByRole("status")).toContainText("Zatwierdzono");
  await expect(main).toContainText("Zatwierdzona");
  const approvedMail = await latestMail(contactEmail, (m) => m.subject.startsWith("Ви в каталозі KOMM"));
  expect(approvedMail.subject).toContain(name);

  // public: the map's count, the region page, the filtered directory and the profile
  await expect.poll(() => mapCount(page), { timeout: 20_000 }).toBe(before + 1);
  await page.getByRole("group", { name: "Карта воєводств Польщі" }).getByRole("link", { name: /^Підкарпатське/ }).click();
  await expect(page).toHaveURL(/\/uk\/regions\/podkarpackie$/);
  await expect(main.getByRole("link", { name })).toBeVisible();
  const regionUrl = page.url();

  const directoryUrl = "/uk/organisations?voivodeship=podkarpackie&type=INFORMAL_GROUP";
  await page.goto(directoryUrl);
  await main.getByRole("link", { name }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(main).toContainText("Перемишль");
  await expect(main).toContainText("Неформальна група");
  const profileUrl = page.url();

  // the contact person is nowhere in the public HTML
  for (const url of ["/uk", regionUrl, directoryUrl, profileUrl]) {
    const html = await (await page.request.get(url)).text();
    if (url !== "/uk") expect(html, url).toContain(suffix);
    expect(html, url).not.toContain(contactName);
    expect(html, url).not.toContain(contactEmail);
  }
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false, locale: "pl-PL" });

  test("@phone from a region page, in Polish: errors from the server keep the answers, then the submission goes through", async ({ page }) => {
    const suffix = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
    const email = `jan-${suffix}@example.com`;
    const main = page.getByRole("main");
    await page.goto("/pl/regions/podkarpackie");
    await main.getByRole("link", { name: "Dodaj organizację lub grupę: województwo podkarpackie" }).click();
    const shownAt = Date.now();
    await expect(main.getByLabel(/^Województwo/)).toHaveValue("PL-PK");
    await expectNoHorizontalScroll(page);

    await main.getByLabel("Nazwa organizacji lub grupy").fill(`Stowarzyszenie Łemków ${suffix}`);
    await main.getByLabel("Publiczny adres e-mail").fill("biuro@example.org");
    await main.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
    await expect(main.getByRole("alert")).toContainText("Popraw");
    await expect(main.getByText("Zaznacz zgodę na publikację albo zostaw pola kontaktu publicznego puste.").first()).toBeVisible();
    await expect(main.getByLabel("Nazwa organizacji lub grupy")).toHaveValue(`Stowarzyszenie Łemków ${suffix}`);
    await expectNoAxeViolations(page, { javaScript: false });

    await main.getByLabel("Organizacja mniejszości narodowej lub etnicznej").check();
    await main.getByLabel("Miejscowość").fill("Gorlice");
    await main.getByLabel("Po polsku").fill("Kultura łemkowska: zespół, biblioteka, warsztaty dla dzieci.");
    await main.getByLabel(/Zgadzamy się na publikację/).check();
    await main.getByLabel(/^Imię i nazwisko/).fill("Jan Testowy");
    await main.getByLabel(/^Adres e-mail/).fill(email);
    await main.getByLabel(/Zgadzam się na przetwarzanie moich danych osobowych/).check();
    await waitForMinimumFillTime(page, shownAt);
    await main.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
    await expect(main.getByRole("heading", { level: 1 })).toHaveText("Dziękujemy za zgłoszenie!");

    const mail = await latestMail(email, (m) => m.text.includes("/organisations/submission/"));
    await page.goto(linkIn(mail.text, "/organisations/submission/"));
    await expect(main).toContainText("Czeka na sprawdzenie");
    await expect(main).toContainText("biuro@example.org");
    await expectNoHorizontalScroll(page);
  });
});
