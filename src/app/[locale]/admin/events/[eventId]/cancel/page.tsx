import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { inputClass } from "@/components/ui/form-fields";
import { adminPath } from "@/features/admin/routes";
import { EventAdminHeader } from "@/features/admin-events/components/event-header";
import { getManagedEvent } from "@/features/admin-events/data";
import { pageLocale } from "@/lib/page";
import { requireCoordinator } from "@/server/session";
import { cancelEventAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; eventId: string }>;
  searchParams: Promise<{ error?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminEvents.cancel" });
  return { title: t("title") };
}

export default async function CancelEventPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { eventId } = await params;
  await requireCoordinator({ next: adminPath("eventCancel", { locale, eventId }) });
  const event = await getManagedEvent(eventId);
  if (!event) notFound();
  const [t, query] = await Promise.all([getTranslations("AdminEvents"), searchParams]);
  const notified = event.counts.PENDING_EMAIL + event.counts.CONFIRMED + event.counts.WAITLISTED;
  const error = query.error === "confirmCancel" ? t("form.validation.confirmCancel") : query.error ? t("formErrors.notAllowed") : null;

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <EventAdminHeader locale={locale} title={t("cancel.title")} current="cancel" event={event} />
      {event.status === "CANCELLED" ? (
        <p role="status" className="card">{t("cancel.already")}</p>
      ) : (
        <form action={cancelEventAction.bind(null, locale, event.id)} className="card flex flex-col gap-4">
          {error ? (
            <p id="confirm-error" role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
              {error}
            </p>
          ) : null}
          <p>{t("cancel.lead")}</p>
          <p className="font-semibold">{t("cancel.notified", { count: notified })}</p>
          <div className="flex flex-col gap-1">
            <label htmlFor="message" className="font-semibold">{t("cancel.message")}</label>
            <p id="message-hint" className="text-sm text-slate-700">{t("cancel.messageHint")}</p>
            <textarea id="message" name="message" rows={5} aria-describedby="message-hint" className={inputClass} />
          </div>
          <div className="flex items-start gap-3">
            <input
              id="confirm"
              name="confirm"
              type="checkbox"
              value="on"
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "confirm-error" : undefined}
              className="mt-1 h-6 w-6 shrink-0 accent-brand-800"
            />
            <label htmlFor="confirm">{t("cancel.confirm", { count: notified })}</label>
          </div>
          <div className="flex flex-wrap gap-3">
            <button type="submit" className="button">{t("cancel.submit")}</button>
            <NextLink href={adminPath("eventEdit", { locale, eventId: event.id })} prefetch={false} className="button-secondary">
              {t("cancel.back")}
            </NextLink>
          </div>
        </form>
      )}
    </div>
  );
}
