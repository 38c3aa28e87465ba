import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support";
import { latestMail, linkIn, mailsTo } from "./mailbox";

const uniqueEmail = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

/** The anti-spam check refuses forms sent faster than a person could: wait until the form is 3 s old. */
async function waitForMinimumFillTime(page: Page, since: number) {
  const left = 3200 - (Date.now() - since);
  if (left > 0) await page.waitForTimeout(left);
}

async function openFirstUpcomingEvent(page: Page, locale: "pl" | "uk", upcomingHeading: string) {
  await page.goto(`/${locale}`);
  const upcoming = page.getByRole("region", { name: upcomingHeading });
  await upcoming.getByRole("heading", { level: 3 }).first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/events/[a-z0-9-]+$`));
}

test.describe("signing up for a meeting", () => {
  test("@phone in Ukrainian: sign up, confirm by the mailed link, see the place, cancel", async ({ page }) => {
    await openFirstUpcomingEvent(page, "uk", "Найближчі зустрічі");
    await page.getByRole("main").getByRole("link", { name: "Зареєструватися" }).click();
    await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText("Зареєструватися на зустріч");
    const shownAt = Date.now();
    await expectNoAxeViolations(page);

    // Sending an empty form: a summary of translated errors gets the focus and links to the fields
    await page.getByRole("button", { name: "Надіслати заявку" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Виправте" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: /Ім’я та прізвище: Заповніть це поле/ })).toBeVisible();
    await expect(page.getByLabel("Ім’я та прізвище")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);

    const email = uniqueEmail("olena");
    const main = page.getByRole("main");
    await main.getByLabel("Ім’я та прізвище").fill("Олена Коваленко");
    await main.getByLabel("Адреса електронної пошти").fill(email);
    await main.getByLabel("Воєводство, де ви дієте").selectOption({ label: "Підкарпатське" });
    await main.getByLabel("Бажана мова спілкування").selectOption({ label: "українська" });
    await main.getByLabel("Мені потрібен переклад").check();
    await main.getByLabel("На яку мову?").selectOption({ label: "українська" });
    await main.getByLabel(/Я погоджуюся на обробку моїх персональних даних/).check();
    await waitForMinimumFillTime(page, shownAt);
    await main.getByRole("button", { name: "Надіслати заявку" }).click();

    await expect(main.getByRole("heading", { level: 1 })).toHaveText("Перевірте електронну пошту");
    await expectNoAxeViolations(page);

    const confirmMail = await latestMail(email, (m) => m.text.includes("/confirm/"));
    expect(confirmMail.html).toContain('lang="uk"');
    await page.goto(linkIn(confirmMail.text, "/confirm/"));
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Підтверджую реєстрацію" }).click();
    await expect(main.getByRole("heading", { level: 1 })).toHaveText("Ваше місце підтверджено");

    const confirmed = await latestMail(email, (m) => m.attachments.some((a) => a.filename.endsWith(".ics")));
    expect(confirmed.text).toContain("https://zoom.example/");
    await page.goto(linkIn(confirmed.text, "/manage/"));
    await expect(main).toContainText("місце підтверджено");
    await expect(main.getByRole("link", { name: /zoom\.example/ })).toBeVisible();
    await expectNoAxeViolations(page);

    const mailsBefore = (await mailsTo(email)).length;
    await main.getByRole("link", { name: "Скасувати мою реєстрацію" }).click();
    await main.getByRole("button", { name: "Скасувати мою реєстрацію" }).click();
    await expect(page.getByRole("status")).toContainText("Вашу реєстрацію скасовано");
    await expect(main).toContainText("скасовано");
    await expect(main.getByRole("link", { name: /zoom\.example/ })).toHaveCount(0);
    await expect.poll(async () => (await mailsTo(email)).length, { timeout: 20_000 }).toBeGreaterThan(mailsBefore);
    expect((await mailsTo(email)).at(-1)!.text).not.toContain("zoom.example");
  });

  test.describe("with JavaScript off", () => {
    test.use({ javaScriptEnabled: false, locale: "pl-PL" });

    test("in Polish: errors from the server, then sign up, confirm and manage", async ({ page }) => {
      await openFirstUpcomingEvent(page, "pl", "Najbliższe spotkania");
      await page.getByRole("main").getByRole("link", { name: "Zapisz się" }).click();
      const shownAt = Date.now();
      const main = page.getByRole("main");

      const firstToken = await main.locator('input[name="formToken"]').inputValue();
      await main.getByLabel("Adres e-mail").fill("not-an-address");
      await main.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
      await expect(main.getByRole("alert")).toContainText("Popraw");
      // the page with the errors is rendered anew, but the fill time still counts from the first showing: a quick
      // correction must not be taken for a bot (tokens.ts, keepFormToken)
      expect(await main.locator('input[name="formToken"]').inputValue()).toBe(firstToken);
      await expect(main.getByText("Wpisz adres e-mail, np. imie@example.com.").first()).toBeVisible();
      await expect(main.getByLabel("Adres e-mail")).toHaveValue("not-an-address");
      await expectNoAxeViolations(page, { javaScript: false });

      const email = uniqueEmail("jan");
      await main.getByLabel("Imię i nazwisko").fill("Jan Nowak");
      await main.getByLabel("Adres e-mail").fill(email);
      await main.getByLabel("Organizacja z katalogu").selectOption({ label: "Fundacja Zustricz" });
      await main.getByLabel("Moja organizacja jest w katalogu koalicji").check();
      await main.getByLabel("Województwo, w którym działasz").selectOption({ label: "małopolskie" });
      await main.getByLabel(/Zgadzam się na przetwarzanie moich danych osobowych/).check();
      await waitForMinimumFillTime(page, shownAt);
      await main.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
      await expect(main.getByRole("heading", { level: 1 })).toHaveText("Sprawdź skrzynkę e-mail");

      const confirmMail = await latestMail(email, (m) => m.text.includes("/confirm/"));
      await page.goto(linkIn(confirmMail.text, "/confirm/"));
      await page.getByRole("button", { name: "Potwierdzam zapis" }).click();
      await expect(main.getByRole("heading", { level: 1 })).toHaveText(/Twoje miejsce jest potwierdzone|miejscu listy rezerwowej/);

      const manageMail = await latestMail(email, (m) => m.text.includes("/manage/") && !m.text.includes("/confirm/"));
      await page.goto(linkIn(manageMail.text, "/manage/"));
      await expect(main.getByLabel("Imię i nazwisko")).toHaveValue("Jan Nowak");
      await main.getByLabel("Miejscowość").fill("Kraków");
      await main.getByRole("button", { name: "Zapisz zmiany" }).click();
      await expect(page.getByRole("status")).toContainText("Zmiany zapisane");
      await expect(main.getByLabel("Miejscowość")).toHaveValue("Kraków");

      // trying again with the same address creates nothing new
      await page.goto(page.url().replace(/\/manage\/.*/, "/events"));
      await openFirstUpcomingEvent(page, "pl", "Najbliższe spotkania");
      await page.getByRole("main").getByRole("link", { name: "Zapisz się" }).click();
      const again = Date.now();
      await main.getByLabel("Imię i nazwisko").fill("Jan Nowak");
      await main.getByLabel("Adres e-mail").fill(email.toUpperCase());
      await main.getByLabel("Województwo, w którym działasz").selectOption({ label: "małopolskie" });
      await main.getByLabel(/Zgadzam się na przetwarzanie moich danych osobowych/).check();
      await waitForMinimumFillTime(page, again);
      await main.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
      await expect(main.getByRole("heading", { level: 1 })).toHaveText("Jesteś już zapisana/zapisany");
    });
  });
});
