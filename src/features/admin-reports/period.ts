import { fromWarsawLocal } from "@/lib/warsaw-time";

// A report's period is given in Warsaw calendar days; events are stored with UTC instants.

/** The instant of 00:00 in Warsaw on `day` (YYYY-MM-DD). Poland changes its clocks at 02:00/03:00, never at midnight. */
export function warsawMidnight(day: string): Date {
  const instant = fromWarsawLocal(`${day}T00:00`);
  if (!instant) throw new Error(`not a calendar day: ${day}`);
  return instant;
}

/** The instants [start, end) of Warsaw days `from` to `to`, both included; an open end stays undefined. */
export function periodRange(from?: string, to?: string): { gte?: Date; lt?: Date } {
  const next = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 3600_000).toISOString().slice(0, 10);
  return { gte: from ? warsawMidnight(from) : undefined, lt: to ? warsawMidnight(next(to)) : undefined };
}
