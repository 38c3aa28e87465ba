import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { EventAdminHeader } from "@/features/admin-events/components/event-header";
import { MessageForm } from "@/features/admin-events/components/message-form";
import { AdminEventsMessagesProvider } from "@/features/admin-events/components/messages-provider";
import { getManagedEvent, listEventMessages } from "@/features/admin-events/data";
import { DateTime } from "@/features/admin-registrations/components/date-time";
import { pageLocale } from "@/lib/page";
import { requireCoordinator } from "@/server/session";
import { sendEventMessageAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; eventId: string }>;
  searchParams: Promise<{ sent?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminEvents.messages" });
  return { title: t("title") };
}

export default async function EventMessagesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { eventId } = await params;
  const path = adminPath("eventMessages", { locale, eventId });
  await requireCoordinator({ next: path });
  const [event, messages] = await Promise.all([getManagedEvent(eventId), listEventMessages(eventId)]);
  if (!event || !messages) notFound();
  const [t, query] = await Promise.all([getTranslations("AdminEvents"), searchParams]);
  const sent = query.sent && /^\d+$/.test(query.sent) ? Number(query.sent) : null;

  return (
    <div className="flex flex-col gap-8">
      <EventAdminHeader locale={locale} title={t("messages.title")} current="messages" event={event} />
      {sent !== null ? (
        <p role="status" className="card border-green-700 bg-green-50">
          {t("messages.sent", { count: sent })}
        </p>
      ) : null}

      <section aria-labelledby="progress" className="flex flex-col gap-3">
        <h2 id="progress" className="text-xl font-bold">{t("messages.progressTitle")}</h2>
        {messages.length ? (
          <>
            <div role="region" aria-labelledby="progress" tabIndex={0} className="overflow-x-auto">
              <table className="w-full min-w-[40rem] border-collapse text-left">
                <thead>
                  <tr className="border-b-2 border-slate-300 align-bottom">
                    <th scope="col" className="py-2 pr-4">{t("messages.subject")}</th>
                    <th scope="col" className="py-2 pr-4">{t("messages.sentAt")}</th>
                    <th scope="col" className="py-2 pr-4 text-right">{t("messages.recipients")}</th>
                    <th scope="col" className="py-2 pr-4 text-right">{t("messages.progress.pending")}</th>
                    <th scope="col" className="py-2 pr-4 text-right">{t("messages.progress.sent")}</th>
                    <th scope="col" className="py-2 text-right">{t("messages.progress.failed")}</th>
                  </tr>
                </thead>
                <tbody>
                  {messages.map((m) => (
                    <tr key={m.id} className="border-b border-slate-200 align-top">
                      <th scope="row" className="py-2 pr-4 text-left font-normal">
                        <span className="font-semibold" lang="pl">{m.subjectPl}</span>
                        <br />
                        <span className="text-sm text-slate-700">
                          {m.audience.statuses.map((s) => t(`messages.statuses.${s}`)).join(", ")}
                          {m.audience.interpretationOnly ? ` · ${t("messages.interpretationOnlyShort")}` : null} · {m.createdByLabel}
                        </span>
                      </th>
                      <td className="py-2 pr-4 whitespace-nowrap"><DateTime value={m.createdAt} locale={locale} /></td>
                      <td className="py-2 pr-4 text-right tabular-nums">{m.recipientCount}</td>
                      <td className="py-2 pr-4 text-right tabular-nums">{m.progress.pending}</td>
                      <td className="py-2 pr-4 text-right tabular-nums">{m.progress.sent}</td>
                      <td className={`py-2 text-right tabular-nums ${m.progress.failed ? "font-bold text-red-800" : ""}`}>{m.progress.failed}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>
              {/* a plain link: a full reload re-reads the counts */}
              <a href={path}>{t("messages.refresh")}</a>
            </p>
          </>
        ) : (
          <p>{t("messages.none")}</p>
        )}
      </section>

      <section aria-labelledby="compose" className="flex flex-col gap-4">
        <h2 id="compose" className="text-xl font-bold">{t("messages.composeTitle")}</h2>
        <p className="max-w-3xl">{t("messages.composeLead")}</p>
        <AdminEventsMessagesProvider>
          <MessageForm
            action={sendEventMessageAction.bind(null, locale, event.id)}
            counts={{ CONFIRMED: event.counts.CONFIRMED, WAITLISTED: event.counts.WAITLISTED, PENDING_EMAIL: event.counts.PENDING_EMAIL, ATTENDED: event.counts.ATTENDED }}
            interpretationCount={event.interpretationCount}
          />
        </AdminEventsMessagesProvider>
      </section>
    </div>
  );
}
