import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./support";
import { latestMail, linkIn } from "./mailbox";

// Accounts of the coordinator area, end to end: an admin invites a coordinator for podkarpackie, the invitation mail
// is caught, the coordinator sets a password, logs in, sees only podkarpackie sign-ups, confirms one (mail caught),
// exports them as CSV and cannot open a małopolskie sign-up by its address; then "forgot password" with a fresh
// link, and deactivation ending the coordinator's session. The seed has no sign-ups: this test makes its own through
// the public form (with the anti-spam minimum fill time), with unique addresses, so other specs may run alongside.
const ADMIN = { email: "admin@komm.test", password: "e2e-admin-password" };
const PRZEMYSL = { slug: "demo-spotkanie-regionalne-przemysl", title: "Spotkanie regionalne w Przemyślu – Forum Partnerstwa i Integracji [demo]" };
const KRAKOW = { slug: "demo-kurs-animatorow-spotkanie-informacyjne-krakow", title: "Kurs animatorów – spotkanie informacyjne w Krakowie [demo]" };

test.use({ locale: "pl-PL" });

const stamp = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

async function logIn(page: Page, email: string, password: string) {
  const main = page.getByRole("main");
  await main.getByLabel("Adres e-mail").fill(email);
  await main.getByLabel("Hasło", { exact: true }).fill(password);
  await main.getByRole("button", { name: "Zaloguj się" }).click();
}

/** A sign-up through the public form, left waiting for its e-mail confirmation. */
async function signUp(page: Page, slug: string, fullName: string, email: string, voivodeship: string) {
  const main = page.getByRole("main");
  await page.goto(`/pl/events/${slug}/register`);
  const shownAt = Date.now();
  await main.getByLabel("Imię i nazwisko").fill(fullName);
  await main.getByLabel("Adres e-mail").fill(email);
  await main.getByLabel("Województwo, w którym działasz").selectOption({ label: voivodeship });
  await main.getByLabel(/Zgadzam się na przetwarzanie moich danych osobowych/).check();
  await page.waitForTimeout(Math.max(0, 3200 - (Date.now() - shownAt))); // the anti-spam minimum fill time
  await main.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Sprawdź skrzynkę e-mail");
}

/** Opens a meeting's sign-up list from the dashboard and searches it. */
async function findSignUp(page: Page, eventTitle: string, email: string) {
  const main = page.getByRole("main");
  await page.goto("/pl/admin");
  await main.getByRole("region", { name: "Nadchodzące i trwające" }).getByRole("link", { name: eventTitle }).first().click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Zapisy na spotkanie");
  const search = main.getByRole("search", { name: "Wyszukaj i filtruj zapisy" });
  await search.getByLabel("Szukaj").fill(email);
  await search.getByRole("button", { name: "Pokaż wyniki" }).click();
  await expect(main.getByRole("heading", { name: "1 zapis" })).toBeVisible();
}

async function newPage(browser: Browser) {
  const context = await browser.newContext({ locale: "pl-PL" });
  return { context, page: await context.newPage() };
}

test("an admin invites a podkarpackie coordinator, who sets a password and works only with podkarpackie sign-ups", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const id = stamp();
  const coordinator = { name: `Olena Przemyska ${id}`, email: `coordinator-${id}@example.com`, password: "podkarpackie passphrase 1" };
  const pk = { name: `Iryna Podkarpacka ${id}`, email: `pk-${id}@example.com` };
  const ma = { name: `Marek Małopolski ${id}`, email: `ma-${id}@example.com` };
  const main = page.getByRole("main");

  await signUp(page, PRZEMYSL.slug, pk.name, pk.email, "podkarpackie");
  await signUp(page, KRAKOW.slug, ma.name, ma.email, "małopolskie");

  // the admin notes the address of the Kraków sign-up (for the out-of-scope check below)
  await page.goto("/pl/admin/login");
  await logIn(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/pl\/admin$/);
  await findSignUp(page, KRAKOW.title, ma.email);
  await main.getByRole("link", { name: ma.name }).click();
  await expect(page).toHaveURL(/\/pl\/admin\/registrations\/[0-9a-f-]{36}$/);
  const krakowSignUpUrl = new URL(page.url()).pathname;

  // Accounts, from the admin's navigation
  await main.getByRole("navigation", { name: "Panel koordynatorów" }).getByRole("link", { name: "Konta" }).click();
  await expect(page).toHaveURL(/\/pl\/admin\/accounts$/);
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Konta w panelu koordynatorów");
  await expect(main.getByRole("row").filter({ hasText: ADMIN.email })).toContainText("(Ty)");
  await expectNoAxeViolations(page);

  await main.getByRole("link", { name: "Zaproś osobę" }).click();
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Zaproś osobę do panelu");
  await expectNoAxeViolations(page);

  // bad input: a translated summary, nothing sent
  await main.getByLabel("Imię i nazwisko").fill(coordinator.name);
  await main.getByLabel("Adres e-mail").fill("olena@");
  await main.getByLabel(/^Koordynator\(ka\)/).check();
  await main.getByRole("button", { name: "Wyślij zaproszenie" }).click();
  const summary = main.getByRole("alert");
  await expect(summary).toContainText("Adres e-mail: Wpisz adres e-mail, np. imie@example.com.");
  await expect(summary).toContainText("Województwa: Zaznacz co najmniej jedno województwo.");
  await expect(summary).toBeFocused();
  await expect(main.getByLabel("Imię i nazwisko")).toHaveValue(coordinator.name);
  await expectNoAxeViolations(page);

  await main.getByLabel("Adres e-mail").fill(coordinator.email);
  await main.getByLabel("podkarpackie", { exact: true }).check();
  await main.getByRole("button", { name: "Wyślij zaproszenie" }).click();
  await expect(page).toHaveURL(/\/pl\/admin\/accounts\/[0-9a-f-]{36}\?invited=1$/);
  await expect(main.getByRole("status")).toHaveText(`Wysłaliśmy zaproszenie na adres ${coordinator.email}.`);
  await expect(main).toContainText("Zaproszenie wysłane, nieprzyjęte");
  await expectNoAxeViolations(page);
  const accountUrl = new URL(page.url()).pathname;

  const invitation = await latestMail(coordinator.email, (m) => m.subject === "Zaproszenie do panelu koordynatorów KOMM");
  expect(invitation.text).toContain("Administrator zaprasza Cię do panelu koordynatorów portalu KOMM (rola: koordynator(ka)).");
  const invitationLink = linkIn(invitation.text, "/pl/admin/invitation/");

  // the coordinator, in their own browser
  const { context, page: cPage } = await newPage(browser);
  const cMain = cPage.getByRole("main");
  await cPage.goto(invitationLink);
  await expect(cMain.getByRole("heading", { level: 1 })).toHaveText("Witamy w panelu koordynatorów KOMM");
  await expect(cMain).toContainText(coordinator.email);
  await expectNoAxeViolations(cPage);
  await cMain.getByLabel("Nowe hasło", { exact: true }).fill("too short");
  await cMain.getByLabel("Powtórz nowe hasło").fill("too short");
  await cMain.getByRole("button", { name: "Ustaw hasło" }).click();
  await expect(cMain.getByRole("alert")).toContainText("Hasło jest za krótkie: potrzeba co najmniej 12 znaków.");
  await cMain.getByLabel("Nowe hasło", { exact: true }).fill(coordinator.password);
  await cMain.getByLabel("Powtórz nowe hasło").fill(coordinator.password);
  await cMain.getByRole("button", { name: "Ustaw hasło" }).click();
  await expect(cPage).toHaveURL(/\/pl\/admin\/login\?passwordSet=1$/);
  await expect(cMain.getByRole("status")).toHaveText("Hasło zostało ustawione. Możesz się teraz zalogować.");
  await logIn(cPage, coordinator.email, coordinator.password);
  await expect(cPage).toHaveURL(/\/pl\/admin$/);
  await expect(cMain).toContainText("Województwa: podkarpackie");
  // no accounts page for coordinators, neither in the navigation nor by address
  await expect(cMain.getByRole("navigation", { name: "Panel koordynatorów" }).getByRole("link", { name: "Konta" })).toHaveCount(0);
  expect((await cPage.goto("/pl/admin/accounts"))?.status()).toBe(404);
  expect((await cPage.goto(accountUrl))?.status()).toBe(404);
  // the invitation link is used up
  await cPage.goto(invitationLink);
  await expect(cMain.getByRole("heading", { level: 1 })).toHaveText("Ten link nie działa");

  // only podkarpackie (and coalition-wide) meetings
  await cPage.goto("/pl/admin");
  const upcoming = cMain.getByRole("region", { name: "Nadchodzące i trwające" });
  await expect(upcoming.getByRole("link", { name: PRZEMYSL.title })).toBeVisible();
  await expect(upcoming.getByRole("link", { name: KRAKOW.title })).toHaveCount(0);

  // confirms the podkarpackie sign-up; the person gets the mail
  await findSignUp(cPage, PRZEMYSL.title, pk.email);
  await cMain.getByRole("link", { name: pk.name }).click();
  await expect(cMain.getByRole("heading", { level: 1 })).toHaveText(pk.name);
  await cMain.getByRole("button", { name: "Potwierdź miejsce" }).click();
  await expect(cMain.getByRole("status").filter({ hasText: "Zmieniono status 1 zapisu." })).toBeVisible();
  await latestMail(pk.email, (m) => m.subject.startsWith("Masz potwierdzone miejsce"));

  // exports the meeting's sign-ups: the podkarpackie person is in the file
  await findSignUp(cPage, PRZEMYSL.title, pk.email);
  await cMain.getByRole("link", { name: "Eksport i lista obecności" }).click();
  await expect(cMain.getByRole("heading", { level: 1 })).toHaveText("Eksport zapisów");
  const download = cPage.waitForEvent("download");
  await cMain.getByRole("button", { name: "Pobierz plik" }).click();
  const chunks: Buffer[] = [];
  for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer);
  const csv = Buffer.concat(chunks).toString("utf8");
  expect(csv).toContain(pk.email);
  expect(csv).not.toContain(ma.email);

  // a małopolskie sign-up by its address: not found
  expect((await cPage.goto(krakowSignUpUrl))?.status()).toBe(404);
  await expect(cMain).not.toContainText(ma.name);

  // a second session of the same account (say, a forgotten laptop): a password reset must end it
  const { context: otherContext, page: otherPage } = await newPage(browser);
  await otherPage.goto("/pl/admin/login");
  await logIn(otherPage, coordinator.email, coordinator.password);
  await expect(otherPage).toHaveURL(/\/pl\/admin$/);

  // forgot password: the same neutral answer, a mailed single-use link, a new password
  await cPage.goto("/pl/admin");
  await cMain.getByRole("button", { name: "Wyloguj się" }).click();
  await expect(cPage).toHaveURL(/\/pl\/admin\/login\?loggedOut=1$/);
  await cMain.getByRole("link", { name: "Nie pamiętasz hasła?" }).click();
  await expect(cMain.getByRole("heading", { level: 1 })).toHaveText("Ustaw nowe hasło");
  await expectNoAxeViolations(cPage);
  await cMain.getByLabel("Adres e-mail").fill(coordinator.email.toUpperCase());
  await cMain.getByRole("button", { name: "Wyślij link" }).click();
  await expect(cMain.getByRole("status")).toContainText("Jeśli istnieje konto z tym adresem, wysłaliśmy na nie link");
  await expectNoAxeViolations(cPage);
  const resetMail = await latestMail(coordinator.email, (m) => m.subject === "Nowe hasło do panelu koordynatorów KOMM");
  const resetLink = linkIn(resetMail.text, "/pl/admin/reset-password/");
  await cPage.goto(resetLink);
  await expect(cMain.getByRole("heading", { level: 1 })).toHaveText("Ustaw nowe hasło");
  await expectNoAxeViolations(cPage);
  const newPassword = "a completely new passphrase";
  await cMain.getByLabel("Nowe hasło", { exact: true }).fill(newPassword);
  await cMain.getByLabel("Powtórz nowe hasło").fill(`${newPassword}?`);
  await cMain.getByRole("button", { name: "Ustaw hasło" }).click();
  await expect(cMain.getByRole("alert")).toContainText("Hasła nie są takie same.");
  await expect(cMain.getByLabel("Powtórz nowe hasło")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(cPage);
  await cMain.getByLabel("Nowe hasło", { exact: true }).fill(newPassword);
  await cMain.getByLabel("Powtórz nowe hasło").fill(newPassword);
  await cMain.getByRole("button", { name: "Ustaw hasło" }).click();
  await expect(cPage).toHaveURL(/\/pl\/admin\/login\?passwordSet=1$/);
  await logIn(cPage, coordinator.email, coordinator.password);
  await expect(cMain.getByRole("alert")).toContainText("Nieprawidłowy adres e-mail lub hasło.");
  await logIn(cPage, coordinator.email, newPassword);
  await expect(cPage).toHaveURL(/\/pl\/admin$/);
  await cPage.goto(resetLink);
  await expect(cMain.getByRole("heading", { level: 1 })).toHaveText("Ten link nie działa");
  await expectNoAxeViolations(cPage);
  // the session from before the reset is over; the one after it works
  await otherPage.goto("/pl/admin");
  await expect(otherPage).toHaveURL(/\/pl\/admin\/login\?next=/);
  await otherContext.close();
  await cPage.goto("/pl/admin");
  await expect(cPage).toHaveURL(/\/pl\/admin$/);

  // the admin deactivates the account: the coordinator's open session stops at the next request
  await page.goto(accountUrl);
  await expect(main).toContainText("Aktywne");
  await main.getByRole("button", { name: "Wyłącz konto" }).click();
  await expect(main.getByRole("status")).toContainText("Konto zostało wyłączone.");
  await expectNoAxeViolations(page);
  await cPage.goto("/pl/admin");
  await expect(cPage).toHaveURL(/\/pl\/admin\/login\?next=/);
  await logIn(cPage, coordinator.email, newPassword);
  await expect(cMain.getByRole("alert")).toContainText("Nieprawidłowy adres e-mail lub hasło.");

  // the admin's own account cannot be deactivated
  await page.goto("/pl/admin/accounts");
  await main.getByRole("row").filter({ hasText: ADMIN.email }).getByRole("link").click();
  await expect(main).toContainText("To Twoje konto");
  await expect(main.getByRole("button", { name: "Wyłącz konto" })).toHaveCount(0);
  await context.close();
});

test("forgot password answers the same for an unknown address @phone", async ({ page }) => {
  const main = page.getByRole("main");
  await page.goto("/pl/admin/forgot-password");
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await main.getByRole("button", { name: "Wyślij link" }).click();
  await expect(main.getByRole("alert")).toContainText("Adres e-mail: Wypełnij to pole.");
  await main.getByLabel("Adres e-mail").fill(`nobody-${stamp()}@example.com`);
  await main.getByRole("button", { name: "Wyślij link" }).click();
  await expect(main.getByRole("status")).toContainText("Jeśli istnieje konto z tym adresem, wysłaliśmy na nie link");
  // a made-up link explains itself instead of failing
  await page.goto(`/pl/admin/reset-password/${"A".repeat(43)}`);
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Ten link nie działa");
  await expect(main.getByRole("link", { name: "Poproś o nowy link" })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
});
