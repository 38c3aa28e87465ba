import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { EXPORT_ERRORS, EXPORT_FORMATS, type ExportError, type ExportFormat } from "../schema";

export type ExportFormColumn = { id: string; label: string };
export type ExportFormGroup = { legend: string; hint?: string; columns: ExportFormColumn[] };

const checkboxClass = "mt-0.5 h-6 w-6 shrink-0 accent-brand-800";

/**
 * An export form: a plain GET form to the download route (works without JavaScript) with the columns in groups, the
 * sensitive columns behind their own confirmation, and the file format. `hidden` carries the list's filters; the
 * route sends the file, or comes back with `?error=` and the choices as sent (`ticked`, `format`).
 */
export async function ExportForm({
  action,
  hidden,
  groups,
  sensitive,
  sensitiveWarning,
  includeSensitiveLabel,
  ticked,
  format,
  error,
}: {
  action: string;
  hidden: Array<[string, string]>;
  groups: ExportFormGroup[];
  sensitive: ExportFormColumn[];
  sensitiveWarning: string;
  includeSensitiveLabel: string;
  ticked: readonly string[];
  format: ExportFormat;
  error?: ExportError;
}) {
  const t = await getTranslations("AdminExport");
  const columnBox = ({ id, label }: ExportFormColumn) => (
    <li key={id} className="flex items-start gap-3">
      <input id={`column-${id}`} name="columns" type="checkbox" value={id} defaultChecked={ticked.includes(id)} className={checkboxClass} />
      <label htmlFor={`column-${id}`}>{label}</label>
    </li>
  );

  return (
    <>
      {error ? (
        <div role="alert" aria-labelledby="export-error-title" className="rounded-md border-4 border-red-700 bg-red-50 p-4">
          <h2 id="export-error-title" className="text-lg font-bold text-red-900">{t("errorTitle")}</h2>
          <p>{t(`errors.${error}`)}</p>
        </div>
      ) : null}

      <form method="get" action={action} className="flex max-w-3xl flex-col gap-6">
        {hidden.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {groups.map((group, i) => (
          <fieldset key={i} className="card">
            <legend className="px-1 text-xl font-bold">{group.legend}</legend>
            {group.hint ? <p className="mb-3 text-slate-700">{group.hint}</p> : null}
            <ul className="grid gap-3 sm:grid-cols-2">{group.columns.map(columnBox)}</ul>
          </fieldset>
        ))}

        {sensitive.length ? (
          <fieldset className="card border-2 border-accent-600" aria-describedby="sensitive-warning">
            <legend className="px-1 text-xl font-bold">{t("sensitiveLegend")}</legend>
            <p id="sensitive-warning" className="mb-3 rounded border-l-4 border-accent-600 bg-orange-50 p-3">
              {sensitiveWarning}
            </p>
            <ul className="mb-4 grid gap-3 sm:grid-cols-2">{sensitive.map(columnBox)}</ul>
            <div className="flex items-start gap-3">
              <input id="includeSensitive" name="includeSensitive" type="checkbox" value="1" className={checkboxClass} />
              <label htmlFor="includeSensitive" className="font-semibold">{includeSensitiveLabel}</label>
            </div>
          </fieldset>
        ) : null}

        <fieldset className="card">
          <legend className="px-1 text-xl font-bold">{t("formatLegend")}</legend>
          <ul className="flex flex-col gap-3">
            {EXPORT_FORMATS.map((f) => (
              <li key={f} className="flex items-start gap-3">
                <input id={`format-${f}`} name="format" type="radio" value={f} defaultChecked={f === format} className={checkboxClass} />
                <label htmlFor={`format-${f}`}>{t(`formats.${f}`)}</label>
              </li>
            ))}
          </ul>
        </fieldset>

        <div className="flex flex-col gap-2">
          <p className="text-sm text-slate-700">{t("auditNote")}</p>
          <p>
            <button type="submit" className="button">{t("download")}</button>
          </p>
        </div>
      </form>
    </>
  );
}

/** The error a download route sent back (`?error=`), if any, and the choices to show again with it. */
export function exportFormState<Id extends string>(query: URLSearchParams, defaults: readonly Id[], ticked: (query: URLSearchParams) => Id[]) {
  const error = EXPORT_ERRORS.find((e) => e === query.get("error"));
  return {
    error,
    ticked: error ? ticked(query) : [...defaults],
    format: (error && query.get("format") === "xlsx" ? "xlsx" : "csv") as ExportFormat,
  };
}

/** The top of an export page: back to the list (with its filters), the title, what is exported, how many rows. */
export function ExportHeader({ back, title, subject, scope, order }: { back: { href: string; label: string }; title: string; subject: { text: string; lang: string }; scope: string; order: string }) {
  return (
    <>
      <p>
        <NextLink href={back.href} prefetch={false}>
          ← {back.label}
        </NextLink>
      </p>
      <header>
        <h1 className="mb-1 text-3xl font-bold">{title}</h1>
        <p className="text-lg font-semibold" lang={subject.lang}>
          {subject.text}
        </p>
      </header>
      <div className="flex flex-col gap-1">
        <p className="font-semibold">{scope}</p>
        <p>{order}</p>
      </div>
    </>
  );
}
