"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { useForm, type FieldErrors as RhfErrors } from "react-hook-form";
import { Checkbox, Field, inputClass, RadioGroup } from "@/components/ui/form-fields";
import { useFocusAfterRender } from "@/components/ui/use-focus-after-render";
import type { LazyResolver } from "@/lib/lazy-resolver";
import { CHECKBOX_FIELDS, MULTI_VALUE_FIELDS } from "../fields";

// The application and follow-up forms' common machinery, the same loop as the sign-up form
// (src/features/registrations/components/registration-form.tsx): a plain <form action> with useActionState that
// works without JavaScript, enhanced by react-hook-form with the same zod schema (instant validation, focus on the
// error summary). Error messages are message keys: "Apply.validation" first, then "Validation".

/** What the server action returns to the form (message keys, translated here). */
export type ApplicationFormState = {
  status: "idle" | "error" | "done";
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: Record<string, string | string[]>;
  /** The anti-spam token the form was first shown with, kept when it comes back with errors. */
  formToken?: string;
};

type Values = Record<string, unknown>;

function toDefaults(fields: readonly string[], values: Record<string, string | string[]>): Values {
  const out: Values = {};
  for (const field of fields) {
    const value = values[field];
    if (CHECKBOX_FIELDS.has(field)) out[field] = value === "on";
    else if (MULTI_VALUE_FIELDS.has(field)) out[field] = Array.isArray(value) ? value : value ? [value] : [];
    else out[field] = typeof value === "string" ? value : "";
  }
  return out;
}

export function useApplicationForm({
  validation,
  fields,
  action,
  initial,
  labelOf,
}: {
  /** made once per form kind, outside render, with lazyZodResolver (docs/decisions/017) */
  validation: LazyResolver<Values>;
  fields: readonly string[];
  action: (state: ApplicationFormState, formData: FormData) => Promise<ApplicationFormState>;
  initial: Record<string, string | string[]>;
  labelOf: (field: string) => string;
}) {
  const ta = useTranslations("Apply");
  const tv = useTranslations("Validation");
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ApplicationFormState);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Before hydration (and with JavaScript off) every field is shown; afterwards only those that apply.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [showSummary, setShowSummary] = useState(false);

  const serverErrors = useMemo(
    () => Object.fromEntries(Object.entries(state.fieldErrors ?? {}).map(([field, message]) => [field, { type: "server", message }])) as RhfErrors<Values>,
    [state],
  );
  // Rendered into the HTML as well (defaultValue/defaultChecked): without JavaScript the browser shows them as they are.
  const defaults = toDefaults(fields, state.values ?? initial);
  const form = useForm<Values>({
    resolver: validation.resolver,
    defaultValues: defaults,
    errors: serverErrors,
    mode: "onTouched",
    shouldFocusError: false,
  });
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;

  const focusSummary = useFocusAfterRender(summaryRef);

  useEffect(() => {
    if (state.status === "error") {
      setShowSummary(true);
      summaryRef.current?.focus();
    }
  }, [state]);

  const message = (field: string) => {
    const key = errors[field]?.message;
    if (!key) return undefined;
    if (ta.has(`validation.${key}` as "validation.amount")) return ta(`validation.${key}` as "validation.amount");
    return tv.has(key as "required") ? tv(key as "required") : tv("invalid");
  };
  const summary = fields.filter((f) => errors[f]?.message).map((f) => ({ field: f, label: labelOf(f), message: message(f)! }));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    void form.handleSubmit(
      () => startTransition(() => formAction(new FormData(formElement))),
      () => {
        setShowSummary(true);
        focusSummary();
      },
    )(event);
  }

  const requiredLabel = ta("required");
  const controls = {
    text: (field: string, o: { type?: string; autoComplete?: string; inputMode?: "numeric" | "tel" | "email"; required?: boolean; hint?: string } = {}) => (
      <Field id={field} label={labelOf(field)} hint={o.hint} error={message(field)} required={o.required} requiredLabel={requiredLabel}>
        {(describedBy, invalid) => (
          <input
            id={field}
            type={o.type ?? "text"}
            autoComplete={o.autoComplete}
            inputMode={o.inputMode}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            aria-required={o.required || undefined}
            className={inputClass}
            defaultValue={defaults[field] as string}
            {...form.register(field)}
          />
        )}
      </Field>
    ),
    textarea: (field: string, o: { required?: boolean; hint?: string } = {}) => (
      <Field id={field} label={labelOf(field)} hint={o.hint} error={message(field)} required={o.required} requiredLabel={requiredLabel}>
        {(describedBy, invalid) => (
          <textarea
            id={field}
            rows={5}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            aria-required={o.required || undefined}
            className={inputClass}
            defaultValue={defaults[field] as string}
            {...form.register(field)}
          />
        )}
      </Field>
    ),
    select: (field: string, choices: Array<{ value: string; label: string }>, o: { required?: boolean; hint?: string } = {}) => (
      <Field id={field} label={labelOf(field)} hint={o.hint} error={message(field)} required={o.required} requiredLabel={requiredLabel}>
        {(describedBy, invalid) => (
          <select id={field} aria-describedby={describedBy} aria-invalid={invalid || undefined} aria-required={o.required || undefined} className={inputClass} defaultValue={defaults[field] as string} {...form.register(field)}>
            <option value="">{ta("choose")}</option>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    ),
    checkbox: (field: string, o: { hint?: string } = {}) => (
      <Checkbox id={field} label={labelOf(field)} hint={o.hint} error={message(field)} inputProps={{ ...form.register(field), value: "on", defaultChecked: defaults[field] === true }} />
    ),
    /** radio buttons (one answer) or, for multi-value fields, checkboxes (several) */
    choices: (field: string, choices: Array<{ value: string; label: string }>, o: { hint?: string } = {}) => {
      const multi = MULTI_VALUE_FIELDS.has(field);
      const current = defaults[field];
      return (
        <RadioGroup
          name={field}
          type={multi ? "checkbox" : "radio"}
          legend={labelOf(field)}
          hint={o.hint}
          error={message(field)}
          choices={choices}
          inputProps={(value) => ({ ...form.register(field), defaultChecked: multi ? (current as string[]).includes(value) : current === value })}
        />
      );
    },
  };

  return { state, formAction, pending, form, summaryRef, showSummary, summary, hydrated, controls, onSubmit };
}

/** Anti-spam fields: people never see or fill the honeypot; the form token carries when the form was shown. */
export function AntiSpamFields({ formToken, honeypotLabel }: { formToken?: string; honeypotLabel: string }) {
  return (
    <>
      <div className="hidden" aria-hidden="true">
        <label htmlFor="website">{honeypotLabel}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      {formToken ? <input type="hidden" name="formToken" value={formToken} /> : null}
    </>
  );
}
