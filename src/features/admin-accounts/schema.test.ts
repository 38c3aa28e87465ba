import { describe, expect, it } from "vitest";
import { buildAccountMail } from "./mail";
import { accountFieldErrors, accountFormDataToObject, accountScopeSchema, forgotPasswordSchema, inviteAccountSchema, linkTokenSchema, setPasswordSchema } from "./schema";

const errorsOf = (result: { success: boolean; error?: unknown }) => (result.success ? {} : accountFieldErrors(result.error as never));

describe("inviteAccountSchema", () => {
  const valid = { name: " Olena Kowalenko ", email: " Olena@Example.COM ", role: "COORDINATOR", voivodeships: ["PL-PK", "PL-MA", "PL-PK"] };

  it("trims, lower-cases the e-mail and de-duplicates voivodeships", () => {
    expect(inviteAccountSchema.parse(valid)).toEqual({ name: "Olena Kowalenko", email: "olena@example.com", role: "COORDINATOR", voivodeships: ["PL-MA", "PL-PK"] });
  });

  it("takes one ticked checkbox as a string and none as nothing", () => {
    expect(inviteAccountSchema.parse({ ...valid, voivodeships: "PL-PK" }).voivodeships).toEqual(["PL-PK"]);
    expect(inviteAccountSchema.parse({ ...valid, role: "ADMIN", voivodeships: undefined }).voivodeships).toEqual([]);
  });

  it("answers with message keys", () => {
    expect(errorsOf(inviteAccountSchema.safeParse({}))).toEqual({ name: "required", email: "required", role: "role" });
    expect(errorsOf(inviteAccountSchema.safeParse({ ...valid, email: "olena@" }))).toEqual({ email: "email" });
    expect(errorsOf(inviteAccountSchema.safeParse({ ...valid, voivodeships: [] }))).toEqual({ voivodeships: "voivodeshipsRequired" });
    expect(errorsOf(inviteAccountSchema.safeParse({ ...valid, voivodeships: ["PL-XX"] }))).toEqual({ voivodeships: "voivodeship" });
    expect(errorsOf(inviteAccountSchema.safeParse({ ...valid, role: "ROOT" }))).toEqual({ role: "role" });
    expect(errorsOf(inviteAccountSchema.safeParse({ ...valid, name: "x".repeat(121) }))).toEqual({ name: "tooLong" });
  });

  it("reads a posted form, keeping every ticked voivodeship", () => {
    const form = new FormData();
    form.set("name", "Olena");
    form.set("email", "olena@example.com");
    form.set("role", "COORDINATOR");
    form.append("voivodeships", "PL-PK");
    form.append("voivodeships", "PL-MA");
    expect(inviteAccountSchema.parse(accountFormDataToObject(form)).voivodeships).toEqual(["PL-MA", "PL-PK"]);
  });
});

describe("accountScopeSchema", () => {
  it("needs a voivodeship for coordinators only", () => {
    expect(accountScopeSchema.safeParse({ role: "ADMIN", voivodeships: [] }).success).toBe(true);
    expect(errorsOf(accountScopeSchema.safeParse({ role: "COORDINATOR", voivodeships: [] }))).toEqual({ voivodeships: "voivodeshipsRequired" });
  });
});

describe("setPasswordSchema", () => {
  it("needs 12 characters and the same password twice", () => {
    expect(setPasswordSchema.safeParse({ password: "twelve chars", passwordConfirm: "twelve chars" }).success).toBe(true);
    expect(errorsOf(setPasswordSchema.safeParse({ password: "eleven char", passwordConfirm: "eleven char" }))).toEqual({ password: "passwordTooShort" });
    expect(errorsOf(setPasswordSchema.safeParse({ password: "twelve chars", passwordConfirm: "twelve chars!" }))).toEqual({ passwordConfirm: "passwordMismatch" });
    expect(errorsOf(setPasswordSchema.safeParse({ password: "", passwordConfirm: "" }))).toEqual({ password: "required", passwordConfirm: "required" });
    expect(errorsOf(setPasswordSchema.safeParse({ password: "x".repeat(257), passwordConfirm: "x".repeat(257) }))).toEqual({ password: "passwordTooLong" });
  });

  it("keeps spaces: a passphrase is typed as it is", () => {
    expect(setPasswordSchema.parse({ password: "  my long passphrase  ", passwordConfirm: "  my long passphrase  " }).password).toBe("  my long passphrase  ");
  });
});

describe("forgotPasswordSchema and link tokens", () => {
  it("normalises the address", () => {
    expect(forgotPasswordSchema.parse({ email: " A@B.PL " })).toEqual({ email: "a@b.pl" });
  });
  it("accepts only 32-byte base64url tokens", () => {
    expect(linkTokenSchema.safeParse("A".repeat(43)).success).toBe(true);
    for (const bad of ["", "A".repeat(42), "A".repeat(44), `${"A".repeat(42)}/`, `${"A".repeat(42)}=`]) expect(linkTokenSchema.safeParse(bad).success).toBe(false);
  });
});

describe("account mails", () => {
  it("the invitation names the inviter and the role, and carries the link as a button and as text, in the given language", () => {
    const url = "https://komm.example/pl/admin/invitation/abc";
    const mail = buildAccountMail("invitation", { locale: "pl", name: "Olena", url, inviterName: "Lesia", role: "COORDINATOR" });
    expect(mail.subject).toBe("Zaproszenie do panelu koordynatorów KOMM");
    expect(mail.text).toContain("Lesia zaprasza Cię do panelu koordynatorów portalu KOMM (rola: koordynator(ka)).");
    expect(mail.text).toContain("Link działa przez 7 dni i tylko raz.");
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(`href="${url}"`);
    expect(mail.html).toContain('<html lang="pl"');
  });

  it("the reset mail says how long the link works, in Ukrainian too", () => {
    const mail = buildAccountMail("passwordReset", { locale: "uk", name: "Олена", url: "https://komm.example/uk/admin/reset-password/abc" });
    expect(mail.subject).toBe("Новий пароль до панелі координаторів KOMM");
    expect(mail.text).toContain("Посилання діє 60 хвилин і лише один раз.");
    expect(mail.text).toContain("Вітаємо, Олена!");
  });

  it("escapes names in HTML", () => {
    const mail = buildAccountMail("invitation", { locale: "en", name: "<b>x</b>", url: "https://komm.example/x", inviterName: "<i>y</i>", role: "ADMIN" });
    expect(mail.html).not.toContain("<b>x</b>");
    expect(mail.html).not.toContain("<i>y</i>");
  });
});
