import { describe, expect, it } from "vitest";
import { buildRegistrationMail, type RegistrationMailData, type RegistrationMailKind } from "./mail";

const kinds: RegistrationMailKind[] = ["confirmAddress", "confirmed", "waitlisted", "promoted", "cancelled", "changed", "reminder", "manageLink", "eventCancelled"];
const withPlace = new Set<RegistrationMailKind>(["confirmed", "promoted", "reminder"]);
const locales = ["pl", "uk", "en"] as const;

const ONLINE_URL = "https://meet.example.org/secret-room-123";
const hostile = "<script>alert(1)</script>";

function data(locale: (typeof locales)[number], overrides: Partial<RegistrationMailData> = {}): RegistrationMailData {
  return {
    locale,
    fullName: `Olena ${hostile}`,
    event: {
      id: "01900000-0000-7000-8000-000000000001",
      // Latin on purpose: the language of the mail must come from the mail's own words, not from the title
      title: "KOMM Forum 2021",
      startsAt: new Date("2021-06-15T13:00:00Z"),
      endsAt: new Date("2021-06-15T15:00:00Z"),
      format: "HYBRID",
      venueName: "Dom Kultury",
      venueAddress: "ul. Długa 1, Kraków",
      onlineMeetingUrl: ONLINE_URL,
      pageUrl: `https://komm.test/${locale}/events/forum-2021`,
      updatedAt: new Date("2021-06-01T10:00:00Z"),
    },
    manageUrl: `https://komm.test/${locale}/manage/tok_manage_abc`,
    confirmUrl: `https://komm.test/${locale}/confirm/tok_confirm_xyz`,
    waitlistPosition: 7,
    ...overrides,
  };
}

const greeting = { pl: "Dzień dobry", uk: "Вітаємо", en: "Hello" };
const cyrillic = /[\u0400-\u04FF]/;

describe("buildRegistrationMail", () => {
  for (const locale of locales) {
    for (const kind of kinds) {
      describe(`${kind} (${locale})`, () => {
        const mail = buildRegistrationMail(kind, data(locale));

        it("is in the reader's language", () => {
          expect(mail.subject.trim()).not.toBe("");
          expect(mail.text.trim()).not.toBe("");
          expect(mail.subject).toContain("KOMM Forum 2021");
          expect(mail.text).toContain(greeting[locale]);
          if (locale === "uk") expect(mail.subject.replace("KOMM Forum 2021", "")).toMatch(cyrillic);
          else expect(mail.subject + mail.text).not.toMatch(cyrillic);
          expect(mail.html).toMatch(new RegExp(`<html lang="${locale}"`));
        });

        it("has the manage link and the coordinators' contact", () => {
          expect(mail.html).toContain(`href="https://komm.test/${locale}/manage/tok_manage_abc"`);
          expect(mail.text).toContain(`https://komm.test/${locale}/manage/tok_manage_abc`);
          expect(mail.text).toContain("lesya@kalejdoskopkultur.pl");
        });

        it(withPlace.has(kind) ? "carries the private online link" : "never carries the private online link", () => {
          const everything = mail.subject + mail.html + mail.text + (mail.attachments ?? []).map((a) => a.content).join("");
          if (withPlace.has(kind)) {
            expect(mail.html).toContain(`href="${ONLINE_URL}"`);
            expect(mail.text).toContain(ONLINE_URL);
          } else {
            expect(everything).not.toContain("secret-room-123");
          }
        });

        it(withPlace.has(kind) ? "attaches the meeting as an .ics in UTC" : "has no calendar attachment", () => {
          if (!withPlace.has(kind)) return expect(mail.attachments).toBeUndefined();
          expect(mail.attachments).toHaveLength(1);
          const [ics] = mail.attachments!;
          expect(ics!.filename).toMatch(/\.ics$/);
          expect(ics!.contentType).toMatch(/^text\/calendar/);
          expect(ics!.content).toContain("DTSTART:20210615T130000Z");
          expect(ics!.content).toContain("DTEND:20210615T150000Z");
          expect(ics!.content.replace(/\r\n /g, "")).toContain(ONLINE_URL);
        });

        it("states the time in Warsaw", () => {
          expect(mail.text).toContain("15:00");
          expect(mail.text).toContain("17:00");
          expect(mail.text).not.toContain("13:00");
          expect(mail.text).toMatch(/Warszawa|Варшава|Warsaw/);
        });

        it("escapes the person's name in HTML", () => {
          expect(mail.html).not.toContain(hostile);
          expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
          expect(mail.text).toContain(`Olena ${hostile}`); // plain text needs no escaping
        });
      });
    }
  }

  it("asks to confirm the address with a button, says the link expires in 48 h and that only confirmed sign-ups count", () => {
    const mail = buildRegistrationMail("confirmAddress", data("en"));
    expect(mail.html).toContain('href="https://komm.test/en/confirm/tok_confirm_xyz"');
    expect(mail.text).toContain("https://komm.test/en/confirm/tok_confirm_xyz");
    expect(mail.text).toContain("48 hours");
    expect(mail.text).toContain("counts only once you confirm");
    expect(buildRegistrationMail("confirmAddress", data("pl")).text).toContain("48 godzin");
    expect(buildRegistrationMail("confirmAddress", data("uk")).text).toContain("48 годин");
  });

  it("tells the person their number on the waiting list", () => {
    expect(buildRegistrationMail("waitlisted", data("pl")).text).toContain("z numerem 7");
    expect(buildRegistrationMail("waitlisted", data("uk")).text).toContain("під номером 7");
  });

  it("summarises the status in the 'changed' mail when it is given", () => {
    const mail = buildRegistrationMail("changed", data("en", { status: "WAITLISTED" }));
    expect(mail.text).toContain("You are number 7 on the waiting list");
  });

  it("shows a coordinator's personal message in a marked block, escaped", () => {
    const mail = buildRegistrationMail("confirmed", data("pl", { personalMessage: "Weź proszę <b>dowód</b>." }));
    expect(mail.text).toContain("Wiadomość od osoby koordynującej");
    expect(mail.text).toContain("Weź proszę <b>dowód</b>.");
    expect(mail.html).toContain("Weź proszę &lt;b&gt;dowód&lt;/b&gt;.");
    expect(mail.html).toMatch(/<h2[^>]*>Wiadomość od osoby koordynującej<\/h2>/);
  });

  it("keeps the online link out of other mails even when the caller passes it", () => {
    for (const kind of kinds.filter((k) => !withPlace.has(k))) {
      const mail = buildRegistrationMail(kind, data("pl", { status: "CONFIRMED" }));
      expect(mail.html + mail.text, kind).not.toContain(ONLINE_URL);
    }
  });

  it("says the link will follow when an online meeting has none yet, and names no place for online meetings", () => {
    const base = data("en");
    const mail = buildRegistrationMail("confirmed", { ...base, event: { ...base.event, format: "ONLINE", onlineMeetingUrl: null } });
    expect(mail.text).toContain("We will e-mail you the link to the online meeting");
    expect(mail.text).not.toContain("Dom Kultury");
  });
});
