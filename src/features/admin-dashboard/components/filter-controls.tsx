import type { Locale } from "@/i18n/routing";
import { formatShortDate } from "@/lib/dates";
import { localized } from "@/lib/localized";
import type { EventOption } from "../data";

// The event and voivodeship choices of the dashboard's and the report pack's GET forms (they work without JavaScript).

export const controlClass = "min-h-11 w-full max-w-full rounded-md border border-slate-500 bg-white px-3 py-2";

type Voivodeship = { code: string; namePl: string; nameUk: string; nameEn: string };

export function EventSelect(props: { id: string; label: string; allLabel: string; value?: string; events: EventOption[]; locale: Locale; hintId?: string }) {
  const { id, label, allLabel, value, events, locale, hintId } = props;
  return (
    <>
      <label htmlFor={id} className="font-semibold">{label}</label>
      <select id={id} name="event" defaultValue={value ?? ""} className={controlClass} aria-describedby={hintId}>
        <option value="">{allLabel}</option>
        {events.map((e) => (
          <option key={e.id} value={e.id}>
            {localized(e, "title", locale)} ({formatShortDate(e.startsAt, locale)})
          </option>
        ))}
      </select>
    </>
  );
}

export function VoivodeshipSelect(props: { id: string; label: string; allLabel: string; value?: string; voivodeships: Voivodeship[]; locale: Locale }) {
  const { id, label, allLabel, value, voivodeships, locale } = props;
  return (
    <>
      <label htmlFor={id} className="font-semibold">{label}</label>
      <select id={id} name="voivodeship" defaultValue={value ?? ""} className={controlClass}>
        <option value="">{allLabel}</option>
        {voivodeships.map((v) => (
          <option key={v.code} value={v.code}>
            {localized(v, "name", locale)}
          </option>
        ))}
      </select>
    </>
  );
}
