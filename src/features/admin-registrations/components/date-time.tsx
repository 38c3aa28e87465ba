import { formatShortDate, formatTime } from "@/lib/dates";

/** An instant as a short date and time on Warsaw's clock, e.g. "5 mar 2026, 14:07". */
export function formatWhen(value: Date, locale: string) {
  return `${formatShortDate(value, locale)}, ${formatTime(value, locale)}`;
}

export function DateTime({ value, locale }: { value: Date; locale: string }) {
  return <time dateTime={value.toISOString()}>{formatWhen(value, locale)}</time>;
}
