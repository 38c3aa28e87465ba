import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { inputClass } from "@/components/ui/form-fields";
import { adminPath } from "@/features/admin/routes";
import { OutboxStatusBadge } from "@/features/admin-outbox/components/status-badge";
import { DateTime } from "@/features/admin-registrations/components/date-time";
import { firstValues } from "@/features/admin-registrations/schema";
import { findPersonalData, type ErasureCounts } from "@/features/privacy/data";
import type { PrivacyError } from "@/features/privacy/schema";
import { localized } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireAdmin } from "@/server/session";
import { erasePersonalDataAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminPrivacy" });
  return { title: t("title") };
}

const ERRORS: PrivacyError[] = ["emailRequired", "email", "confirmationMismatch"];
const COUNT_KEYS = ["registrations", "cancelled", "applications", "withdrawn", "organisations", "mails"] as const satisfies readonly (keyof ErasureCounts)[];

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    // not a landmark itself: the table below is the region named by this title
    <section className="flex flex-col gap-2">
      <h3 id={id} className="text-lg font-bold">{title}</h3>
      {children}
    </section>
  );
}

function Table({ label, head, children }: { label: string; head: string[]; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <thead>
          <tr className="border-b-2 border-slate-300 align-bottom">
            {head.map((h) => (
              <th key={h} scope="col" className="py-2 pr-3">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

const cell = "py-2 pr-3 align-top";

export default async function AdminPrivacyPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const path = adminPath("privacy", { locale });
  await requireAdmin({ next: path });
  const query = firstValues(await searchParams);
  const [t, ta, tapp, torg] = await Promise.all([
    getTranslations("AdminPrivacy"),
    getTranslations("Admin"),
    getTranslations("AdminApplications"),
    getTranslations("AdminOrganisations"),
  ]);
  const asked = typeof query.email === "string";
  const result = asked ? await findPersonalData({ email: query.email }) : null;
  const lookupError = result && !result.ok ? result.error : null;
  const eraseError = ERRORS.find((e) => e === query.error) ?? null;
  const data = result?.ok ? result.data : null;
  const none = t("none");
  const erased = query.erased === "1" ? COUNT_KEYS.map((k) => [k, Number(query[k]) || 0] as const) : null;
  const found = data ? data.registrations.length + data.applications.length + data.organisations.length + data.mails.length : 0;
  const exportHref = data ? `${adminPath("privacyExport", { locale })}?${new URLSearchParams({ email: data.email })}` : "";

  return (
    <div className="flex max-w-5xl flex-col gap-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl">{t("lead")}</p>
        <p className="text-sm text-slate-700">{t("logged")}</p>
      </header>

      {erased ? (
        <div role="status" className="card border-green-700 bg-green-50">
          <p className="font-semibold">{t("erased.title")}</p>
          <ul className="mt-2 list-disc pl-6">
            {erased.map(([k, n]) => (
              <li key={k}>{t(`erased.${k}`, { count: n })}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <form method="get" role="search" aria-label={t("lookup.label")} className="card flex flex-col gap-4 sm:flex-row sm:items-end">
        <div className="flex grow flex-col gap-1">
          <label htmlFor="email" className="font-semibold">{t("lookup.email")}</label>
          <p id="email-hint" className="text-sm text-slate-700">{t("lookup.hint")}</p>
          {lookupError ? (
            <p id="email-error" className="text-sm font-semibold text-red-800">{t(`errors.${lookupError}`)}</p>
          ) : null}
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="off"
            defaultValue={asked ? String(query.email) : ""}
            aria-describedby={lookupError ? "email-hint email-error" : "email-hint"}
            aria-invalid={lookupError ? true : undefined}
            className={inputClass}
          />
        </div>
        <button type="submit" className="button">{t("lookup.submit")}</button>
      </form>

      {data ? (
        <section aria-labelledby="found" className="flex flex-col gap-6">
          <div className="flex flex-col gap-2">
            <h2 id="found" className="text-2xl font-bold break-all">{t("found.title", { email: data.email })}</h2>
            <p>{found ? t("found.summary", { registrations: data.registrations.length, applications: data.applications.length, organisations: data.organisations.length, mails: data.mailCount }) : t("found.nothing")}</p>
            {found ? (
              <p>
                <a href={exportHref} download className="button-secondary">{t("export.link")}</a>
              </p>
            ) : null}
          </div>

          {data.registrations.length ? (
            <Section id="registrations" title={t("found.registrations")}>
              <Table label={t("found.registrations")} head={[t("columns.event"), t("columns.name"), t("columns.status"), t("columns.createdAt")]}>
                {data.registrations.map((r) => (
                  <tr key={r.id} className="border-b border-slate-200">
                    <td className={cell}>
                      <NextLink href={adminPath("registrationDetail", { locale, registrationId: r.id })} prefetch={false} className="font-semibold">
                        {localized(r.event, "title", locale)}
                      </NextLink>
                      <br />
                      <span className="text-slate-700"><DateTime value={r.event.startsAt} locale={locale} /></span>
                    </td>
                    <td className={cell}>{r.fullName}{r.phone ? <><br />{r.phone}</> : null}</td>
                    <td className={cell}>{ta(`status.${r.status}`)}</td>
                    <td className={`${cell} whitespace-nowrap`}><DateTime value={r.createdAt} locale={locale} /></td>
                  </tr>
                ))}
              </Table>
            </Section>
          ) : null}

          {data.applications.length ? (
            <Section id="applications" title={t("found.applications")}>
              <Table label={t("found.applications")} head={[t("columns.offer"), t("columns.name"), t("columns.status"), t("columns.createdAt")]}>
                {data.applications.map((a) => (
                  <tr key={a.id} className="border-b border-slate-200">
                    <td className={cell}>
                      <NextLink href={adminPath("applicationDetail", { locale, offerSlug: a.offer.slug, applicationId: a.id })} prefetch={false} className="font-semibold">
                        {localized(a.offer, "title", locale)}
                      </NextLink>
                    </td>
                    <td className={cell}>{a.fullName}{a.phone ? <><br />{a.phone}</> : null}</td>
                    <td className={cell}>{tapp(`status.${a.status}`)}</td>
                    <td className={`${cell} whitespace-nowrap`}><DateTime value={a.createdAt} locale={locale} /></td>
                  </tr>
                ))}
              </Table>
            </Section>
          ) : null}

          {data.organisations.length ? (
            <Section id="organisations" title={t("found.organisations")}>
              <Table label={t("found.organisations")} head={[t("columns.organisation"), t("columns.contactPerson"), t("columns.status"), t("columns.createdAt")]}>
                {data.organisations.map((o) => (
                  <tr key={o.id} className="border-b border-slate-200">
                    <td className={cell}>
                      <NextLink href={adminPath("organisationDetail", { locale, organisationId: o.id })} prefetch={false} className="font-semibold">
                        {o.name}
                      </NextLink>
                    </td>
                    <td className={cell}>{o.contactPersonName ?? none}{o.contactPersonPhone ? <><br />{o.contactPersonPhone}</> : null}</td>
                    <td className={cell}>{torg(`status.${o.moderationStatus}`)}</td>
                    <td className={`${cell} whitespace-nowrap`}><DateTime value={o.createdAt} locale={locale} /></td>
                  </tr>
                ))}
              </Table>
            </Section>
          ) : null}

          {data.mails.length ? (
            <Section id="mails" title={t("found.mails")}>
              {data.mailCount > data.mails.length ? <p className="text-sm">{t("found.limited", { shown: data.mails.length, total: data.mailCount })}</p> : null}
              <Table label={t("found.mails")} head={[t("columns.subject"), t("columns.kind"), t("columns.status"), t("columns.createdAt")]}>
                {data.mails.map((m) => (
                  <tr key={m.id} className="border-b border-slate-200">
                    <td className={cell}>
                      <NextLink href={adminPath("outboxMail", { locale, mailId: m.id })} prefetch={false} className="font-semibold">
                        {m.subject}
                      </NextLink>
                    </td>
                    <td className={`${cell} font-mono text-xs`}>{m.kind}</td>
                    <td className={cell}><OutboxStatusBadge status={m.status} /></td>
                    <td className={`${cell} whitespace-nowrap`}><DateTime value={m.createdAt} locale={locale} /></td>
                  </tr>
                ))}
              </Table>
            </Section>
          ) : null}

          {data.audit.length ? (
            <Section id="audit" title={t("found.audit")}>
              {data.auditCount > data.audit.length ? <p className="text-sm">{t("found.limited", { shown: data.audit.length, total: data.auditCount })}</p> : null}
              <Table label={t("found.audit")} head={[t("columns.at"), t("columns.action"), t("columns.actor"), t("columns.entity")]}>
                {data.audit.map((e) => (
                  <tr key={e.id} className="border-b border-slate-200">
                    <td className={`${cell} whitespace-nowrap`}><DateTime value={e.at} locale={locale} /></td>
                    <td className={`${cell} font-mono text-xs`}>{e.action}</td>
                    <td className={`${cell} break-all`}>{e.actorLabel}</td>
                    <td className={`${cell} font-mono text-xs break-all`}>{e.entityType} {e.entityId}</td>
                  </tr>
                ))}
              </Table>
            </Section>
          ) : null}

          {found ? (
            <section aria-labelledby="erase" className="card flex flex-col gap-4 border-red-700">
              <h2 id="erase" className="text-xl font-bold">{t("erase.title")}</h2>
              <ul className="list-disc space-y-1 pl-6">
                <li>{t("erase.future")}</li>
                <li>{t("erase.past")}</li>
                <li>{t("erase.applications")}</li>
                <li>{t("erase.organisations")}</li>
                <li>{t("erase.noMail")}</li>
              </ul>
              <p className="font-semibold">{t("erase.irreversible")}</p>
              {eraseError ? (
                <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 font-semibold text-red-900">
                  {t(`errors.${eraseError}`)}
                </p>
              ) : null}
              <form action={erasePersonalDataAction.bind(null, locale)} className="flex flex-col gap-4">
                <input type="hidden" name="email" value={data.email} />
                <div className="flex flex-col gap-1">
                  <label htmlFor="confirmation" className="font-semibold">{t("erase.confirmation")}</label>
                  <p id="confirmation-hint" className="text-sm text-slate-700">{t("erase.confirmationHint", { email: data.email })}</p>
                  {eraseError ? (
                    <p id="confirmation-error" className="text-sm font-semibold text-red-800">{t(`errors.${eraseError}`)}</p>
                  ) : null}
                  <input
                    id="confirmation"
                    name="confirmation"
                    type="text"
                    inputMode="email"
                    autoComplete="off"
                    spellCheck={false}
                    required
                    aria-describedby={eraseError ? "confirmation-hint confirmation-error" : "confirmation-hint"}
                    aria-invalid={eraseError ? true : undefined}
                    className={inputClass}
                  />
                </div>
                <div>
                  <button type="submit" className="inline-flex min-h-11 items-center justify-center rounded-md bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">
                    {t("erase.submit")}
                  </button>
                </div>
              </form>
            </section>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
