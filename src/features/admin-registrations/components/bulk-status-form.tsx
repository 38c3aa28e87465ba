"use client";

import { useTranslations } from "next-intl";
import { createContext, useActionState, useContext, type ChangeEvent, type ReactNode } from "react";
import { Checkbox, Field, inputClass } from "@/components/ui/form-fields";
import { PERSONAL_MESSAGE_MAX, STATUS_TARGETS, type StatusFormState } from "../status-schema";
import { StatusResult, useStatusError } from "./status-result";

const Selection = createContext<ReadonlySet<string>>(new Set());

type Props = {
  action: (state: StatusFormState, formData: FormData) => Promise<StatusFormState>;
  /** the sign-ups shown on this page: what "all on this page" means, also without JavaScript */
  pageIds: string[];
  /** the table of sign-ups, with a RowCheckbox per row */
  children: ReactNode;
};

/**
 * A plain form around the sign-up table: the bulk bar on top, a checkbox named `ids` per row. Without JavaScript
 * "all on this page" is sent as such (the action then takes `pageIds`); with it, the box also ticks the rows.
 */
export function BulkStatusForm({ action, pageIds, children }: Props) {
  const t = useTranslations("AdminStatus");
  const ts = useTranslations("Admin.status");
  const error = useStatusError();
  const [state, formAction, pending] = useActionState(action, {});
  const selected = new Set(state.selectedIds ?? []);
  const toError = error(state.fieldErrors?.to ? "chooseStatus" : undefined);
  const messageError = error(state.fieldErrors?.personalMessage);
  const askOverCapacity = Boolean(state.skipped?.full) && state.to === "CONFIRMED";

  // The action trusts "all on this page" over the rows, so unticking one row must untick it too.
  function syncSelection(event: ChangeEvent<HTMLFormElement>) {
    const target = event.target as unknown as HTMLInputElement;
    const rows = [...event.currentTarget.querySelectorAll<HTMLInputElement>('input[name="ids"]')];
    const all = event.currentTarget.querySelector<HTMLInputElement>('input[name="allOnPage"]');
    if (!all) return;
    if (target.name === "allOnPage") for (const row of rows) row.checked = target.checked;
    else if (target.name === "ids") all.checked = rows.every((row) => row.checked);
  }

  return (
    <form action={formAction} onChange={syncSelection} noValidate className="flex flex-col gap-4">
      {pageIds.map((id) => (
        <input key={id} type="hidden" name="pageIds" value={id} />
      ))}
      <div className="card">
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-lg font-bold">{t("bulk.legend")}</legend>
          <p className="text-sm text-slate-700">{t("bulk.hint")}</p>
          <StatusResult state={state} id="bulk-result" />
          <Checkbox id="bulk-all" label={t("bulk.selectAll", { count: pageIds.length })} inputProps={{ name: "allOnPage" }} />
          <div className="grid gap-4 md:grid-cols-2">
            <Field id="bulk-to" label={t("bulk.to")} error={toError}>
              {(describedBy) => (
                // keyed: React's form reset after an action does not pick up a changed defaultValue of a <select>
                <select key={state.to ?? ""} id="bulk-to" name="to" defaultValue={state.to ?? ""} aria-describedby={describedBy} aria-invalid={toError ? true : undefined} className={inputClass}>
                  <option value="">{t("bulk.choose")}</option>
                  {STATUS_TARGETS.map((to) => (
                    <option key={to} value={to}>
                      {ts(to)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="bulk-message" label={t("personalMessage")} hint={t("personalMessageHint")} error={messageError}>
              {(describedBy) => (
                <textarea
                  id="bulk-message"
                  name="personalMessage"
                  rows={3}
                  maxLength={PERSONAL_MESSAGE_MAX}
                  defaultValue={state.personalMessage}
                  aria-describedby={describedBy}
                  aria-invalid={messageError ? true : undefined}
                  className={inputClass}
                />
              )}
            </Field>
          </div>
          <Checkbox id="bulk-notify" label={t("notifyBulk")} hint={t("notifyHint")} inputProps={{ name: "notify", defaultChecked: state.notify ?? true }} />
          {askOverCapacity ? (
            <div className="rounded-md border-2 border-amber-700 bg-amber-50 p-4">
              <Checkbox id="bulk-over-capacity" label={t("overCapacity")} hint={t("overCapacityHintBulk")} inputProps={{ name: "overCapacity" }} />
            </div>
          ) : null}
          <p className="flex flex-wrap items-center gap-4">
            <button type="submit" className="button" disabled={pending} aria-disabled={pending || undefined}>
              {t("bulk.submit")}
            </button>
            {pending ? <span role="status">{t("submitting")}</span> : null}
          </p>
        </fieldset>
      </div>
      <Selection.Provider value={selected}>{children}</Selection.Provider>
    </form>
  );
}

/** A row's checkbox; stays ticked when the last change left that sign-up as it was (to try again). */
export function RowCheckbox({ id, label }: { id: string; label: string }) {
  const selected = useContext(Selection);
  return <input type="checkbox" name="ids" value={id} aria-label={label} defaultChecked={selected.has(id)} className="h-6 w-6 accent-brand-800" />;
}
