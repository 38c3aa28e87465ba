// Whether an event takes sign-ups right now. Shown on the event page and enforced by the registration action.

export type RegistrationState = "cancelled" | "past" | "notYetOpen" | "closed" | "open" | "waitlist";

export type RegistrationWindow = {
  status: "DRAFT" | "PUBLISHED" | "CANCELLED";
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
};

export function registrationState(event: RegistrationWindow, takenPlaces: number, now = new Date()): RegistrationState {
  if (event.status === "CANCELLED") return "cancelled";
  if (event.endsAt <= now) return "past";
  if (event.registrationOpensAt && now < event.registrationOpensAt) return "notYetOpen";
  const closesAt = event.registrationClosesAt ?? event.startsAt;
  if (now >= closesAt) return "closed";
  if (event.capacity !== null && takenPlaces >= event.capacity) return "waitlist";
  return "open";
}

export function placesLeft(capacity: number | null, takenPlaces: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - takenPlaces);
}
