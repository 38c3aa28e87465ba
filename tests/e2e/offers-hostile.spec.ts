import { expect, test, type Locator, type Page } from "@playwright/test";

// The hostile-input run over HTTP: the five application forms and the "join the coalition" form, posted as a browser
// without JavaScript posts them (the rendered form's own fields, the server action's hidden ones included), with one
// answer at a time replaced by something no answer may be. Every post must come back as the form with its errors:
// no server error, nothing sent. That nothing reached the database is checked in the coordinators' lists (and, field
// by field against the schemas, in tests/integration/applications.test.ts and organisations.test.ts).

const ADMIN = { email: "admin@komm.test", password: "e2e-admin-password" };
const OFFERS = ["kurs-animatorow", "mentoring", "inkubator-inicjatyw", "forum-partnerstwa-i-integracji", "portret-filmowy"];
const marker = `hostile-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;

/** Longer than any answer may be, with markup, SQL and a control character: invalid in every field. */
const HOSTILE = [`<script>alert(1)</script>'; DROP TABLE "OfferApplication"; --${"x".repeat(3100)}`, "ab\u0000<img src=x onerror=alert(1)>"];
/** Fields a post may leave out or set to anything and still be valid, and the anti-spam and framework fields. */
const NOT_MUTATED = /^(\$ACTION|website$|formToken$|consentNewsletter$|publishContact$)/;

test.use({ javaScriptEnabled: false });

/** The fields the form would send, as the browser would send them (checked boxes only). */
async function formFields(form: Locator): Promise<Array<[string, string]>> {
  const fields: Array<[string, string]> = [];
  for (const input of await form.locator("input[name]").all()) {
    const name = (await input.getAttribute("name"))!;
    const type = (await input.getAttribute("type")) ?? "text";
    if (type === "checkbox" || type === "radio") {
      if (await input.isChecked()) fields.push([name, (await input.getAttribute("value")) ?? "on"]);
    } else fields.push([name, type === "hidden" ? ((await input.getAttribute("value")) ?? "") : await input.inputValue()]);
  }
  for (const control of await form.locator("select[name], textarea[name]").all()) fields.push([(await control.getAttribute("name"))!, await control.inputValue()]);
  return fields;
}

/** Posts `fields` with `name` set to `value` (all of its values replaced by one) to the form's page, as a plain form post. */
async function postWith(page: Page, fields: Array<[string, string]>, name: string, value: string) {
  const body = new FormData();
  for (const [n, v] of fields) if (n !== name) body.append(n, v);
  body.append(name, value);
  const url = page.url();
  return page.request.post(url, { multipart: body, headers: { Origin: new URL(url).origin }, maxRedirects: 0 });
}

/** Every visible answer of the form replaced, value by value: each post answers with the form and its errors. */
async function hostileRun(page: Page, form: Locator, sentText: string) {
  const fields = await formFields(form);
  const names = [...new Set((await form.locator("input[name], select[name], textarea[name]").all().then((all) => Promise.all(all.map((c) => c.getAttribute("name"))))))]
    .filter((n): n is string => !!n && !NOT_MUTATED.test(n));
  expect(names.length).toBeGreaterThan(5);
  let posts = 0;
  for (const name of names) {
    for (const value of HOSTILE) {
      const response = await postWith(page, fields, name, value);
      const html = await response.text();
      const what = `${page.url()} ${name}=${JSON.stringify(value.slice(0, 30))}`;
      expect(response.status(), what).toBe(200);
      expect(html, what).toContain('id="error-summary-title"'); // the form again, with its summary of errors
      expect(/<h1[^>]*>([^<]*)</.exec(html)?.[1], what).not.toBe(sentText);
      expect(html, what).not.toContain("<script>alert(1)</script>"); // kept answers are escaped
      posts++;
    }
  }
  return posts;
}

const waitForMinimumFillTime = (page: Page) => page.waitForTimeout(3200);

test("application forms: hostile answers over HTTP give the form with errors, never a server error or an application", async ({ page }) => {
  test.setTimeout(180_000);
  const main = page.getByRole("main");
  let posts = 0;
  for (const slug of OFFERS) {
    await page.goto(`/en/offers/${slug}/apply`);
    const form = main.locator("form").filter({ has: page.getByRole("button", { name: "Send application" }) });
    if (slug === "inkubator-inicjatyw") {
      // a complete, valid application, so that each post is wrong in exactly one answer
      await main.getByLabel("Full name").fill("Hostile Tester");
      await main.getByLabel("E-mail address").fill(`${marker}@example.com`);
      await main.getByLabel("Voivodeship (region) where you are active").selectOption({ label: "Subcarpathian" });
      await main.getByLabel("Town or city").fill("Rzeszów");
      await main.getByLabel("Your idea for an initiative").fill("A language café for children.");
      await main.getByLabel("Who is the initiative for?").fill("Families from Ukraine.");
      await main.getByLabel("Where do you want to carry it out (voivodeship)?").selectOption({ label: "Subcarpathian" });
      await main.getByLabel("When do you want to carry it out?").fill("March 2027");
      await main.getByLabel("Rough budget in złoty (PLN)").fill("8 500");
      await main.getByLabel(/I agree to the processing of my personal data/).check();
      await waitForMinimumFillTime(page);
    } else {
      await main.getByLabel("E-mail address").fill(`${marker}-${slug}@example.com`);
    }
    posts += await hostileRun(page, form, "Thank you for your application");
  }
  expect(posts).toBeGreaterThan(100);

  // nothing arrived: the coordinators' lists know no application from this run
  await page.goto("/pl/admin");
  await main.getByLabel("Adres e-mail").fill(ADMIN.email);
  await main.getByLabel("Hasło").fill(ADMIN.password);
  await main.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page).toHaveURL(/\/pl\/admin$/);
  for (const slug of OFFERS) {
    await page.goto(`/pl/admin/offers/${slug}?q=${marker}`);
    await expect(main.getByRole("heading", { name: "Brak pasujących zgłoszeń" })).toBeVisible();
  }
});

test("the join form: hostile answers over HTTP give the form with errors, never a server error or an organisation", async ({ page }) => {
  test.setTimeout(180_000);
  const main = page.getByRole("main");
  await page.goto("/pl/organisations/join?voivodeship=podkarpackie");
  const form = main.locator("form").filter({ has: page.getByRole("button", { name: "Wyślij zgłoszenie" }) });
  await main.getByLabel("Nazwa organizacji lub grupy").fill(`Stowarzyszenie ${marker}`);
  await main.getByLabel("Organizacja mniejszości narodowej lub etnicznej").check();
  await expect(main.getByLabel(/^Województwo/)).toHaveValue("PL-PK");
  await main.getByLabel("Miejscowość").fill("Gorlice");
  await main.getByLabel("Po polsku").fill("Kultura łemkowska: zespół, biblioteka, warsztaty dla dzieci.");
  await main.getByLabel(/^Imię i nazwisko/).fill("Jan Testowy");
  await main.getByLabel(/^Adres e-mail/).fill(`${marker}@example.com`);
  await main.getByLabel(/Zgadzam się na przetwarzanie moich danych osobowych/).check();
  await waitForMinimumFillTime(page);
  expect(await hostileRun(page, form, "Dziękujemy za zgłoszenie!")).toBeGreaterThan(20);

  await page.goto("/pl/admin/organisations");
  await main.getByLabel("Adres e-mail").fill(ADMIN.email);
  await main.getByLabel("Hasło").fill(ADMIN.password);
  await main.getByRole("button", { name: "Zaloguj się" }).click();
  await main.getByLabel("Nazwa lub miejscowość").fill(marker);
  await main.getByRole("button", { name: "Pokaż wyniki" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Organizacje");
  await expect(main.getByRole("link", { name: new RegExp(marker) })).toHaveCount(0);
});
