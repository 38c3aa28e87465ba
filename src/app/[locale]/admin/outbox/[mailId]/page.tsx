import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { OutboxStatusBadge } from "@/features/admin-outbox/components/status-badge";
import { getOutboxMail } from "@/features/admin-outbox/data";
import { DateTime } from "@/features/admin-registrations/components/date-time";
import { pageLocale } from "@/lib/page";
import { requireAdmin } from "@/server/session";
import { retryOutboxMailAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; mailId: string }>;
  searchParams: Promise<{ done?: string; error?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminOutbox.detail" });
  return { title: t("metaTitle") };
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-slate-200 py-2 sm:grid-cols-[14rem_1fr] sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

const ERRORS = ["notFailed", "anonymised"] as const;

export default async function AdminOutboxMailPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { mailId } = await params;
  await requireAdmin({ next: adminPath("outboxMail", { locale, mailId }) });
  const mail = await getOutboxMail(mailId);
  if (!mail) notFound();
  const query = await searchParams;
  const t = await getTranslations("AdminOutbox");
  const none = t("none");
  const error = ERRORS.find((e) => e === query.error);

  return (
    <div className="flex max-w-4xl flex-col gap-8">
      <p>
        <NextLink href={adminPath("outbox", { locale })} prefetch={false}>
          ← {t("detail.backToList")}
        </NextLink>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold break-words">{mail.subject}</h1>
        <p>
          {t("columns.status")}: <OutboxStatusBadge status={mail.status} />
        </p>
        <p className="text-sm text-slate-700">{t("detail.viewLogged")}</p>
      </header>

      {query.done === "retried" ? (
        <p role="status" className="card border-green-700 bg-green-50">
          {t("detail.retried")}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="card border-red-700 bg-red-50 font-semibold text-red-900">
          {t(`detail.errors.${error}`)}
        </p>
      ) : null}

      <section aria-labelledby="delivery" className="flex flex-col gap-2">
        <h2 id="delivery" className="text-xl font-bold">{t("detail.delivery")}</h2>
        <dl>
          <Row label={t("columns.kind")}><span className="font-mono">{mail.kind}</span></Row>
          <Row label={t("columns.to")}>{mail.anonymised ? t("anonymised") : mail.toAddress}</Row>
          <Row label={t("columns.locale")}>{mail.locale.toUpperCase()}</Row>
          <Row label={t("columns.attempts")}>{mail.attempts}</Row>
          <Row label={t("columns.nextAttempt")}>
            {mail.status === "PENDING" || mail.status === "SENDING" ? <DateTime value={mail.nextAttemptAt} locale={locale} /> : none}
          </Row>
          <Row label={t("columns.lastError")}>{mail.lastError ?? none}</Row>
          <Row label={t("columns.createdAt")}><DateTime value={mail.createdAt} locale={locale} /></Row>
          <Row label={t("columns.sentAt")}>{mail.sentAt ? <DateTime value={mail.sentAt} locale={locale} /> : none}</Row>
        </dl>
        {mail.canRetry ? (
          <form action={retryOutboxMailAction.bind(null, locale, mail.id)} className="mt-2 flex flex-col gap-2">
            <p className="text-sm text-slate-700" id="retry-hint">{t("detail.retryHint")}</p>
            <div>
              <button type="submit" className="button" aria-describedby="retry-hint">{t("detail.retry")}</button>
            </div>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="text" className="flex flex-col gap-2">
        <h2 id="text" className="text-xl font-bold">{t("detail.text")}</h2>
        {mail.text ? (
          <pre lang={mail.locale} tabIndex={0} className="card overflow-x-auto text-sm break-words whitespace-pre-wrap">{mail.text}</pre>
        ) : (
          <p>{t("detail.noText")}</p>
        )}
      </section>
    </div>
  );
}
