"use client";

import "@/lib/zod-config";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { useForm, type FieldErrors as RhfErrors, type Resolver } from "react-hook-form";
import type * as z from "zod/mini";
import { Checkbox, ErrorSummary, Field, inputClass, RadioGroup } from "@/components/ui/form-fields";
import { eventMessageSchema, MESSAGE_FIELDS, MESSAGE_STATUSES, type MessageField, type MessageFormValues } from "../schema";

// A message to an event's registrants. Two buttons post the same form: "count recipients" answers with the number
// (nothing is sent), "send" sends. Works without JavaScript; with it, react-hook-form checks the answers first.

export type MessageFormState = {
  status: "idle" | "error" | "preview";
  fieldErrors?: Partial<Record<MessageField, string>>;
  formError?: string;
  /** the recipients counted by "preview" */
  count?: number;
  values?: MessageFormValues;
};

type Props = {
  action: (state: MessageFormState, formData: FormData) => Promise<MessageFormState>;
  /** sign-ups per status, shown next to each choice */
  counts: Record<(typeof MESSAGE_STATUSES)[number], number>;
  interpretationCount: number;
};

type Values = Record<string, unknown>;
const LANGS = [
  { suffix: "Pl", lang: "pl" },
  { suffix: "Uk", lang: "uk" },
  { suffix: "En", lang: "en" },
] as const;

export function MessageForm({ action, counts, interpretationCount }: Props) {
  const t = useTranslations("AdminEvents.messages");
  const tf = useTranslations("AdminEvents.form");
  const tv = useTranslations("Validation");
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as MessageFormState);
  const summaryRef = useRef<HTMLDivElement>(null);
  const countRef = useRef<HTMLParagraphElement>(null);
  const [showSummary, setShowSummary] = useState(false);
  const intent = useRef<"preview" | "send">("send");

  const serverErrors = useMemo(
    () => Object.fromEntries(Object.entries(state.fieldErrors ?? {}).map(([field, message]) => [field, { type: "server", message }])) as RhfErrors<Values>,
    [state],
  );
  const initial = state.values ?? { statuses: ["CONFIRMED"] };
  const defaults: Values = {
    statuses: initial.statuses ?? [],
    interpretationOnly: initial.interpretationOnly === "on" || initial.interpretationOnly === "true",
  };
  for (const f of MESSAGE_FIELDS) if (f !== "statuses" && f !== "interpretationOnly") defaults[f] = initial[f] ?? "";
  const form = useForm<Values>({
    resolver: zodResolver(eventMessageSchema as unknown as z.ZodMiniType<Values, Values>) as Resolver<Values>,
    defaultValues: defaults,
    errors: serverErrors,
    // checked on sending, then on every change: unticking one group before ticking another shows no passing error
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: false,
  });
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;

  useEffect(() => {
    if (state.status === "error") {
      setShowSummary(true);
      summaryRef.current?.focus();
    } else if (state.status === "preview") countRef.current?.focus();
  }, [state]);

  const message = (field: MessageField) => {
    const key = errors[field]?.message;
    if (!key) return undefined;
    if (tf.has(`validation.${key}` as "validation.invalidDate")) return tf(`validation.${key}` as "validation.invalidDate");
    return tv.has(key as "required") ? tv(key as "required") : tv("invalid");
  };
  const label = (field: MessageField) => t(`fields.${field}`);
  const summary = MESSAGE_FIELDS.filter((f) => errors[f]?.message).map((f) => ({ field: f, label: label(f), message: message(f)! }));
  const formError = state.formError ? t(`formErrors.${state.formError}` as "formErrors.noRecipients") : null;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    intent.current = submitter?.value === "preview" ? "preview" : "send";
    if (intent.current === "preview") return; // counting needs only the audience: let the browser post it
    event.preventDefault();
    const formElement = event.currentTarget;
    void form.handleSubmit(
      () => {
        const data = new FormData(formElement);
        data.set("intent", "send");
        startTransition(() => formAction(data));
      },
      () => {
        setShowSummary(true);
        requestAnimationFrame(() => summaryRef.current?.focus());
      },
    )(event);
  }

  const field = (name: MessageField, lang: string, multiline: boolean, required: boolean) => (
    <Field key={name} id={name} label={label(name)} error={message(name)} required={required} requiredLabel={tf("required")}>
      {(describedBy, invalid) =>
        multiline ? (
          <textarea id={name} rows={8} lang={lang} aria-describedby={describedBy} aria-invalid={invalid || undefined} aria-required={required || undefined} className={inputClass} defaultValue={defaults[name] as string} {...form.register(name)} />
        ) : (
          <input id={name} type="text" lang={lang} autoComplete="off" aria-describedby={describedBy} aria-invalid={invalid || undefined} aria-required={required || undefined} className={inputClass} defaultValue={defaults[name] as string} {...form.register(name)} />
        )
      }
    </Field>
  );

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {(showSummary || state.status === "error") && (summary.length > 0 || formError) ? (
        <ErrorSummary summaryRef={summaryRef} title={formError && summary.length === 0 ? formError : tf("errorSummaryTitle", { count: summary.length })} errors={summary} />
      ) : null}

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.audience")}</legend>
        <RadioGroup
          name="statuses"
          type="checkbox"
          legend={label("statuses")}
          error={message("statuses")}
          choices={MESSAGE_STATUSES.map((s) => ({ value: s, label: t("statusChoice", { status: t(`statuses.${s}`), count: counts[s] }) }))}
          inputProps={(value) => ({ ...form.register("statuses"), defaultChecked: (defaults.statuses as string[]).includes(value) })}
        />
        <Checkbox
          id="interpretationOnly"
          label={label("interpretationOnly")}
          hint={t("interpretationHint", { count: interpretationCount })}
          inputProps={{ ...form.register("interpretationOnly"), value: "on", defaultChecked: defaults.interpretationOnly === true }}
        />
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" name="intent" value="preview" className="button-secondary" disabled={pending}>
            {t("preview")}
          </button>
          <p ref={countRef} tabIndex={-1} role="status" className="font-semibold focus:outline-none">
            {state.status === "preview" && state.count !== undefined ? t("recipientCount", { count: state.count }) : null}
          </p>
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.text")}</legend>
        <p className="text-sm text-slate-700">{t("textHint")}</p>
        <div className="grid gap-4 lg:grid-cols-3">
          {LANGS.map(({ suffix, lang }) => (
            <div key={suffix} className="flex flex-col gap-4">
              {field(`subject${suffix}`, lang, false, suffix === "Pl")}
              {field(`body${suffix}`, lang, true, suffix === "Pl")}
            </div>
          ))}
        </div>
      </fieldset>

      <div>
        <button type="submit" name="intent" value="send" className="button w-full sm:w-auto" disabled={pending} aria-disabled={pending}>
          {pending ? t("sending") : t("send")}
        </button>
      </div>
    </form>
  );
}
