import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FormMessagesProvider } from "@/features/registrations/components/form-provider";
import { RegistrationForm } from "@/features/registrations/components/registration-form";
import { editDeadline, getManagedRegistration, type ManagedRegistration } from "@/features/registrations/data";
import { loadFormOptions } from "@/features/registrations/form-options";
import { Link } from "@/i18n/navigation";
import { formatDateTime, formatEventRange } from "@/lib/dates";
import { localized } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { PRIVACY_POLICY_VERSION } from "@/lib/policy";
import { cancelRegistrationAction, updateRegistrationAction } from "./actions";

// Personal page behind the link in every mail: never cached, never indexed.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<{ saved?: string; cancelled?: string; cancel?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Manage" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The stored answers as form strings, to pre-fill the edit form. */
function formValues(r: ManagedRegistration): Record<string, string> {
  const on = (v: unknown) => (v ? "on" : "");
  return {
    fullName: r.fullName,
    email: r.email,
    phone: r.phone ?? "",
    organisationMode: r.organisationId ? "directory" : r.organisationName ? "other" : "none",
    organisationId: r.organisationId ?? "",
    organisationName: r.organisationName ?? "",
    roleInOrganisation: r.roleInOrganisation ?? "",
    groupType: r.groupType ?? "",
    community: r.community ?? "",
    voivodeshipCode: r.voivodeshipCode ?? "",
    city: r.city ?? "",
    contactLanguage: r.contactLanguage,
    contactLanguageOther: r.contactLanguageOther ?? "",
    interpretationNeeded: on(r.interpretationNeeded),
    interpretationLanguage: r.interpretationLanguage ?? "",
    accessibilityNeeds: r.accessibilityNeeds ?? "",
    expectations: r.expectations ?? "",
    heardFrom: r.heardFrom ?? "",
    consentProcessing: "on",
    consentSensitive: on(r.consentSensitiveAt),
    consentNewsletter: on(r.consentNewsletterAt),
    consentImage: on(r.consentImageAt),
  };
}

export default async function ManagePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const query = await searchParams;
  const t = await getTranslations("Manage");
  const registration = await getManagedRegistration(token);
  if (!registration) {
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <h1 className="text-3xl font-bold">{t("invalidTitle")}</h1>
        <p>{t("invalidText")}</p>
      </div>
    );
  }
  const { event } = registration;
  const options = registration.canEdit ? await loadFormOptions(locale) : null;

  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {query.saved ? <p role="status" className="card border-green-700 bg-green-50">{t("saved")}</p> : null}
      {query.cancelled ? <p role="status" className="card border-green-700 bg-green-50">{t("cancelledNotice")}</p> : null}

      <section aria-labelledby="status" className="card flex flex-col gap-2">
        <h2 id="status" className="text-xl font-bold">
          {localized(event, "title", locale)}
        </h2>
        <p>{formatEventRange(event.startsAt, event.endsAt, locale)} ({t("warsawTime")})</p>
        <p className="text-lg">
          <strong>{t("statusLabel")}:</strong> {t(`status.${registration.status}`, { position: registration.waitlistPosition ?? 0 })}
        </p>
        <p>{t(`statusHelp.${registration.status}`)}</p>
        {event.onlineMeetingUrl ? (
          <p>
            <strong>{t("onlineLink")}:</strong>{" "}
            <a href={event.onlineMeetingUrl} rel="noopener noreferrer">
              {event.onlineMeetingUrl}
            </a>
          </p>
        ) : null}
        {event.venueName ? (
          <p>
            <strong>{t("venue")}:</strong> {[event.venueName, event.venueAddress].filter(Boolean).join(", ")}
          </p>
        ) : null}
        <p>
          <Link href={`/events/${event.slug}`}>{t("eventPage")}</Link>
        </p>
      </section>

      {registration.canCancel ? (
        <section aria-labelledby="cancel" className="card flex flex-col gap-3">
          <h2 id="cancel" className="text-xl font-bold">
            {registration.status === "WAITLISTED" ? t("leaveWaitlistTitle") : t("cancelTitle")}
          </h2>
          {query.cancel ? (
            <form action={cancelRegistrationAction.bind(null, token, locale)} className="flex flex-col gap-3">
              <p>{t("cancelConfirm")}</p>
              <div className="flex flex-wrap gap-3">
                <button type="submit" className="button bg-red-800 hover:bg-red-900">
                  {registration.status === "WAITLISTED" ? t("leaveWaitlistButton") : t("cancelButton")}
                </button>
                <a href={`/${locale}/manage/${token}`} className="button-secondary">
                  {t("keep")}
                </a>
              </div>
            </form>
          ) : (
            <>
              <p>{t("cancelText")}</p>
              <div>
                <a href={`/${locale}/manage/${token}?cancel=1#cancel`} className="button-secondary">
                  {registration.status === "WAITLISTED" ? t("leaveWaitlistButton") : t("cancelButton")}
                </a>
              </div>
            </>
          )}
        </section>
      ) : null}

      {registration.canEdit && options ? (
        <section aria-labelledby="edit" className="flex flex-col gap-3">
          <h2 id="edit" className="text-xl font-bold">
            {t("editTitle")}
          </h2>
          <p>{t("editUntil", { deadline: formatDateTime(editDeadline(event), locale) })}</p>
          <FormMessagesProvider>
            <RegistrationForm
              mode="edit"
              action={updateRegistrationAction.bind(null, token, locale)}
              initial={formValues(registration)}
              organisations={options.organisations}
              voivodeships={options.voivodeships}
              privacyHref={`/${locale}/privacy`}
              policyVersion={PRIVACY_POLICY_VERSION}
            />
          </FormMessagesProvider>
        </section>
      ) : null}
    </div>
  );
}
