import { describe, expect, it } from "vitest";
import { placesLeft, registrationState, type RegistrationWindow } from "./registration-state";

const now = new Date("2026-12-01T12:00:00Z");
const event: RegistrationWindow = {
  status: "PUBLISHED",
  startsAt: new Date("2026-12-10T14:00:00Z"),
  endsAt: new Date("2026-12-10T16:00:00Z"),
  capacity: 20,
  registrationOpensAt: null,
  registrationClosesAt: null,
};

describe("registrationState", () => {
  it("is open with free places, waitlist when full", () => {
    expect(registrationState(event, 19, now)).toBe("open");
    expect(registrationState(event, 20, now)).toBe("waitlist");
    expect(registrationState({ ...event, capacity: null }, 10_000, now)).toBe("open");
  });

  it("respects the window: before opening, after closing, and closes at the start by default", () => {
    expect(registrationState({ ...event, registrationOpensAt: new Date("2026-12-02T00:00:00Z") }, 0, now)).toBe("notYetOpen");
    expect(registrationState({ ...event, registrationClosesAt: new Date("2026-12-01T11:59:59Z") }, 0, now)).toBe("closed");
    expect(registrationState(event, 0, new Date("2026-12-10T14:00:00Z"))).toBe("closed");
  });

  it("cancelled and past events take no sign-ups, whatever the window", () => {
    expect(registrationState({ ...event, status: "CANCELLED" }, 0, now)).toBe("cancelled");
    expect(registrationState(event, 0, new Date("2026-12-10T16:00:00Z"))).toBe("past");
  });
});

describe("placesLeft", () => {
  it("never goes below zero; null means no limit", () => {
    expect(placesLeft(20, 5)).toBe(15);
    expect(placesLeft(20, 25)).toBe(0);
    expect(placesLeft(null, 5)).toBeNull();
  });
});
