"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/form-fields";
import { ACCOUNT_ROLES } from "../schema";
import { FocusedErrorSummary } from "./error-summary";
import type { AccountFormState } from "./form-state";

type Props = {
  /** "invite": name, e-mail, role and voivodeships; "edit": role and voivodeships only */
  mode: "invite" | "edit";
  action: (state: AccountFormState, formData: FormData) => Promise<AccountFormState>;
  voivodeships: Array<{ code: string; name: string }>;
  initial?: { role: string; voivodeships: string[] };
  /** the admin's own account: the role cannot be changed */
  roleLocked?: boolean;
};

const FIELD_ORDER = ["name", "email", "role", "voivodeships"] as const;

// A plain form posting to a server action: works without JavaScript; with it, errors come back without a reload and
// focus moves to the summary. The server parses the same zod schema (../schema.ts) and answers with message keys.
export function AccountForm({ mode, action, voivodeships, initial, roleLocked }: Props) {
  const t = useTranslations("AdminAccounts");
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? { role: initial?.role ?? "COORDINATOR", voivodeships: initial?.voivodeships ?? [] };
  const label = (field: (typeof FIELD_ORDER)[number]) => t(`fields.${field}`);
  const errorOf = (field: string) => (state.fieldErrors?.[field] ? t(`errors.${state.fieldErrors[field]}` as "errors.required") : undefined);
  const errors = FIELD_ORDER.filter((f) => state.fieldErrors?.[f]).map((f) => ({ field: f === "voivodeships" ? "voivodeships-first" : f === "role" ? "role-COORDINATOR" : f, label: label(f), message: errorOf(f)! }));
  const formError = state.formError ? t(`errors.${state.formError}` as "errors.required") : undefined;
  // the form is re-mounted after each answer, so the values typed are put back as defaults
  const key = JSON.stringify(state);

  return (
    <form key={key} action={formAction} noValidate className="card flex flex-col gap-5">
      {errors.length || formError ? <FocusedErrorSummary title={t("errors.summaryTitle")} formError={formError} errors={errors} state={state} /> : null}
      {mode === "invite" ? (
        <>
          <Field id="name" label={label("name")} error={errorOf("name")}>
            {(describedBy, invalid) => (
              <input id="name" name="name" type="text" autoComplete="off" required maxLength={120} defaultValue={values.name ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass} />
            )}
          </Field>
          <Field id="email" label={label("email")} error={errorOf("email")}>
            {(describedBy, invalid) => (
              <input id="email" name="email" type="email" inputMode="email" autoComplete="off" required maxLength={254} defaultValue={values.email ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass} />
            )}
          </Field>
        </>
      ) : null}
      <fieldset className="flex flex-col gap-2" aria-describedby={[roleLocked ? "role-locked" : null, errorOf("role") ? "role-error" : null].filter(Boolean).join(" ") || undefined}>
        <legend className="mb-1 font-semibold">{label("role")}</legend>
        {errorOf("role") ? (
          <p id="role-error" className="text-sm font-semibold text-red-800">
            {errorOf("role")}
          </p>
        ) : null}
        {roleLocked ? (
          <>
            <p id="role-locked" className="text-sm text-slate-700">
              {t("edit.selfHint")}
            </p>
            <input type="hidden" name="role" value={initial?.role} />
          </>
        ) : null}
        {ACCOUNT_ROLES.map((role) => (
          <div key={role} className="flex items-start gap-3">
            <input
              id={`role-${role}`}
              type="radio"
              name={roleLocked ? undefined : "role"}
              value={role}
              defaultChecked={values.role === role}
              disabled={roleLocked}
              className="mt-1 h-6 w-6 shrink-0 accent-brand-800"
            />
            <label htmlFor={`role-${role}`} className="leading-snug">
              {t(`fields.roles.${role}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-2" aria-describedby={["voivodeships-hint", errorOf("voivodeships") ? "voivodeships-error" : null].filter(Boolean).join(" ")}>
        <legend className="mb-1 font-semibold">{label("voivodeships")}</legend>
        <p id="voivodeships-hint" className="text-sm text-slate-700">
          {t("fields.voivodeshipsHint")}
        </p>
        {errorOf("voivodeships") ? (
          <p id="voivodeships-error" className="text-sm font-semibold text-red-800">
            {errorOf("voivodeships")}
          </p>
        ) : null}
        <div className="grid gap-2 sm:grid-cols-2">
          {voivodeships.map((v, i) => (
            <div key={v.code} className="flex items-center gap-3">
              <input
                id={i === 0 ? "voivodeships-first" : `voivodeships-${v.code}`}
                type="checkbox"
                name="voivodeships"
                value={v.code}
                defaultChecked={values.voivodeships?.includes(v.code)}
                aria-invalid={errorOf("voivodeships") ? true : undefined}
                className="h-6 w-6 shrink-0 accent-brand-800"
              />
              <label htmlFor={i === 0 ? "voivodeships-first" : `voivodeships-${v.code}`}>{v.name}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <p>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending || undefined}>
          {mode === "invite" ? (pending ? t("invite.submitting") : t("invite.submit")) : pending ? t("edit.saving") : t("edit.save")}
        </button>
      </p>
    </form>
  );
}
