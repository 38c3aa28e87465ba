// Every instant is stored in UTC and shown in the coalition's time zone, whatever the reader's machine says.
export const TIME_ZONE = "Europe/Warsaw";

// British English: day-month order, as the rest of the audience reads dates in Europe.
const intlLocale = (locale: string) => (locale === "en" ? "en-GB" : locale);

const STYLES = {
  date: { dateStyle: "full" },
  shortDate: { day: "numeric", month: "short", year: "numeric" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Building an Intl.DateTimeFormat costs far more than formatting with it (a long sign-up list or thousands of
// cancellation mails format the same few ways), so each locale × style is built once.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, style: keyof typeof STYLES) {
  const key = `${locale}|${style}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...STYLES[style] });
    formatters.set(key, format);
  }
  return format;
}

export function formatDate(instant: Date, locale: string) {
  return formatter(intlLocale(locale), "date").format(instant);
}

export function formatShortDate(instant: Date, locale: string) {
  return formatter(intlLocale(locale), "shortDate").format(instant);
}

export function formatTime(instant: Date, locale: string) {
  return formatter(intlLocale(locale), "time").format(instant);
}

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** Calendar day of an instant in Warsaw, as YYYY-MM-DD */
export function warsawDay(instant: Date) {
  return dayFormat.format(instant);
}

export function formatDateTime(instant: Date, locale: string) {
  return `${formatDate(instant, locale)}, ${formatTime(instant, locale)}`;
}

/** "15 June 2021, 15:00–17:00" or across days "15 June 2021, 15:00 – 16 June 2021, 11:00" (Warsaw time) */
export function formatEventRange(start: Date, end: Date, locale: string) {
  if (warsawDay(start) === warsawDay(end)) {
    return `${formatDate(start, locale)}, ${formatTime(start, locale)}–${formatTime(end, locale)}`;
  }
  return `${formatDateTime(start, locale)} – ${formatDateTime(end, locale)}`;
}
