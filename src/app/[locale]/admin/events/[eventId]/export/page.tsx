import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { ExportForm, exportFormState, ExportHeader } from "@/features/admin-exports/components/export-form";
import { DEFAULT_COLUMN_IDS, EXPORT_COLUMNS } from "@/features/admin-exports/columns";
import { getExportPreview } from "@/features/admin-exports/data";
import { columnsOfQuery, exportFiltersSchema, searchParamsOf } from "@/features/admin-exports/schema";
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

// The export form of an event's sign-ups (ExportForm: a plain GET form to the download route). It carries the
// sign-up list's filters as hidden fields.
export default async function EventExportPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { eventId } = await params;
  await requireCoordinator({ next: adminPath("eventExport", { locale, eventId }) });
  const query = searchParamsOf(await searchParams);
  const filters = exportFiltersSchema.parse(Object.fromEntries(query));
  const [preview, t] = await Promise.all([getExportPreview(eventId, filters), getTranslations("AdminExport")]);
  if (!preview) notFound();
  const { event, total } = preview;

  const { error, ticked, format } = exportFormState(query, DEFAULT_COLUMN_IDS, (q) => columnsOfQuery(q));
  const filterQuery = listQueryString({ ...registrationListQuerySchema.parse({}), ...filters });
  const hidden = [...new URLSearchParams(filterQuery)];
  const column = (c: (typeof EXPORT_COLUMNS)[number]) => ({ id: c.id, label: t(`columns.${c.id}`) });

  return (
    <div className="flex flex-col gap-6">
      <ExportHeader
        back={{ href: `${adminPath("eventRegistrations", { locale, eventId })}${filterQuery}`, label: t("backToList") }}
        title={t("title")}
        subject={{ text: localized(event, "title", locale), lang: textLang(event, "title", locale) }}
        scope={hidden.length ? t("scopeFiltered", { count: total }) : t("scopeAll", { count: total })}
        order={t("order")}
      />

      <ExportForm
        action={adminPath("eventExportDownload", { locale, eventId })}
        hidden={hidden}
        groups={[{ legend: t("columnsLegend"), hint: t("columnsHint"), columns: EXPORT_COLUMNS.filter((c) => !c.sensitive).map(column) }]}
        sensitive={EXPORT_COLUMNS.filter((c) => c.sensitive).map(column)}
        sensitiveWarning={t("sensitiveWarning")}
        includeSensitiveLabel={t("includeSensitive")}
        ticked={ticked}
        format={format}
        error={error}
      />

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
