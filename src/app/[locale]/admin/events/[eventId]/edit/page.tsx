import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { adminPath } from "@/features/admin/routes";
import { EventAdminHeader } from "@/features/admin-events/components/event-header";
import { EventForm } from "@/features/admin-events/components/event-form";
import { AdminEventsMessagesProvider } from "@/features/admin-events/components/messages-provider";
import { getEventFormOptions, getManagedEvent } from "@/features/admin-events/data";
import { eventFormValuesOf } from "@/features/admin-events/schema";
import { localized } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireCoordinator } from "@/server/session";
import { duplicateEventAction, publishEventAction, updateEventAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; eventId: string }>;
  searchParams: Promise<{ done?: string; error?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminEvents.edit" });
  return { title: t("title") };
}

const DONE = ["created", "saved", "published", "duplicated", "cancelled"] as const;

export default async function EditEventPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { eventId } = await params;
  await requireCoordinator({ next: adminPath("eventEdit", { locale, eventId }) });
  const event = await getManagedEvent(eventId); // null for a missing id and another region's alike
  if (!event) notFound();
  const [options, t, query] = await Promise.all([getEventFormOptions(), getTranslations("AdminEvents"), searchParams]);
  const done = DONE.find((d) => d === query.done);
  // the event's own region stays selectable, even for a coordinator who could not choose it now
  const voivodeships = options.voivodeships.map((v) => ({ code: v.code, name: localized(v, "name", locale) }));
  if (event.voivodeship && !voivodeships.some((v) => v.code === event.voivodeshipCode)) {
    voivodeships.push({ code: event.voivodeshipCode!, name: localized(event.voivodeship, "name", locale) });
  }

  return (
    <div className="flex flex-col gap-6">
      <EventAdminHeader locale={locale} title={t("edit.title")} current="edit" event={event} />

      {done ? (
        <p role="status" className="card border-green-700 bg-green-50">
          {t(`edit.done.${done}`)}
        </p>
      ) : null}
      {query.error ? (
        <p role="alert" className="card border-red-700 bg-red-50 font-semibold text-red-900">
          {t("formErrors.notAllowed")}
        </p>
      ) : null}

      <section aria-labelledby="status-actions" className="card flex flex-col gap-3">
        <h2 id="status-actions" className="text-xl font-bold">{t("edit.statusTitle")}</h2>
        <p>{t(`edit.statusLead.${event.status}`)}</p>
        <p className="text-sm">
          {t("edit.placesTaken", { taken: event.placesTaken })}{" "}
          {event.capacity === null ? t("edit.noLimit") : t("edit.capacity", { capacity: event.capacity })}{" "}
          {t("edit.waiting", { waitlisted: event.counts.WAITLISTED, pending: event.counts.PENDING_EMAIL })}
        </p>
        <div className="flex flex-wrap gap-3">
          {event.status === "DRAFT" ? (
            <form action={publishEventAction.bind(null, locale, event.id)}>
              <button type="submit" className="button">{t("edit.publish")}</button>
            </form>
          ) : null}
          <form action={duplicateEventAction.bind(null, locale, event.id)}>
            <button type="submit" className="button-secondary">{t("edit.duplicate")}</button>
          </form>
          {event.status !== "CANCELLED" ? (
            <NextLink href={adminPath("eventCancel", { locale, eventId: event.id })} prefetch={false} className="button-secondary">
              {t("edit.cancel")}
            </NextLink>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="event-form" className="flex flex-col gap-4">
        <h2 id="event-form" className="text-xl font-bold">{t("edit.formTitle")}</h2>
        <AdminEventsMessagesProvider>
          <EventForm
            action={updateEventAction.bind(null, locale, event.id)}
            initial={eventFormValuesOf(event)}
            offers={options.offers.map((o) => ({ id: o.id, title: localized(o, "title", locale) }))}
            voivodeships={voivodeships}
            canBeCoalitionWide={options.canBeCoalitionWide}
            submitLabel={t("edit.submit")}
          />
        </AdminEventsMessagesProvider>
      </section>
    </div>
  );
}
