import { describe, expect, it } from "vitest";
import { buildIcs, googleCalendarUrl, type CalendarEvent } from "./calendar";

const event: CalendarEvent = {
  uid: "0190-abc@komm",
  title: "Koalicja Organizacji Mniejszościowych i Migranckich: spotkanie sieciujące",
  description: "Poznajmy się, przedstawmy ofertę; wypracujmy zasady, cele.\nDruga linia",
  location: "Online (Zoom)",
  url: "https://komm.example.org/pl/events/pierwsze-spotkanie-sieciujace-komm",
  startsAt: new Date("2021-06-15T13:00:00Z"),
  endsAt: new Date("2021-06-15T15:00:00Z"),
  updatedAt: new Date("2021-06-01T10:00:00Z"),
  cancelled: false,
};

const unfold = (ics: string) => ics.replace(/\r\n /g, "");

describe("buildIcs", () => {
  const ics = buildIcs(event);

  it("is a valid VCALENDAR with CRLF line endings and UTC times", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(unfold(ics)).toContain("DTSTART:20210615T130000Z\r\n");
    expect(unfold(ics)).toContain("DTEND:20210615T150000Z\r\n");
    expect(unfold(ics)).toContain("UID:0190-abc@komm\r\n");
    expect(unfold(ics)).toContain("STATUS:CONFIRMED\r\n");
  });

  it("escapes commas, semicolons and newlines and keeps Polish characters", () => {
    const text = unfold(ics);
    expect(text).toContain("SUMMARY:Koalicja Organizacji Mniejszościowych i Migranckich: spotkanie sieciujące\r\n");
    expect(text).toContain("DESCRIPTION:Poznajmy się\\, przedstawmy ofertę\\; wypracujmy zasady\\, cele.\\nDruga linia\\n\\nhttps://");
  });

  it("folds lines at 75 octets without splitting a character", () => {
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics).toContain("\r\n ");
    expect(ics).not.toContain("\uFFFD");
  });

  it("marks cancelled events", () => {
    expect(buildIcs({ ...event, cancelled: true })).toContain("STATUS:CANCELLED");
  });
});

describe("googleCalendarUrl", () => {
  it("carries title, UTC dates and the public page, with the Warsaw zone", () => {
    const url = new URL(googleCalendarUrl(event));
    expect(url.hostname).toBe("calendar.google.com");
    expect(url.searchParams.get("dates")).toBe("20210615T130000Z/20210615T150000Z");
    expect(url.searchParams.get("text")).toBe(event.title);
    expect(url.searchParams.get("details")).toContain(event.url);
    expect(url.searchParams.get("ctz")).toBe("Europe/Warsaw");
  });
});
