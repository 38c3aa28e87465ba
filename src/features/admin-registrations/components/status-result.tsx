"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { SKIP_REASONS, type StatusFormState } from "../status-schema";

/** The translated message key of a schema error: this form's own ones first, then the shared validation texts. */
export function useStatusError() {
  const t = useTranslations("AdminStatus");
  const tv = useTranslations("Validation");
  return (key: string | undefined) => {
    if (!key) return undefined;
    if (t.has(`errors.${key}` as "errors.noneSelected")) return t(`errors.${key}` as "errors.noneSelected");
    return tv.has(key as "invalid") ? tv(key as "invalid") : tv("invalid");
  };
}

/**
 * What the last change did: "changed n; skipped m: reasons". Announced (role=status, or role=alert when the form
 * was refused) and focused, so keyboard and screen-reader users land on it after the page updates.
 */
export function StatusResult({ state, id }: { state: StatusFormState; id: string }) {
  const t = useTranslations("AdminStatus");
  const error = useStatusError();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.changed !== undefined || state.fieldErrors) ref.current?.focus();
  }, [state]);

  if (state.fieldErrors) {
    const messages = Object.values(state.fieldErrors).map(error);
    return (
      <div ref={ref} id={id} tabIndex={-1} role="alert" className="rounded-md border-4 border-red-700 bg-red-50 p-4 focus:outline-none focus-visible:ring-4 focus-visible:ring-red-300">
        <h3 className="mb-1 font-bold text-red-900">{t("errorTitle")}</h3>
        <ul className="list-disc pl-6 text-red-900">
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (state.changed === undefined) return null;
  const skipped = SKIP_REASONS.filter((r) => state.skipped?.[r]);
  const skippedCount = skipped.reduce((n, r) => n + state.skipped![r]!, 0);
  return (
    <div
      ref={ref}
      id={id}
      tabIndex={-1}
      role="status"
      className={`rounded-md border-2 p-4 focus:outline-none focus-visible:ring-4 ${state.changed ? "border-green-700 bg-green-50" : "border-amber-700 bg-amber-50"}`}
    >
      <p className="font-semibold">{t("result.changed", { count: state.changed })}</p>
      {skippedCount ? (
        <>
          <p>{t("result.skipped", { count: skippedCount })}</p>
          <ul className="list-disc pl-6">
            {skipped.map((r) => (
              <li key={r}>
                {t(`result.reasons.${r}`)}: {state.skipped![r]}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
