import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { DEFAULT_COLUMN_IDS, EXPORT_COLUMNS, type ExportColumnId } from "@/features/admin-exports/columns";
import { getExportPreview } from "@/features/admin-exports/data";
import { columnsOfQuery, EXPORT_ERRORS, EXPORT_FORMATS, exportFiltersSchema, type ExportError } from "@/features/admin-exports/schema";
import { listQueryString, registrationListQuerySchema } from "@/features/admin-registrations/schema";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireCoordinator } from "@/server/session";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; eventId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminExport" });
  return { title: t("metaTitle") };
}

function toSearchParams(record: Record<string, string | string[] | undefined>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) for (const v of [value ?? []].flat()) params.append(key, v);
  return params;
}

const checkboxClass = "mt-0.5 h-6 w-6 shrink-0 accent-brand-800";

// The export form: a plain GET form to the download route (works without JavaScript). It carries the sign-up list's
// filters as hidden fields; the route sends the file, or comes back here with `?error=` and the choices as sent.
export default async function EventExportPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { eventId } = await params;
  await requireCoordinator({ next: adminPath("eventExport", { locale, eventId }) });
  const query = toSearchParams(await searchParams);
  const filters = exportFiltersSchema.parse(Object.fromEntries(query));
  const [preview, t] = await Promise.all([getExportPreview(eventId, filters), getTranslations("AdminExport")]);
  if (!preview) notFound();
  const { event, total } = preview;

  const error = EXPORT_ERRORS.find((e) => e === query.get("error")) as ExportError | undefined;
  const ticked: ExportColumnId[] = error ? columnsOfQuery(query) : DEFAULT_COLUMN_IDS;
  const format = error && query.get("format") === "xlsx" ? "xlsx" : "csv";
  const filterQuery = listQueryString({ ...registrationListQuerySchema.parse({}), ...filters });
  const hidden = [...new URLSearchParams(filterQuery)];
  const filtered = hidden.length > 0;

  const columnBox = (id: ExportColumnId) => (
    <li key={id} className="flex items-start gap-3">
      <input id={`column-${id}`} name="columns" type="checkbox" value={id} defaultChecked={ticked.includes(id)} className={checkboxClass} />
      <label htmlFor={`column-${id}`}>{t(`columns.${id}`)}</label>
    </li>
  );

  return (
    <div className="flex flex-col gap-6">
      <p>
        <NextLink href={`${adminPath("eventRegistrations", { locale, eventId })}${filterQuery}`} prefetch={false}>
          ← {t("backToList")}
        </NextLink>
      </p>
      <header>
        <h1 className="mb-1 text-3xl font-bold">{t("title")}</h1>
        <p className="text-lg font-semibold" lang={textLang(event, "title", locale)}>
          {localized(event, "title", locale)}
        </p>
      </header>

      {error ? (
        <div role="alert" aria-labelledby="export-error-title" className="rounded-md border-4 border-red-700 bg-red-50 p-4">
          <h2 id="export-error-title" className="text-lg font-bold text-red-900">{t("errorTitle")}</h2>
          <p>{t(`errors.${error}`)}</p>
        </div>
      ) : null}

      <div className="flex flex-col gap-1">
        <p className="font-semibold">{filtered ? t("scopeFiltered", { count: total }) : t("scopeAll", { count: total })}</p>
        <p>{t("order")}</p>
      </div>

      <form method="get" action={adminPath("eventExportDownload", { locale, eventId })} className="flex max-w-3xl flex-col gap-6">
        {hidden.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <fieldset className="card">
          <legend className="px-1 text-xl font-bold">{t("columnsLegend")}</legend>
          <p className="mb-3 text-slate-700">{t("columnsHint")}</p>
          <ul className="grid gap-3 sm:grid-cols-2">{EXPORT_COLUMNS.filter((c) => !c.sensitive).map((c) => columnBox(c.id))}</ul>
        </fieldset>

        <fieldset className="card border-2 border-accent-600" aria-describedby="sensitive-warning">
          <legend className="px-1 text-xl font-bold">{t("sensitiveLegend")}</legend>
          <p id="sensitive-warning" className="mb-3 rounded border-l-4 border-accent-600 bg-orange-50 p-3">
            {t("sensitiveWarning")}
          </p>
          <ul className="mb-4 grid gap-3 sm:grid-cols-2">{EXPORT_COLUMNS.filter((c) => c.sensitive).map((c) => columnBox(c.id))}</ul>
          <div className="flex items-start gap-3">
            <input id="includeSensitive" name="includeSensitive" type="checkbox" value="1" className={checkboxClass} />
            <label htmlFor="includeSensitive" className="font-semibold">{t("includeSensitive")}</label>
          </div>
        </fieldset>

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

      <section aria-labelledby="attendance-title" className="card max-w-3xl">
        <h2 id="attendance-title" className="mb-2 text-xl font-bold">{t("attendanceSection")}</h2>
        <p className="mb-3">{t("attendanceLead")}</p>
        <NextLink href={adminPath("eventAttendance", { locale, eventId })} prefetch={false} className="button-secondary">
          {t("attendanceLink")}
        </NextLink>
      </section>
    </div>
  );
}
