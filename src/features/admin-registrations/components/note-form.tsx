"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Field, inputClass } from "@/components/ui/form-fields";
import { NOTE_MAX, type NoteFormState } from "../status-schema";
import { useStatusError } from "./status-result";

type Props = {
  action: (state: NoteFormState, formData: FormData) => Promise<NoteFormState>;
  current: string | null;
};

/** The coordinators' internal note: one textarea, saved as a whole. */
export function NoteForm({ action, current }: Props) {
  const t = useTranslations("AdminStatus.note");
  const error = useStatusError();
  const [state, formAction, pending] = useActionState(action, {});
  const noteError = error(state.fieldErrors?.note);
  const savedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.ok) savedRef.current?.focus();
  }, [state]);

  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <Field id="note" label={t("label")} hint={t("hint")} error={noteError}>
        {(describedBy) => (
          <textarea
            id="note"
            name="note"
            rows={5}
            maxLength={NOTE_MAX}
            // after a refused save, what was typed; otherwise the saved note (the page re-renders after a save)
            defaultValue={state.note ?? current ?? ""}
            aria-describedby={describedBy}
            aria-invalid={noteError ? true : undefined}
            className={inputClass}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="button" disabled={pending} aria-disabled={pending || undefined}>
          {t("submit")}
        </button>
        {state.ok ? (
          <p ref={savedRef} tabIndex={-1} role="status" className="font-semibold text-green-900 focus:outline-none">
            {t("saved")}
          </p>
        ) : null}
      </div>
    </form>
  );
}
