"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Field, inputClass } from "@/components/ui/form-fields";
import type { LoginField } from "@/features/admin/schema";

/** What the login action returns to the form: message keys of AdminLogin.errors, translated here. */
export type LoginFormState = {
  fieldErrors?: Partial<Record<LoginField, "required" | "email">>;
  formError?: "invalidCredentials" | "throttled";
  /** the e-mail typed, to put back in the field (never the password) */
  email?: string;
};

type Props = {
  action: (state: LoginFormState, formData: FormData) => Promise<LoginFormState>;
  /** where to go after logging in (already checked by the page; checked again by the action) */
  next?: string;
};

const FIELDS: LoginField[] = ["email", "password"];

// A plain form posting to a server action: works without JavaScript; with it, errors come back without a reload
// and focus moves to the summary.
export function LoginForm({ action, next }: Props) {
  const t = useTranslations("AdminLogin");
  const [state, formAction, pending] = useActionState(action, {});
  const summaryRef = useRef<HTMLDivElement>(null);
  const fieldErrors = FIELDS.filter((f) => state.fieldErrors?.[f]).map((f) => ({ field: f, message: t(`errors.${state.fieldErrors![f]!}`) }));
  const hasErrors = Boolean(state.formError) || fieldErrors.length > 0;

  useEffect(() => {
    if (state.formError || state.fieldErrors) summaryRef.current?.focus();
  }, [state]);

  // a wrong e-mail or password concerns both fields; a throttled attempt concerns neither
  const describedBy = (own: string | undefined) =>
    [own, state.formError ? "login-form-error" : undefined].filter(Boolean).join(" ") || undefined;
  const invalid = (field: LoginField) => Boolean(state.fieldErrors?.[field]) || state.formError === "invalidCredentials";

  return (
    <form action={formAction} noValidate className="card flex flex-col gap-5">
      {hasErrors ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="login-error-title" className="rounded-md border-4 border-red-700 bg-red-50 p-4 focus:outline-none focus-visible:ring-4 focus-visible:ring-red-300">
          <h2 id="login-error-title" className="mb-2 text-lg font-bold text-red-900">
            {t("errorSummaryTitle")}
          </h2>
          {state.formError ? (
            <p id="login-form-error" className="font-semibold text-red-900">
              {t(`errors.${state.formError}`)}
            </p>
          ) : null}
          {fieldErrors.length ? (
            <ul className="list-disc space-y-1 pl-6">
              {fieldErrors.map((e) => (
                <li key={e.field}>
                  <a href={`#${e.field}`} className="text-red-900">
                    {t(e.field)}: {e.message}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field id="email" label={t("email")} error={fieldErrors.find((e) => e.field === "email")?.message}>
        {(own) => (
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            defaultValue={state.email}
            aria-describedby={describedBy(own)}
            aria-invalid={invalid("email") || undefined}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="password" label={t("password")} error={fieldErrors.find((e) => e.field === "password")?.message}>
        {(own) => (
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-describedby={describedBy(own)}
            aria-invalid={invalid("password") || undefined}
            className={inputClass}
          />
        )}
      </Field>
      <p>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending || undefined}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </p>
    </form>
  );
}
