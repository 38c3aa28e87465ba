"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/form-fields";
import { PASSWORD_MIN_LENGTH, type SetPasswordField } from "../schema";
import { FocusedErrorSummary } from "./error-summary";
import type { PasswordFormState } from "./form-state";

type Props = {
  action: (state: PasswordFormState, formData: FormData) => Promise<PasswordFormState>;
  /** the account's e-mail, for password managers (a read-only username field) */
  email: string;
};

const FIELDS: SetPasswordField[] = ["password", "passwordConfirm"];

/** Setting a password behind an invitation or reset link. Works without JavaScript. */
export function PasswordForm({ action, email }: Props) {
  const t = useTranslations("PasswordReset");
  const [state, formAction, pending] = useActionState(action, {});
  const message = (key: string) => t(`errors.${key}` as "errors.required", { min: PASSWORD_MIN_LENGTH });
  const errorOf = (field: SetPasswordField) => (state.fieldErrors?.[field] ? message(state.fieldErrors[field]) : undefined);
  const errors = FIELDS.filter((f) => state.fieldErrors?.[f]).map((f) => ({ field: f, label: t(`fields.${f}`), message: errorOf(f)! }));
  const formError = state.formError ? message(state.formError) : undefined;

  return (
    <form action={formAction} noValidate className="card flex flex-col gap-5">
      {errors.length || formError ? <FocusedErrorSummary title={formError && !errors.length ? t("errors.failedTitle") : t("errors.summaryTitle")} formError={formError} errors={errors} state={state} /> : null}
      <Field id="username" label={t("fields.account")}>
        {() => <input id="username" name="username" type="email" autoComplete="username" readOnly value={email} className={`${inputClass} bg-slate-100`} />}
      </Field>
      <Field id="password" label={t("fields.password")} hint={t("fields.passwordHint", { min: PASSWORD_MIN_LENGTH })} error={errorOf("password")}>
        {(describedBy, invalid) => (
          <input id="password" name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass} />
        )}
      </Field>
      <Field id="passwordConfirm" label={t("fields.passwordConfirm")} error={errorOf("passwordConfirm")}>
        {(describedBy, invalid) => (
          <input id="passwordConfirm" name="passwordConfirm" type="password" autoComplete="new-password" required aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass} />
        )}
      </Field>
      <p>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending || undefined}>
          {pending ? t("fields.submitting") : t("fields.submit")}
        </button>
      </p>
    </form>
  );
}
