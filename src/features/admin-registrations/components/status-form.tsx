"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Checkbox, Field, inputClass } from "@/components/ui/form-fields";
import { PERSONAL_MESSAGE_MAX, type StatusFormState, type StatusTarget } from "../status-schema";
import { StatusResult, useStatusError } from "./status-result";

type Props = {
  action: (state: StatusFormState, formData: FormData) => Promise<StatusFormState>;
  /** the changes allowed from the current status (targetsFrom); none: only the last result is shown */
  targets: StatusTarget[];
  /** the sign-up waits on the waiting list: confirming it is a manual promotion */
  waitlisted: boolean;
};

// One plain form; each allowed change is its own submit button (name="to"), so it works without JavaScript.
export function StatusForm({ action, targets, waitlisted }: Props) {
  const t = useTranslations("AdminStatus");
  const error = useStatusError();
  const [state, formAction, pending] = useActionState(action, {});
  const messageError = error(state.fieldErrors?.personalMessage);
  // asked only once the DAL has said there is no free place: exceeding the capacity is a deliberate second step
  const askOverCapacity = Boolean(state.skipped?.full) && state.to === "CONFIRMED";

  // e.g. after marking attendance: nothing more to change, but the result of the change stays on screen
  if (!targets.length) {
    return (
      <div className="flex flex-col gap-4">
        <StatusResult state={state} id="status-result" />
        <p>{t("noActions")}</p>
      </div>
    );
  }

  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <StatusResult state={state} id="status-result" />
      <Checkbox id="notify" label={t("notify")} hint={t("notifyHint")} inputProps={{ name: "notify", defaultChecked: state.notify ?? true }} />
      <Field id="personalMessage" label={t("personalMessage")} hint={t("personalMessageHint")} error={messageError}>
        {(describedBy) => (
          <textarea
            id="personalMessage"
            name="personalMessage"
            rows={4}
            maxLength={PERSONAL_MESSAGE_MAX}
            defaultValue={state.personalMessage}
            aria-describedby={describedBy}
            aria-invalid={messageError ? true : undefined}
            className={inputClass}
          />
        )}
      </Field>
      {askOverCapacity ? (
        <div className="rounded-md border-2 border-amber-700 bg-amber-50 p-4">
          <Checkbox id="overCapacity" label={t("overCapacity")} hint={t("overCapacityHint")} inputProps={{ name: "overCapacity" }} />
        </div>
      ) : null}
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 font-semibold">{t("legend")}</legend>
        <div className="flex flex-wrap gap-3">
          {targets.map((to) => (
            <button
              key={to}
              type="submit"
              name="to"
              value={to}
              disabled={pending}
              aria-disabled={pending || undefined}
              className={to === "CANCELLED" || to === "REJECTED" ? "button-secondary" : "button"}
            >
              {to === "CONFIRMED" && waitlisted ? t("actions.promote") : t(`actions.${to}`)}
            </button>
          ))}
        </div>
        {pending ? <p role="status">{t("submitting")}</p> : null}
      </fieldset>
    </form>
  );
}
