"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { useForm, type FieldErrors as RhfErrors } from "react-hook-form";
import { Checkbox, ErrorSummary, Field, inputClass, RadioGroup } from "@/components/ui/form-fields";
import type { Locale } from "@/i18n/routing";
import { useFocusAfterRender } from "@/components/ui/use-focus-after-render";
import { lazyZodResolver } from "@/lib/lazy-resolver";
import {
  DESCRIPTION_FIELDS,
  JOIN_CHECKBOXES,
  JOIN_FIELDS,
  organisationTypes,
  POSTED_FIELDS,
  WORKING_LANGUAGES,
  type JoinField,
  type JoinValues,
} from "../fields";

// The "add your organisation or group" form, as the sign-up form: a plain <form> with useActionState that works
// without JavaScript, enhanced by react-hook-form with the same zod schema (instant validation, focus on the error
// summary). Three uses: a new submission, the organisation's corrections through its personal link, and a
// coordinator's edit (no anti-spam fields, no consents: those stay the organisation's own).

/** What the server action returns to the form (message keys, translated here). */
export type JoinFormState = {
  status: "idle" | "error" | "done";
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: JoinValues;
  /** The anti-spam token the form was first shown with, kept when it comes back with errors. */
  formToken?: string;
};

type Props = {
  mode: "create" | "resubmit" | "coordinator";
  action: (state: JoinFormState, formData: FormData) => Promise<JoinFormState>;
  initial?: JoinValues;
  formToken?: string;
  locale: Locale;
  voivodeships: Array<{ code: string; name: string }>;
  privacyHref: string;
  policyVersion: string;
};

type Values = Record<string, unknown>;

// zod and the schema arrive with the form's first focus or validation, not with the page (docs/decisions/017).
const validation = lazyZodResolver<Values>(() => import("../join-schema").then((m) => m.organisationJoinSchema));

function toDefaults(values: JoinValues): Values {
  const out: Values = {};
  for (const field of POSTED_FIELDS) {
    const value = values[field];
    if (JOIN_CHECKBOXES.has(field)) out[field] = value === "on";
    else if (field === "languages") out[field] = Array.isArray(value) ? value : value ? [value] : [];
    else out[field] = typeof value === "string" ? value : "";
  }
  return out;
}

const descriptionLocale = { descriptionPl: "pl", descriptionUk: "uk", descriptionEn: "en" } as const;

export function JoinForm({ mode, action, initial = {}, formToken, locale, voivodeships, privacyHref, policyVersion }: Props) {
  const t = useTranslations("OrganisationJoin");
  const tv = useTranslations("Validation");
  const tl = useTranslations("Languages");
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as JoinFormState);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [showSummary, setShowSummary] = useState(false);

  // A new object only when the server answered: react-hook-form replaces its errors whenever this prop changes.
  const serverErrors = useMemo(
    () => Object.fromEntries(Object.entries(state.fieldErrors ?? {}).map(([field, message]) => [field, { type: "server", message }])) as RhfErrors<Values>,
    [state],
  );
  // Rendered into the HTML as well (defaultValue/defaultChecked): without JavaScript the browser shows them as they are.
  const defaults = toDefaults(state.values ?? initial);
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

  const message = (field: JoinField) => {
    const key = errors[field]?.message;
    if (!key) return undefined;
    if (t.has(`validation.${key}` as "validation.descriptionRequired")) return t(`validation.${key}` as "validation.descriptionRequired");
    return tv.has(key as "required") ? tv(key as "required") : tv("invalid");
  };
  const label = (field: JoinField) => t(`fields.${field}`);
  // The reader's own language first: most people describe their group in it.
  const descriptions = [...DESCRIPTION_FIELDS].sort((a, b) => Number(descriptionLocale[b] === locale) - Number(descriptionLocale[a] === locale));
  const summary = JOIN_FIELDS.filter((f) => errors[f]?.message).map((f) => ({
    field: f === "description" ? descriptions[0]! : f,
    label: label(f),
    message: message(f)!,
  }));

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

  const requiredLabel = t("required");
  const text = (field: JoinField, o: { type?: string; autoComplete?: string; required?: boolean; hint?: string; inputMode?: "url" | "email" | "tel" } = {}) => (
    <Field id={field} label={label(field)} hint={o.hint} error={message(field)} required={o.required} requiredLabel={requiredLabel}>
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
  );

  const descriptionError = message("description");
  const current = (field: string) => defaults[field];

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={validation.preload} noValidate className="flex flex-col gap-8">
      {(showSummary || state.status === "error") && (summary.length > 0 || state.formError) ? (
        <ErrorSummary
          summaryRef={summaryRef}
          title={state.formError && summary.length === 0 ? t(`formErrors.${state.formError}` as "formErrors.unavailable") : t("errorSummaryTitle", { count: summary.length })}
          errors={summary}
        />
      ) : null}

      <p>{t("requiredNote")}</p>

      {mode === "create" ? (
        <>
          {/* Anti-spam: people never see or fill this; a bot that does is discarded. */}
          <div className="hidden" aria-hidden="true">
            <label htmlFor="website">{t("honeypot")}</label>
            <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
          </div>
          {formToken ? <input type="hidden" name="formToken" value={state.formToken ?? formToken} /> : null}
        </>
      ) : null}

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.organisation")}</legend>
        {text("name", { autoComplete: "organization", required: true, hint: t("hints.name") })}
        <RadioGroup
          name="type"
          legend={`${label("type")} (${requiredLabel})`}
          error={message("type")}
          choices={organisationTypes.map((type) => ({ value: type, label: t(`types.${type}`) }))}
          inputProps={(value) => ({ ...form.register("type"), defaultChecked: current("type") === value })}
        />
        {text("communities", { hint: t("hints.communities") })}
        <RadioGroup
          name="languages"
          type="checkbox"
          legend={label("languages")}
          hint={t("hints.languages")}
          error={message("languages")}
          choices={WORKING_LANGUAGES.map((code) => ({ value: code, label: tl(code) }))}
          inputProps={(value) => ({ ...form.register("languages"), defaultChecked: (current("languages") as string[]).includes(value) })}
        />
        {text("languagesOther", { hint: t("hints.languagesOther") })}
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.place")}</legend>
        <Field id="voivodeshipCode" label={label("voivodeshipCode")} error={message("voivodeshipCode")} required requiredLabel={requiredLabel}>
          {(describedBy, invalid) => (
            <select id="voivodeshipCode" aria-describedby={describedBy} aria-invalid={invalid || undefined} aria-required className={inputClass} defaultValue={current("voivodeshipCode") as string} {...form.register("voivodeshipCode")}>
              <option value="">{t("choose")}</option>
              {voivodeships.map((v) => (
                <option key={v.code} value={v.code}>
                  {v.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text("city", { autoComplete: "address-level2", required: true })}
      </fieldset>

      <fieldset className="flex flex-col gap-4" aria-describedby={["description-hint", descriptionError ? "description-error" : null].filter(Boolean).join(" ")}>
        <legend className="mb-2 text-xl font-bold">{label("description")}</legend>
        <p id="description-hint" className="text-sm text-slate-700">
          {t("hints.description")}
        </p>
        {descriptionError ? (
          <p id="description-error" className="text-sm font-semibold text-red-800">
            {descriptionError}
          </p>
        ) : null}
        {descriptions.map((field) => (
          <Field key={field} id={field} label={label(field)} error={message(field)}>
            {(describedBy, invalid) => (
              <textarea
                id={field}
                rows={5}
                lang={descriptionLocale[field]}
                aria-describedby={[descriptionError ? "description-error" : null, describedBy].filter(Boolean).join(" ") || undefined}
                aria-invalid={invalid || Boolean(descriptionError) || undefined}
                className={inputClass}
                defaultValue={current(field) as string}
                {...form.register(field)}
              />
            )}
          </Field>
        ))}
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.publicContact")}</legend>
        <p className="rounded-md bg-brand-50 p-3">{t("publicContactIntro")}</p>
        {text("websiteUrl", { type: "url", autoComplete: "url", inputMode: "url", hint: t("hints.websiteUrl") })}
        {text("publicEmail", { type: "email", autoComplete: "email", hint: t("hints.publicEmail") })}
        {text("publicPhone", { type: "tel", autoComplete: "tel", hint: t("hints.phone") })}
        {mode === "coordinator" ? (
          <>
            <input type="hidden" value={current("publishContact") ? "on" : ""} {...form.register("publishContact")} />
            <p>{current("publishContact") ? t("publishGiven") : t("publishNotGiven")}</p>
          </>
        ) : (
          <Checkbox
            id="publishContact"
            label={label("publishContact")}
            error={message("publishContact")}
            inputProps={{ ...form.register("publishContact"), value: "on", defaultChecked: current("publishContact") === true }}
          />
        )}
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.contactPerson")}</legend>
        <p className="rounded-md bg-brand-50 p-3">{t("contactPersonIntro")}</p>
        {text("contactPersonName", { autoComplete: mode === "coordinator" ? "off" : "name", required: true })}
        {text("contactPersonEmail", { type: "email", autoComplete: mode === "coordinator" ? "off" : "email", required: true, hint: mode === "create" ? t("hints.contactPersonEmail") : undefined })}
        {text("contactPersonPhone", { type: "tel", autoComplete: mode === "coordinator" ? "off" : "tel", hint: t("hints.phone") })}
      </fieldset>

      {mode === "create" ? (
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-xl font-bold">{t("sections.consents")}</legend>
          <div className="rounded-md border border-slate-300 bg-slate-50 p-4 text-sm">
            <p className="mb-2 font-semibold">{t("rodoTitle")}</p>
            <p className="mb-2">{t("rodoShort")}</p>
            <p>
              <a href={privacyHref}>{t("rodoLink")}</a> ({t("policyVersion")} {policyVersion})
            </p>
          </div>
          <Checkbox
            id="consentProcessing"
            label={label("consentProcessing")}
            error={message("consentProcessing")}
            inputProps={{ ...form.register("consentProcessing"), value: "on", defaultChecked: current("consentProcessing") === true }}
          />
        </fieldset>
      ) : (
        <input type="hidden" value="on" {...form.register("consentProcessing")} />
      )}

      <div>
        <button type="submit" className="button w-full sm:w-auto" disabled={pending} aria-disabled={pending}>
          {pending ? t("sending") : t(`submit.${mode}`)}
        </button>
      </div>
    </form>
  );
}
