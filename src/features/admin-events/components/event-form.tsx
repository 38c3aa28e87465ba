"use client";

import "@/lib/zod-config";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { useForm, type FieldErrors as RhfErrors, type Resolver } from "react-hook-form";
import type * as z from "zod/mini";
import { Checkbox, ErrorSummary, Field, inputClass, RadioGroup } from "@/components/ui/form-fields";
import { EVENT_FIELDS, EVENT_FORMATS, eventFormSchema, MEETING_LANGUAGES, type EventField, type EventFormValues } from "../schema";

// The event form (new event and edit): a plain <form> with useActionState that works without JavaScript, enhanced by
// react-hook-form with the same zod schema as the server action (instant validation, focus on the error summary).
// The three languages of each text sit side by side (stacked on phones); times are typed on Warsaw's clock.

export type EventFormState = {
  status: "idle" | "error";
  fieldErrors?: Partial<Record<EventField, string>>;
  formError?: string;
  /** places already held, for the capacity error */
  placesTaken?: number;
  values?: EventFormValues;
};

type Props = {
  action: (state: EventFormState, formData: FormData) => Promise<EventFormState>;
  initial: EventFormValues;
  offers: Array<{ id: string; title: string }>;
  voivodeships: Array<{ code: string; name: string }>;
  canBeCoalitionWide: boolean;
  submitLabel: string;
};

type Values = Record<string, unknown>;
const LANGS = [
  { suffix: "Pl", lang: "pl" },
  { suffix: "Uk", lang: "uk" },
  { suffix: "En", lang: "en" },
] as const;

function toDefaults(values: EventFormValues): Values {
  const out: Values = {};
  for (const field of EVENT_FIELDS) out[field] = field === "interpretationOffered" ? values[field] === "on" : (values[field] ?? "");
  return out;
}

export function EventForm({ action, initial, offers, voivodeships, canBeCoalitionWide, submitLabel }: Props) {
  const t = useTranslations("AdminEvents.form");
  const tv = useTranslations("Validation");
  const tl = useTranslations("Languages");
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as EventFormState);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [showSummary, setShowSummary] = useState(false);

  const serverErrors = useMemo(
    () => Object.fromEntries(Object.entries(state.fieldErrors ?? {}).map(([field, message]) => [field, { type: "server", message }])) as RhfErrors<Values>,
    [state],
  );
  const defaults = toDefaults(state.values ?? initial);
  const form = useForm<Values>({
    resolver: zodResolver(eventFormSchema as unknown as z.ZodMiniType<Values, Values>) as Resolver<Values>,
    defaultValues: defaults,
    errors: serverErrors,
    mode: "onTouched",
    shouldFocusError: false,
  });
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;

  useEffect(() => {
    if (state.status === "error") {
      setShowSummary(true);
      summaryRef.current?.focus();
    }
  }, [state]);

  const message = (field: EventField) => {
    const key = errors[field]?.message;
    if (!key) return undefined;
    if (key === "capacityBelowTaken") return t("validation.capacityBelowTaken", { count: state.placesTaken ?? 0 });
    if (t.has(`validation.${key}` as "validation.invalidDate")) return t(`validation.${key}` as "validation.invalidDate");
    return tv.has(key as "required") ? tv(key as "required") : tv("invalid");
  };
  const label = (field: EventField) => t(`fields.${field}`);
  const summary = EVENT_FIELDS.filter((f) => errors[f]?.message).map((f) => ({ field: f, label: label(f), message: message(f)! }));
  const requiredLabel = t("required");

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    void form.handleSubmit(
      () => startTransition(() => formAction(new FormData(formElement))),
      () => {
        setShowSummary(true);
        requestAnimationFrame(() => summaryRef.current?.focus());
      },
    )(event);
  }

  const input = (field: EventField, o: { type?: string; required?: boolean; hint?: string; inputMode?: "url" | "numeric"; lang?: string } = {}) => (
    <Field id={field} label={label(field)} hint={o.hint} error={message(field)} required={o.required} requiredLabel={requiredLabel}>
      {(describedBy, invalid) => (
        <input
          id={field}
          type={o.type ?? "text"}
          inputMode={o.inputMode}
          lang={o.lang}
          autoComplete="off"
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          aria-required={o.required || undefined}
          className={inputClass}
          defaultValue={defaults[field] as string}
          {...form.register(field)}
        />
      )}
    </Field>
  );

  const textarea = (field: EventField, rows: number, o: { required?: boolean; lang?: string } = {}) => (
    <Field id={field} label={label(field)} error={message(field)} required={o.required} requiredLabel={requiredLabel}>
      {(describedBy, invalid) => (
        <textarea
          id={field}
          rows={rows}
          lang={o.lang}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          aria-required={o.required || undefined}
          className={inputClass}
          defaultValue={defaults[field] as string}
          {...form.register(field)}
        />
      )}
    </Field>
  );

  const select = (field: EventField, choices: Array<{ value: string; label: string }>, o: { required?: boolean; hint?: string; empty?: string } = {}) => (
    <Field id={field} label={label(field)} hint={o.hint} error={message(field)} required={o.required} requiredLabel={requiredLabel}>
      {(describedBy, invalid) => (
        <select
          id={field}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          aria-required={o.required || undefined}
          className={inputClass}
          defaultValue={defaults[field] as string}
          {...form.register(field)}
        >
          {o.empty !== undefined ? <option value="">{o.empty}</option> : null}
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  const formError = state.formError && state.formError !== "capacityBelowTaken" ? t(`formErrors.${state.formError}` as "formErrors.notAllowed") : null;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-8">
      {(showSummary || state.status === "error") && (summary.length > 0 || formError) ? (
        <ErrorSummary summaryRef={summaryRef} title={formError && summary.length === 0 ? formError : t("errorSummaryTitle", { count: summary.length })} errors={summary} />
      ) : null}

      <p>{t("requiredNote")}</p>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.texts")}</legend>
        <p className="text-sm text-slate-700">{t("textsHint")}</p>
        <div className="grid gap-4 lg:grid-cols-3">
          {LANGS.map(({ suffix, lang }) => input(`title${suffix}`, { required: suffix === "Pl", lang }))}
        </div>
        <div className="grid gap-4 lg:grid-cols-3">
          {LANGS.map(({ suffix, lang }) => textarea(`summary${suffix}`, 3, { required: suffix === "Pl", lang }))}
        </div>
        <div className="grid gap-4 lg:grid-cols-3">
          {LANGS.map(({ suffix, lang }) => textarea(`body${suffix}`, 10, { required: suffix === "Pl", lang }))}
        </div>
        {input("slug", { hint: t("hints.slug") })}
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.when")}</legend>
        <p className="text-sm text-slate-700">{t("warsawTimeHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {input("startsAt", { type: "datetime-local", required: true })}
          {input("endsAt", { type: "datetime-local", required: true })}
          {input("registrationOpensAt", { type: "datetime-local", hint: t("hints.registrationOpensAt") })}
          {input("registrationClosesAt", { type: "datetime-local", hint: t("hints.registrationClosesAt") })}
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.where")}</legend>
        <RadioGroup
          name="format"
          legend={`${label("format")} (${requiredLabel})`}
          error={message("format")}
          choices={EVENT_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
          inputProps={(value) => ({ ...form.register("format"), defaultChecked: defaults.format === value })}
        />
        {input("venueName", { hint: t("hints.venueName") })}
        {textarea("venueAddress", 2)}
        {input("onlineMeetingUrl", { type: "url", inputMode: "url", hint: t("hints.onlineMeetingUrl") })}
        {select(
          "voivodeshipCode",
          voivodeships.map((v) => ({ value: v.code, label: v.name })),
          canBeCoalitionWide ? { empty: t("coalitionWide"), hint: t("hints.voivodeshipAdmin") } : { required: true, hint: t("hints.voivodeship"), empty: t("choose") },
        )}
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.participation")}</legend>
        {input("capacity", { inputMode: "numeric", hint: t("hints.capacity") })}
        {select(
          "meetingLanguage",
          MEETING_LANGUAGES.map((code) => ({ value: code, label: tl(code) })),
          { required: true },
        )}
        <Checkbox
          id="interpretationOffered"
          label={label("interpretationOffered")}
          hint={t("hints.interpretationOffered")}
          error={message("interpretationOffered")}
          inputProps={{ ...form.register("interpretationOffered"), value: "on", defaultChecked: defaults.interpretationOffered === true }}
        />
        {select(
          "offerId",
          offers.map((o) => ({ value: o.id, label: o.title })),
          { empty: t("noOffer") },
        )}
      </fieldset>

      <div>
        <button type="submit" className="button w-full sm:w-auto" disabled={pending} aria-disabled={pending}>
          {pending ? t("saving") : submitLabel}
        </button>
      </div>
    </form>
  );
}
