import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import type { ReactNode } from "react";
import { adminPath } from "@/features/admin/routes";
import { ApplicationStatusBadge } from "@/features/admin-applications/components/status-badge";
import { DateTime } from "@/features/admin-registrations/components/date-time";
import { StatusBadge } from "@/features/admin-registrations/components/status-badge";
import type { Locale } from "@/i18n/routing";
import { localized, textLang } from "@/lib/localized";
import type { OrganisationSignUps } from "../links";

type Row = { id: string; href: string; name: string; what: ReactNode; status: ReactNode; createdAt: Date };

async function LinkedTable({ locale, id, title, caption, whatColumn, rows, total, empty }: { locale: Locale; id: string; title: string; caption: string; whatColumn: string; rows: Row[]; total: number; empty: string }) {
  const t = await getTranslations("AdminOrganisationSignUps");
  return (
    <div className="flex flex-col gap-2">
      <h3 id={id} className="text-lg font-bold">{title} ({total})</h3>
      {rows.length ? (
        <div role="region" aria-labelledby={id} tabIndex={0} className="overflow-x-auto">
          <table className="w-full min-w-[36rem] border-collapse text-left">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">{t("columns.name")}</th>
                <th scope="col" className="py-2 pr-4">{whatColumn}</th>
                <th scope="col" className="py-2 pr-4">{t("columns.status")}</th>
                <th scope="col" className="py-2">{t("columns.created")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-4 text-left font-normal">
                    <NextLink href={r.href} prefetch={false} className="font-semibold">{r.name}</NextLink>
                  </th>
                  <td className="py-2 pr-4">{r.what}</td>
                  <td className="py-2 pr-4">{r.status}</td>
                  <td className="py-2 whitespace-nowrap"><DateTime value={r.createdAt} locale={locale} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{empty}</p>
      )}
      {total > rows.length ? <p className="text-sm text-slate-700">{t("more", { shown: rows.length, total })}</p> : null}
    </div>
  );
}

/** The organisation's event sign-ups and offer applications in the user's scope, each linked to its detail page. */
export async function LinkedSignUps({ locale, organisationName, data }: { locale: Locale; organisationName: string; data: OrganisationSignUps }) {
  const [t, ta] = await Promise.all([getTranslations("AdminOrganisationSignUps"), getTranslations("Admin")]);
  const name = (r: { fullName: string; anonymisedAt: Date | null }) => (r.anonymisedAt ? ta("list.anonymised") : r.fullName);
  const registrations: Row[] = data.registrations.map((r) => ({
    id: r.id,
    href: adminPath("registrationDetail", { locale, registrationId: r.id }),
    name: name(r),
    // to the meeting's sign-up list searched for the organisation (the search matches the organisation's name)
    what: (
      <NextLink href={`${adminPath("eventRegistrations", { locale, eventId: r.event.id })}?${new URLSearchParams({ q: organisationName.slice(0, 100) })}`} prefetch={false} lang={textLang(r.event, "title", locale)}>
        {localized(r.event, "title", locale)}
      </NextLink>
    ),
    status: <StatusBadge status={r.status} />,
    createdAt: r.createdAt,
  }));
  const applications: Row[] = data.applications.map((a) => ({
    id: a.id,
    href: adminPath("applicationDetail", { locale, offerSlug: a.offer.slug, applicationId: a.id }),
    name: name(a),
    what: <span lang={textLang(a.offer, "title", locale)}>{localized(a.offer, "title", locale)}</span>,
    status: <ApplicationStatusBadge status={a.status} />,
    createdAt: a.createdAt,
  }));
  return (
    <section aria-labelledby="linked-sign-ups" className="card flex flex-col gap-4">
      <h2 id="linked-sign-ups" className="text-xl font-bold">{t("title")}</h2>
      <p>{t("lead")}</p>
      <LinkedTable locale={locale} id="linked-registrations" title={t("registrations")} caption={t("registrationsCaption")} whatColumn={t("columns.event")} rows={registrations} total={data.registrationTotal} empty={t("noRegistrations")} />
      <LinkedTable locale={locale} id="linked-applications" title={t("applications")} caption={t("applicationsCaption")} whatColumn={t("columns.offer")} rows={applications} total={data.applicationTotal} empty={t("noApplications")} />
    </section>
  );
}
