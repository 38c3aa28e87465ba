import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/features/registrations/schema";
import { cancelEventSchema, eventColumns, eventFormSchema, eventFormValuesOf, eventMessageSchema, messageAudienceSchema } from "./schema";

const valid = {
  titlePl: "Spotkanie sieciujące",
  summaryPl: "Krótki opis",
  bodyPl: "Pełny opis",
  startsAt: "2030-01-20T15:00",
  endsAt: "2030-01-20T17:00",
  format: "ONSITE",
  venueName: "Sala",
  meetingLanguage: "pl",
};

const errors = (input: Record<string, unknown>) => {
  const r = eventFormSchema.safeParse(input);
  return r.success ? {} : fieldErrorsOf<string>(r.error);
};

describe("eventFormSchema", () => {
  it("accepts a minimal event; optional fields become null, times UTC", () => {
    const data = eventFormSchema.parse(valid);
    const columns = eventColumns(data);
    expect(columns).toMatchObject({ titleUk: null, capacity: null, voivodeshipCode: null, offerId: null, registrationOpensAt: null, interpretationOffered: false });
    expect(columns.startsAt.toISOString()).toBe("2030-01-20T14:00:00.000Z");
    expect(data.slug).toBe("");
  });

  it("requires the Polish texts, not the others", () => {
    expect(errors({ ...valid, titlePl: "", summaryPl: " ", bodyPl: undefined })).toEqual({ titlePl: "required", summaryPl: "required", bodyPl: "required" });
    expect(errors({ ...valid, titleUk: "Зустріч", titleEn: "" })).toEqual({});
  });

  it("checks times, place, capacity, link and slug", () => {
    expect(errors({ ...valid, endsAt: "2030-01-20T15:00" })).toEqual({ endsAt: "endBeforeStart" });
    expect(errors({ ...valid, startsAt: "" })).toMatchObject({ startsAt: "required" });
    expect(errors({ ...valid, startsAt: "20.01.2030 15:00" })).toMatchObject({ startsAt: "invalidDate" });
    expect(errors({ ...valid, registrationOpensAt: "2030-01-10T10:00", registrationClosesAt: "2030-01-09T10:00" })).toEqual({ registrationClosesAt: "closesBeforeOpens" });
    expect(errors({ ...valid, registrationOpensAt: "2030-01-21T10:00" })).toEqual({ registrationOpensAt: "opensAfterStart" });
    expect(errors({ ...valid, format: "HYBRID", venueName: "" })).toEqual({ venueName: "venueRequired" });
    expect(errors({ ...valid, format: "ONLINE", venueName: "" })).toEqual({});
    expect(errors({ ...valid, format: "SOMEWHERE" })).toMatchObject({ format: "required" });
    for (const capacity of ["0", "-1", "1.5", "abc", "1000000"]) expect(errors({ ...valid, capacity })).toEqual({ capacity: "capacity" });
    expect(eventFormSchema.parse({ ...valid, capacity: " 25 " }).capacity).toBe(25);
    for (const url of ["http://zoom.us/j/1", "javascript:alert(1)", "https://localhost/x", "https://user:pw@meet.example.org"]) {
      expect(errors({ ...valid, format: "ONLINE", onlineMeetingUrl: url }), url).toHaveProperty("onlineMeetingUrl");
    }
    expect(errors({ ...valid, slug: "a--b" })).toEqual({ slug: "slugFormat" });
    expect(eventFormSchema.parse({ ...valid, slug: "Spotkanie-2030" }).slug).toBe("spotkanie-2030");
    expect(errors({ ...valid, voivodeshipCode: "PL-XX", meetingLanguage: "xx", offerId: "1" })).toEqual({ voivodeshipCode: "invalidChoice", meetingLanguage: "invalidChoice", offerId: "invalidChoice" });
    expect(errors({ ...valid, titlePl: "<script>alert(1)</script>" })).toEqual({ titlePl: "noMarkup" });
  });

  it("drops the online link of an on-site meeting, so it can never leak into a mail", () => {
    expect(eventColumns(eventFormSchema.parse({ ...valid, onlineMeetingUrl: "https://meet.example.org/x" })).onlineMeetingUrl).toBeNull();
    expect(eventColumns(eventFormSchema.parse({ ...valid, format: "HYBRID", onlineMeetingUrl: "https://meet.example.org/x" })).onlineMeetingUrl).toBe("https://meet.example.org/x");
  });

  it("a stored event round-trips through the form values", () => {
    const columns = eventColumns(eventFormSchema.parse({ ...valid, capacity: "40", interpretationOffered: "on", registrationClosesAt: "2030-01-19T12:00" }));
    const values = eventFormValuesOf({ ...columns, slug: "spotkanie" });
    expect(values).toMatchObject({ startsAt: "2030-01-20T15:00", capacity: "40", interpretationOffered: "on", registrationClosesAt: "2030-01-19T12:00", titleUk: "" });
    expect(eventColumns(eventFormSchema.parse(values))).toEqual(columns);
  });
});

describe("messages and cancelling", () => {
  it("an audience needs at least one known status", () => {
    expect(messageAudienceSchema.parse({ statuses: ["WAITLISTED", "CONFIRMED"], interpretationOnly: "on" })).toEqual({ statuses: ["CONFIRMED", "WAITLISTED"], interpretationOnly: true });
    expect(messageAudienceSchema.parse({ statuses: "ATTENDED" }).statuses).toEqual(["ATTENDED"]);
    expect(messageAudienceSchema.safeParse({ statuses: [] }).error?.issues[0]?.message).toBe("chooseStatus");
    expect(messageAudienceSchema.safeParse({ statuses: ["REJECTED"] }).error?.issues[0]?.message).toBe("invalidChoice");
  });

  it("a message needs its Polish subject and text; a translation needs both parts", () => {
    const base = { statuses: ["CONFIRMED"], subjectPl: "Temat", bodyPl: "Treść\n\nDrugi akapit" };
    expect(eventMessageSchema.safeParse(base).success).toBe(true);
    const r = eventMessageSchema.safeParse({ ...base, subjectPl: "", subjectUk: "Тема", bodyEn: "Text" });
    expect(fieldErrorsOf<string>(r.error!)).toEqual({ subjectPl: "required", bodyUk: "translationIncomplete", subjectEn: "translationIncomplete" });
    expect(fieldErrorsOf<string>(eventMessageSchema.safeParse({ ...base, bodyPl: "<a href=x>kliknij</a>" }).error!)).toEqual({ bodyPl: "noMarkup" });
  });

  it("cancelling needs the confirmation", () => {
    expect(cancelEventSchema.safeParse({ message: "x" }).error?.issues[0]?.message).toBe("confirmCancel");
    expect(cancelEventSchema.parse({ confirm: "on" })).toEqual({ confirm: true, message: "" });
  });
});
