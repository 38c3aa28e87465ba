"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/form-fields";
import { FocusedErrorSummary } from "./error-summary";
import type { PasswordFormState } from "./form-state";

type Props = { action: (state: PasswordFormState, formData: FormData) => Promise<PasswordFormState> };

/** "Forgot password": one e-mail field. On success the action redirects to the neutral "sent" message. */
export function ForgotPasswordForm({ action }: Props) {
  const t = useTranslations("PasswordReset");
  const [state, formAction, pending] = useActionState(action, {});
  const emailError = state.fieldErrors?.email ? t(`errors.${state.fieldErrors.email}` as "errors.required") : undefined;
  const formError = state.formError ? t(`errors.${state.formError}` as "errors.required") : undefined;

  return (
    <form key={JSON.stringify(state)} action={formAction} noValidate className="card flex flex-col gap-5">
      {emailError || formError ? (
        <FocusedErrorSummary
          title={emailError ? t("errors.summaryTitle") : t("errors.failedTitle")}
          formError={formError}
          errors={emailError ? [{ field: "email", label: t("forgot.email"), message: emailError }] : []}
          state={state}
        />
      ) : null}
      <Field id="email" label={t("forgot.email")} error={emailError}>
        {(describedBy, invalid) => (
          <input id="email" name="email" type="email" inputMode="email" autoComplete="username" required maxLength={254} defaultValue={state.email ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass} />
        )}
      </Field>
      <p>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending || undefined}>
          {pending ? t("forgot.submitting") : t("forgot.submit")}
        </button>
      </p>
    </form>
  );
}
