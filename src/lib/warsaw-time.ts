import { TIME_ZONE } from "./dates";

// Coordinators type meeting times on Warsaw's clock (an <input type="datetime-local"> value, "2026-12-10T18:00");
// the database stores the instant in UTC. These two functions convert between them, whatever the machine's zone.

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** An instant as the datetime-local value of Warsaw's clock at that moment, e.g. "2026-12-10T18:00". */
export function toWarsawLocal(instant: Date): string {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/**
 * The instant at which Warsaw's clock shows `value` ("YYYY-MM-DDTHH:mm"), or null when the value is malformed or
 * that time does not exist (the hour skipped when clocks go forward). Of the hour that happens twice when clocks go
 * back, the first one.
 */
export function fromWarsawLocal(value: string): Date | null {
  const m = LOCAL.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(wall) || new Date(wall).toISOString().slice(0, 16) !== value) return null;
  // Warsaw is UTC+1 or UTC+2: try the earlier instant first so an ambiguous time gives the first occurrence.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(wall - offsetHours * 3600_000);
    if (toWarsawLocal(candidate) === value) return candidate;
  }
  return null;
}
