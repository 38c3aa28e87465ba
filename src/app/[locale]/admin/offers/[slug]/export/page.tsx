import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { getApplicationExportPreview } from "@/features/admin-applications/export";
import { applicationExportColumns, applicationExportFormatter, APPLICATION_EXPORT_COLUMN_IDS, type ApplicationExportColumn } from "@/features/admin-applications/export-columns";
import { applicationExportFiltersSchema } from "@/features/admin-applications/export-schema";
import { applicationListQuerySchema, applicationListQueryString } from "@/features/admin-applications/schema";
import { ExportForm, exportFormState, ExportHeader } from "@/features/admin-exports/components/export-form";
import { columnsOfQuery, searchParamsOf } from "@/features/admin-exports/schema";
import { listVoivodeships } from "@/features/regions/data";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireCoordinator } from "@/server/session";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminApplicationExport" });
  return { title: t("metaTitle") };
}

// The export form of an offer's applications (ExportForm: a plain GET form to the download route), carrying the
// application list's filters as hidden fields. The columns are the offer's own (its questions become columns).
export default async function OfferExportPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  await requireCoordinator({ next: adminPath("offerExport", { locale, offerSlug: slug }) });
  const query = searchParamsOf(await searchParams);
  const filters = applicationExportFiltersSchema.parse(Object.fromEntries(query));
  const [preview, t, voivodeships] = await Promise.all([
    getApplicationExportPreview(slug, filters),
    getTranslations("AdminApplicationExport"),
    listVoivodeships(),
  ]);
  if (!preview) notFound();
  const { offer, kind, total } = preview;
  const columns = applicationExportColumns(kind);
  const formatter = applicationExportFormatter(locale, voivodeships);

  const defaults = columns.filter((c) => c.byDefault).map((c) => c.id);
  const { error, ticked, format } = exportFormState(query, defaults, (q) => columnsOfQuery(q, APPLICATION_EXPORT_COLUMN_IDS));
  const filterQuery = applicationListQueryString({ ...applicationListQuerySchema.parse({}), ...filters });
  const hidden = [...new URLSearchParams(filterQuery)];
  const column = (c: ApplicationExportColumn) => ({ id: c.id, label: formatter.header(c) });
  const group = (g: ApplicationExportColumn["group"]) => columns.filter((c) => c.group === g && !c.sensitive).map(column);
  const followUp = group("followUp");

  return (
    <div className="flex flex-col gap-6">
      <ExportHeader
        back={{ href: `${adminPath("offerApplications", { locale, offerSlug: slug })}${filterQuery}`, label: t("backToList") }}
        title={t("title")}
        subject={{ text: localized(offer, "title", locale), lang: textLang(offer, "title", locale) }}
        scope={hidden.length ? t("scopeFiltered", { count: total }) : t("scopeAll", { count: total })}
        order={t("order")}
      />

      <ExportForm
        action={adminPath("offerExportDownload", { locale, offerSlug: slug })}
        hidden={hidden}
        groups={[
          { legend: t("groups.applicant"), hint: t("columnsHint"), columns: group("applicant") },
          { legend: t("groups.answers"), columns: group("answers") },
          ...(followUp.length ? [{ legend: t("groups.followUp"), hint: t("followUpHint"), columns: followUp }] : []),
        ]}
        sensitive={columns.filter((c) => c.sensitive).map(column)}
        sensitiveWarning={t("sensitiveWarning")}
        includeSensitiveLabel={t("includeSensitive")}
        ticked={ticked}
        format={format}
        error={error}
      />
    </div>
  );
}
