"use client";

import { useEffect, useRef } from "react";

type Props = {
  title: string;
  /** an error about the whole form (e.g. "this link no longer works") */
  formError?: string;
  /** field errors, each linking to its field */
  errors: Array<{ field: string; label: string; message: string }>;
  /** the action's state: focus moves here each time a new answer comes back */
  state: unknown;
};

/** The forms' error summary at the top, focused when errors come back so that screen readers announce them. */
export function FocusedErrorSummary({ title, formError, errors, state }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [state]);
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded-md border-4 border-red-700 bg-red-50 p-4 focus:outline-none focus-visible:ring-4 focus-visible:ring-red-300">
      <h2 id="error-summary-title" className="mb-2 text-lg font-bold text-red-900">
        {title}
      </h2>
      {formError ? (
        <p id="form-error" className="font-semibold text-red-900">
          {formError}
        </p>
      ) : null}
      {errors.length ? (
        <ul className="list-disc space-y-1 pl-6">
          {errors.map((e) => (
            <li key={e.field}>
              <a href={`#${e.field}`} className="text-red-900">
                {e.label}: {e.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
