import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { PrintButton } from "@/features/admin-exports/components/print-button";
import { getAttendanceList } from "@/features/admin-exports/data";
import { formatEventRange } from "@/lib/dates";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireCoordinator } from "@/server/session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; eventId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminExport.attendance" });
  return { title: t("metaTitle") };
}

// On paper: A4, only the list. The site header and footer and the coordinator area's bar (the layout's box holding
// its <nav>) are hidden; the table's header repeats on every page and no row is split between pages.
const printCss = `
@media print {
  @page { size: A4 portrait; margin: 12mm; }
  body > .skip-link, body > header, body > footer, main > div > div:has(> nav) { display: none !important; }
  main { padding: 0 !important; max-width: none !important; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  a { color: inherit !important; text-decoration: none !important; }
}`;

export default async function AttendanceListPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { eventId } = await params;
  await requireCoordinator({ next: adminPath("eventAttendance", { locale, eventId }) });
  const [list, t, ta] = await Promise.all([getAttendanceList(eventId), getTranslations("AdminExport.attendance"), getTranslations("Admin")]);
  if (!list) notFound();
  const { event, people } = list;

  const venue = [event.venueName, event.venueAddress].filter(Boolean).join(", ");
  const place = event.format === "ONLINE" || !venue ? t("online") : event.format === "HYBRID" ? `${venue} · ${t("online")}` : venue;

  return (
    <div className="flex flex-col gap-4 text-slate-950">
      <style>{printCss}</style>
      <p className="print:hidden">
        <NextLink href={adminPath("eventRegistrations", { locale, eventId })} prefetch={false}>
          ← {t("backToList")}
        </NextLink>
      </p>
      <header>
        <h1 className="mb-1 text-3xl font-bold">{t("title")}</h1>
        <p className="text-lg font-semibold" lang={textLang(event, "title", locale)}>
          {localized(event, "title", locale)}
        </p>
        <dl className="mt-2 grid gap-x-4 sm:grid-cols-[auto_1fr] print:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("when")}</dt>
          <dd>{formatEventRange(event.startsAt, event.endsAt, locale)}</dd>
          <dt className="font-semibold">{t("where")}</dt>
          <dd>{place}</dd>
        </dl>
      </header>
      <div className="flex flex-wrap items-center gap-4 print:hidden">
        <PrintButton label={t("print")} />
        <p className="text-sm text-slate-700">{t("printHint")}</p>
      </div>

      {people.length ? (
        <table className="w-full border-collapse text-left text-sm">
          <caption className="mb-2 text-left font-semibold">
            {t("caption")}: {t("count", { count: people.length })}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-700 align-bottom">
              <th scope="col" className="w-10 py-2 pr-2 text-right">{t("columns.number")}</th>
              <th scope="col" className="py-2 pr-3">{t("columns.name")}</th>
              <th scope="col" className="py-2 pr-3">{t("columns.organisation")}</th>
              <th scope="col" className="py-2 pr-3">{t("columns.voivodeship")}</th>
              <th scope="col" className="w-1/4 py-2">{t("columns.signature")}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p, i) => (
              <tr key={p.id} className="h-12 border-b border-slate-400 align-middle">
                <td className="py-1 pr-2 text-right tabular-nums">{i + 1}</td>
                <th scope="row" className="py-1 pr-3 font-semibold">{p.fullName}</th>
                <td className="py-1 pr-3">{p.organisation?.name ?? p.organisationName ?? (p.noOrganisation ? ta("list.noOrganisation") : "")}</td>
                <td className="py-1 pr-3">{p.voivodeship ? localized(p.voivodeship, "name", locale) : ""}</td>
                <td className="py-1" />
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="card">{t("empty")}</p>
      )}
      <p className="text-sm text-slate-700 print:hidden">{t("auditNote")}</p>
    </div>
  );
}
