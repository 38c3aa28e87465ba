import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Pager } from "@/components/ui/pager";
import { adminPath } from "@/features/admin/routes";
import { OutboxStatusBadge } from "@/features/admin-outbox/components/status-badge";
import { listOutboxMails } from "@/features/admin-outbox/data";
import { OUTBOX_STATUSES, outboxListQuerySchema, outboxListQueryString } from "@/features/admin-outbox/schema";
import { DateTime } from "@/features/admin-registrations/components/date-time";
import { firstValues } from "@/features/admin-registrations/schema";
import { pageLocale } from "@/lib/page";
import { requireAdmin } from "@/server/session";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminOutbox.list" });
  return { title: t("title") };
}

const controlClass = "min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2";

export default async function AdminOutboxPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const path = adminPath("outbox", { locale });
  await requireAdmin({ next: path });
  const query = outboxListQuerySchema.parse(firstValues(await searchParams));
  const [t, result] = await Promise.all([getTranslations("AdminOutbox"), listOutboxMails(query)]);
  const { items, total, page, pages, counts, kinds } = result;
  const filtered = outboxListQueryString({ ...query, page: 1 }) !== "";
  const none = t("none");

  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="mb-2 text-3xl font-bold">{t("list.title")}</h1>
        <p className="max-w-3xl">{t("list.lead")}</p>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {OUTBOX_STATUSES.map((s) => (
            <li key={s}>
              {t(`status.${s}`)}: <strong className="tabular-nums">{counts[s]}</strong>
            </li>
          ))}
        </ul>
      </header>

      <form method="get" role="search" aria-label={t("list.filtersLabel")} className="card grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="q" className="font-semibold">{t("list.search")}</label>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className={controlClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="status" className="font-semibold">{t("list.status")}</label>
          <select id="status" name="status" defaultValue={query.status ?? ""} className={controlClass}>
            <option value="">{t("list.all")}</option>
            {OUTBOX_STATUSES.map((s) => (
              <option key={s} value={s}>{t(`status.${s}`)}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="kind" className="font-semibold">{t("list.kind")}</label>
          <select id="kind" name="kind" defaultValue={query.kind ?? ""} className={controlClass}>
            <option value="">{t("list.all")}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>{k}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-3">
          <button type="submit" className="button">{t("list.apply")}</button>
          {filtered ? (
            <NextLink href={path} prefetch={false} className="button-secondary">{t("list.reset")}</NextLink>
          ) : null}
        </div>
      </form>

      <section className="flex flex-col gap-3">
        <h2 id="results" className="text-xl font-bold">
          {t("list.results", { count: total })}
        </h2>
        {items.length ? (
          <div role="region" aria-labelledby="results" tabIndex={0} className="overflow-x-auto">
            <table className="w-full min-w-[64rem] border-collapse text-left text-sm">
              <caption className="sr-only">{t("list.tableCaption", { page, pages })}</caption>
              <thead>
                <tr className="border-b-2 border-slate-300 align-bottom">
                  <th scope="col" className="py-2 pr-3">{t("columns.subject")}</th>
                  <th scope="col" className="py-2 pr-3">{t("columns.kind")}</th>
                  <th scope="col" className="py-2 pr-3">{t("columns.to")}</th>
                  <th scope="col" className="py-2 pr-3">{t("columns.locale")}</th>
                  <th scope="col" className="py-2 pr-3">{t("columns.status")}</th>
                  <th scope="col" className="py-2 pr-3">{t("columns.attempts")}</th>
                  <th scope="col" className="py-2 pr-3">{t("columns.nextAttempt")}</th>
                  <th scope="col" className="py-2 pr-3">{t("columns.lastError")}</th>
                  <th scope="col" className="py-2 pr-3">{t("columns.createdAt")}</th>
                  <th scope="col" className="py-2">{t("columns.sentAt")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((m) => (
                  <tr key={m.id} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-3 text-left font-normal">
                      <NextLink href={adminPath("outboxMail", { locale, mailId: m.id })} prefetch={false} className="font-semibold">
                        {m.subject}
                      </NextLink>
                    </th>
                    <td className="py-2 pr-3 font-mono text-xs">{m.kind}</td>
                    <td className="py-2 pr-3 break-all">{m.anonymised ? t("anonymised") : m.toAddress}</td>
                    <td className="py-2 pr-3 uppercase">{m.locale}</td>
                    <td className="py-2 pr-3"><OutboxStatusBadge status={m.status} /></td>
                    <td className="py-2 pr-3 tabular-nums">{m.attempts}</td>
                    <td className="py-2 pr-3 whitespace-nowrap">
                      {m.status === "PENDING" || m.status === "SENDING" ? <DateTime value={m.nextAttemptAt} locale={locale} /> : none}
                    </td>
                    <td className="max-w-[16rem] py-2 pr-3 break-words">{m.lastError ?? none}</td>
                    <td className="py-2 pr-3 whitespace-nowrap"><DateTime value={m.createdAt} locale={locale} /></td>
                    <td className="py-2 whitespace-nowrap">{m.sentAt ? <DateTime value={m.sentAt} locale={locale} /> : none}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{filtered ? t("list.noResults") : t("list.empty")}</p>
        )}
        <Pager
          page={page}
          pages={pages}
          href={(n) => `${path}${outboxListQueryString(query, n)}`}
          labels={{ nav: t("list.pagination"), previous: t("list.previous"), next: t("list.next"), pageOf: t("list.pageOf", { page, pages }) }}
        />
      </section>
    </div>
  );
}
