import type { ReactNode } from "react";

// Labelled form controls with hint and error wired for assistive technology (aria-describedby, aria-invalid).
// Presentational only: the caller passes `inputProps` (e.g. react-hook-form's register()) and the translated error.

export const inputClass =
  "min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  requiredLabel?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
};

export function Field({ id, label, hint, error, required, requiredLabel, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
        {required ? <span className="font-normal text-slate-700"> ({requiredLabel})</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      {children(describedBy, Boolean(error))}
    </div>
  );
}

type CheckboxProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  inputProps: React.InputHTMLAttributes<HTMLInputElement>;
};

export function Checkbox({ id, label, hint, error, inputProps }: CheckboxProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          className="mt-1 h-6 w-6 shrink-0 accent-brand-800"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...inputProps}
        />
        <label htmlFor={id} className="leading-snug">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="pl-9 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type Choice = { value: string; label: string };

/** Radio buttons in a fieldset; `type="checkbox"` makes it a group of checkboxes sharing one name (pick several). */
export function RadioGroup({
  name,
  legend,
  choices,
  error,
  hint,
  type = "radio",
  inputProps,
}: {
  name: string;
  legend: ReactNode;
  choices: Choice[];
  error?: string;
  hint?: ReactNode;
  type?: "radio" | "checkbox";
  inputProps: (value: string) => React.InputHTMLAttributes<HTMLInputElement>;
}) {
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={describedBy}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      {choices.map((choice, i) => (
        <div key={choice.value} className="flex items-center gap-3">
          <input id={i === 0 ? name : `${name}-${choice.value}`} type={type} value={choice.value} className="h-6 w-6 accent-brand-800" {...inputProps(choice.value)} />
          <label htmlFor={i === 0 ? name : `${name}-${choice.value}`}>{choice.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function ErrorSummary({
  title,
  formError,
  errors,
  summaryRef,
}: {
  title: string;
  /** an error about the whole form (e.g. "this link no longer works") */
  formError?: string;
  errors: Array<{ field: string; label: string; message: string }>;
  summaryRef: React.Ref<HTMLDivElement>;
}) {
  return (
    <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded-md border-4 border-red-700 bg-red-50 p-4 focus:outline-none focus-visible:ring-4 focus-visible:ring-red-300">
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
