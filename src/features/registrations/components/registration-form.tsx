"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { useForm, type FieldErrors as RhfErrors } from "react-hook-form";
import { Checkbox, ErrorSummary, Field, inputClass, RadioGroup } from "@/components/ui/form-fields";
import { useFocusAfterRender } from "@/components/ui/use-focus-after-render";
import { lazyZodResolver } from "@/lib/lazy-resolver";
import { CONTACT_LANGUAGES, GROUP_TYPES, HEARD_FROM, INTERPRETATION_LANGUAGES, REGISTRATION_FIELDS, type RegistrationField } from "../fields";
import type { RegistrationData, RegistrationInput } from "../schema";

/** What the server action returns to the form (message keys, translated here). */
export type RegistrationFormState = {
  status: "idle" | "error" | "done";
  fieldErrors?: Partial<Record<string, string>>;
  formError?: string;
  values?: Record<string, string>;
  message?: string;
  /** The anti-spam token the form was first shown with, kept when it comes back with errors (tokens.ts). */
  formToken?: string;
};

type Props = {
  mode: "create" | "edit";
  action: (state: RegistrationFormState, formData: FormData) => Promise<RegistrationFormState>;
  /** Current answers (edit) or nothing (create), as form strings; checkboxes are "on". */
  initial?: Record<string, string>;
  formToken?: string;
  organisations: Array<{ id: string; name: string }>;
  voivodeships: Array<{ code: string; name: string }>;
  privacyHref: string;
  policyVersion: string;
};

// zod and the schema arrive with the form's first focus or validation, not with the page (docs/decisions/017).
const validation = lazyZodResolver<RegistrationInput, RegistrationData>(() => import("../schema").then((m) => m.registrationSchema));

const checkboxes = new Set(["interpretationNeeded", "consentProcessing", "consentSensitive", "consentNewsletter", "consentImage"]);

function toDefaults(values: Record<string, string>): RegistrationInput {
  const out: Record<string, unknown> = { organisationMode: "none", contactLanguage: "pl" };
  for (const field of REGISTRATION_FIELDS) {
    if (checkboxes.has(field)) out[field] = values[field] === "on";
    else if (values[field] !== undefined) out[field] = values[field];
    else if (!(field in out)) out[field] = "";
  }
  return out as RegistrationInput;
}

export function RegistrationForm({ mode, action, initial = {}, formToken, organisations, voivodeships, privacyHref, policyVersion }: Props) {
  const t = useTranslations("RegistrationForm");
  const tv = useTranslations("Validation");
  const tl = useTranslations("Languages");
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as RegistrationFormState);
  const values = state.values ?? initial;
  const summaryRef = useRef<HTMLDivElement>(null);

  // A new object only when the server answered: react-hook-form replaces its errors whenever this prop changes.
  const serverErrors = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(state.fieldErrors ?? {}).map(([field, message]) => [field, { type: "server", message }]),
      ) as RhfErrors<RegistrationInput>,
    [state],
  );
  // Rendered into the HTML as well (defaultValue/defaultChecked): without JavaScript the browser shows them as they are.
  const defaults = toDefaults(values) as Record<string, unknown>;
  const form = useForm<RegistrationInput, unknown, RegistrationData>({
    resolver: validation.resolver,
    defaultValues: toDefaults(values),
    errors: serverErrors,
    mode: "onTouched",
    shouldFocusError: false,
  });
  const errors = form.formState.errors as Partial<Record<RegistrationField, { message?: string }>>;
  const [showSummary, setShowSummary] = useState(false);

  const focusSummary = useFocusAfterRender(summaryRef);

  // Focus moves to the summary whenever a submission comes back with errors.
  useEffect(() => {
    if (state.status === "error") {
      setShowSummary(true);
      summaryRef.current?.focus();
    }
  }, [state]);

  // Follow-up questions (which organisation, which language…) are shown by CSS from the answers they follow
  // (globals.css, "follow-up questions"): the same before and after hydration, so hydrating changes nothing on the
  // screen, and they work even if this script never arrives. Without JavaScript every question is shown, with a hint
  // saying when it applies. The server ignores answers to questions that do not apply.
  const followUp = (show: string, node: React.ReactNode) => <div className={show}>{node}</div>;
  const whenHint = (text: string) => <span className="no-script-hint">{text}</span>;
  const message = (field: RegistrationField) => {
    const key = errors[field]?.message;
    return key ? (tv.has(key as "required") ? tv(key as "required") : tv("invalid")) : undefined;
  };
  const label = (field: RegistrationField) => t(`fields.${field}`);
  const summary = REGISTRATION_FIELDS.filter((f) => errors[f]?.message).map((f) => ({ field: f, label: label(f), message: message(f)! }));

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

  const text = (field: RegistrationField, options: { type?: string; autoComplete?: string; required?: boolean; hint?: React.ReactNode; readOnly?: boolean; placeholder?: string } = {}) => (
    <Field id={field} label={label(field)} hint={options.hint} error={message(field)} required={options.required} requiredLabel={t("required")}>
      {(describedBy, invalid) => (
        <input
          id={field}
          type={options.type ?? "text"}
          autoComplete={options.autoComplete}
          readOnly={options.readOnly}
          placeholder={options.placeholder}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          aria-required={options.required || undefined}
          className={`${inputClass} ${options.readOnly ? "bg-slate-100" : ""}`}
          defaultValue={defaults[field] as string}
          {...form.register(field)}
        />
      )}
    </Field>
  );

  const select = (field: RegistrationField, choices: Array<{ value: string; label: string }>, options: { required?: boolean; hint?: React.ReactNode } = {}) => (
    <Field id={field} label={label(field)} hint={options.hint} error={message(field)} required={options.required} requiredLabel={t("required")}>
      {(describedBy, invalid) => (
        <select id={field} aria-describedby={describedBy} aria-invalid={invalid || undefined} aria-required={options.required || undefined} className={inputClass} defaultValue={defaults[field] as string} {...form.register(field)}>
          <option value="">{t("choose")}</option>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  // " ": an empty answer shows its (blank) placeholder, which the CSS for the sensitive-data consent looks for
  const textarea = (field: RegistrationField, hint?: string) => (
    <Field id={field} label={label(field)} hint={hint} error={message(field)}>
      {(describedBy, invalid) => (
        <textarea id={field} rows={4} placeholder=" " aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass} defaultValue={defaults[field] as string} {...form.register(field)} />
      )}
    </Field>
  );

  const checkbox = (field: RegistrationField, hint?: string, labelText?: React.ReactNode) => (
    <Checkbox id={field} label={labelText ?? label(field)} hint={hint} error={message(field)} inputProps={{ ...form.register(field), value: "on", defaultChecked: defaults[field] === true }} />
  );

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={validation.preload} noValidate className="flex flex-col gap-8">
      {(showSummary || state.status === "error") && (summary.length > 0 || state.formError) ? (
        <ErrorSummary
          summaryRef={summaryRef}
          title={state.formError && summary.length === 0 ? t(`formErrors.${state.formError}` as "formErrors.closed") : t("errorSummaryTitle", { count: summary.length })}
          errors={summary}
        />
      ) : null}

      <p>{t("requiredNote")}</p>

      {/* Anti-spam: people never see or fill this; a bot that does is discarded. */}
      <div className="hidden" aria-hidden="true">
        <label htmlFor="website">{t("honeypot")}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      {formToken ? <input type="hidden" name="formToken" value={state.formToken ?? formToken} /> : null}

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.aboutYou")}</legend>
        {text("fullName", { autoComplete: "name", required: true })}
        {text("email", { type: "email", autoComplete: "email", required: true, hint: mode === "edit" ? t("emailFixed") : t("emailHint"), readOnly: mode === "edit" })}
        {text("phone", { type: "tel", autoComplete: "tel", hint: t("phoneHint") })}
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.organisation")}</legend>
        <RadioGroup
          name="organisationMode"
          legend={label("organisationMode")}
          error={message("organisationMode")}
          choices={[
            { value: "none", label: t("organisationModes.none") },
            { value: "directory", label: t("organisationModes.directory") },
            { value: "other", label: t("organisationModes.other") },
          ]}
          inputProps={(value) => ({ ...form.register("organisationMode"), defaultChecked: defaults.organisationMode === value })}
        />
        {followUp("show-if-directory", select("organisationId", organisations.map((o) => ({ value: o.id, label: o.name })), { hint: whenHint(t("ifDirectory")) }))}
        {followUp("show-if-other-organisation", text("organisationName", { autoComplete: "organization", hint: whenHint(t("ifOther")) }))}
        {text("roleInOrganisation", { autoComplete: "organization-title", hint: t("roleHint") })}
        {select("groupType", GROUP_TYPES.map((g) => ({ value: g, label: t(`groupTypes.${g}`) })))}
        {select("voivodeshipCode", voivodeships.map((v) => ({ value: v.code, label: v.name })), { required: true })}
        {text("city", { autoComplete: "address-level2" })}
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.language")}</legend>
        {select("contactLanguage", CONTACT_LANGUAGES.map((l) => ({ value: l, label: t(`contactLanguages.${l}`) })), { required: true })}
        {followUp("show-if-other-language", text("contactLanguageOther", { hint: whenHint(t("ifOtherLanguage")) }))}
        <p className="rounded-md bg-brand-50 p-3">{t("interpretationIntro")}</p>
        {checkbox("interpretationNeeded")}
        {followUp("show-if-interpretation", select("interpretationLanguage", INTERPRETATION_LANGUAGES.map((l) => ({ value: l, label: tl(l) })), { hint: whenHint(t("ifInterpretation")) }))}
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.needs")}</legend>
        {text("community", { hint: t("communityHint"), placeholder: " " })}
        {textarea("accessibilityNeeds", t("accessibilityHint"))}
        {textarea("expectations", t("expectationsHint"))}
        {select("heardFrom", HEARD_FROM.map((h) => ({ value: h, label: t(`heardFromOptions.${h}`) })))}
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.consents")}</legend>
        <div className="rounded-md border border-slate-300 bg-slate-50 p-4 text-sm">
          <p className="mb-2 font-semibold">{t("rodoTitle")}</p>
          <p className="mb-2">{t("rodoShort")}</p>
          <p>
            <a href={privacyHref}>{t("rodoLink")}</a> ({t("policyVersion")} {policyVersion})
          </p>
        </div>
        {mode === "create" ? checkbox("consentProcessing") : <input type="hidden" value="on" {...form.register("consentProcessing")} />}
        {followUp("show-if-sensitive", checkbox("consentSensitive", t("consentSensitiveHint")))}
        {checkbox("consentNewsletter")}
        {checkbox("consentImage")}
      </fieldset>

      <div>
        <button type="submit" className="button w-full sm:w-auto" disabled={pending} aria-disabled={pending}>
          {pending ? t("sending") : mode === "create" ? t("submit") : t("save")}
        </button>
      </div>
    </form>
  );
}
