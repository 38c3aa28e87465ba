import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath } from "@/features/admin/routes";
import { EventForm } from "@/features/admin-events/components/event-form";
import { AdminEventsMessagesProvider } from "@/features/admin-events/components/messages-provider";
import { getEventFormOptions } from "@/features/admin-events/data";
import { localized } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireCoordinator } from "@/server/session";
import { createEventAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminEvents.new" });
  return { title: t("title") };
}

export default async function NewEventPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requireCoordinator({ next: adminPath("eventNew", { locale }) });
  const [options, t] = await Promise.all([getEventFormOptions(), getTranslations("AdminEvents")]);
  const voivodeships = options.voivodeships.map((v) => ({ code: v.code, name: localized(v, "name", locale) }));

  return (
    <div className="flex flex-col gap-6">
      <p>
        <NextLink href={adminPath("adminEvents", { locale })} prefetch={false}>
          ← {t("backToList")}
        </NextLink>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("new.title")}</h1>
        <p className="max-w-3xl">{t("new.lead")}</p>
      </header>
      {options.canCreate ? (
        <AdminEventsMessagesProvider>
          <EventForm
            action={createEventAction.bind(null, locale)}
            initial={{ format: "ONSITE", meetingLanguage: "pl", voivodeshipCode: voivodeships.length === 1 && !options.canBeCoalitionWide ? voivodeships[0]!.code : "" }}
            offers={options.offers.map((o) => ({ id: o.id, title: localized(o, "title", locale) }))}
            voivodeships={voivodeships}
            canBeCoalitionWide={options.canBeCoalitionWide}
            submitLabel={t("new.submit")}
          />
        </AdminEventsMessagesProvider>
      ) : (
        <p>{t("list.noRegions")}</p>
      )}
    </div>
  );
}
