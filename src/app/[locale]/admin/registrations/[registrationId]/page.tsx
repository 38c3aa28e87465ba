import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { adminPath } from "@/features/admin/routes";
import { DateTime, formatWhen } from "@/features/admin-registrations/components/date-time";
import { StatusBadge } from "@/features/admin-registrations/components/status-badge";
import { NoteForm } from "@/features/admin-registrations/components/note-form";
import { StatusForm } from "@/features/admin-registrations/components/status-form";
import { StatusMessagesProvider } from "@/features/admin-registrations/components/status-messages-provider";
import { getRegistrationDetail, type RegistrationDetail } from "@/features/admin-registrations/data";
import { targetsFrom } from "@/features/admin-registrations/status-schema";
import type { Prisma } from "@/generated/prisma/client";
import type { Locale } from "@/i18n/routing";
import { formatEventRange } from "@/lib/dates";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireCoordinator } from "@/server/session";
import { changeRegistrationStatusAction, saveInternalNoteAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; registrationId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // deliberately no name in the title: titles end up in browser history and tab lists
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Admin.detail" });
  return { title: t("metaTitle") };
}

function Row({ label, children, sensitive }: { label: string; children: ReactNode; sensitive?: string }) {
  return (
    <div className="grid gap-1 border-b border-slate-200 py-2 sm:grid-cols-[16rem_1fr] sm:gap-4">
      <dt className="font-semibold">
        {label}
        {sensitive ? <span className="mt-1 block w-fit rounded border border-accent-600 px-1.5 text-xs font-semibold text-accent-600">{sensitive}</span> : null}
      </dt>
      <dd className="whitespace-pre-wrap break-words">{children}</dd>
    </div>
  );
}

function detailsText(details: Prisma.JsonValue): string {
  if (!details || typeof details !== "object" || Array.isArray(details)) return "";
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : JSON.stringify(v)}`)
    .join(", ");
}

async function Answers({ r, locale }: { r: RegistrationDetail; locale: Locale }) {
  const [t, tf, tl, tn] = await Promise.all([getTranslations("Admin"), getTranslations("RegistrationForm"), getTranslations("Languages"), getTranslations("LocaleNames")]);
  const none = t("none");
  const language = (code: string | null) => (code ? (tl.has(code as "pl") ? tl(code as "pl") : code) : none);
  const option = (group: "groupTypes" | "heardFromOptions" | "contactLanguages", value: string | null) =>
    value ? (tf.has(`${group}.${value}` as "groupTypes.OTHER") ? tf(`${group}.${value}` as "groupTypes.OTHER") : value) : none;
  const organisation = r.organisation?.name ?? r.organisationName ?? (r.noOrganisation ? t("list.noOrganisation") : none);
  const contact = r.contactLanguage === "other" ? `${option("contactLanguages", "other")}: ${r.contactLanguageOther ?? none}` : option("contactLanguages", r.contactLanguage);
  const sensitive = t("detail.sensitive");
  return (
    <dl>
      <Row label={t("fields.fullName")}>{r.fullName}</Row>
      <Row label={t("fields.email")}>
        <a href={`mailto:${r.email}`}>{r.email}</a>
      </Row>
      <Row label={t("fields.phone")}>{r.phone ?? none}</Row>
      <Row label={t("fields.organisation")}>{organisation}</Row>
      <Row label={t("fields.roleInOrganisation")}>{r.roleInOrganisation ?? none}</Row>
      <Row label={t("fields.groupType")}>{option("groupTypes", r.groupType)}</Row>
      <Row label={t("fields.community")} sensitive={sensitive}>{r.community ?? none}</Row>
      <Row label={t("fields.voivodeship")}>{r.voivodeship ? localized(r.voivodeship, "name", locale) : none}</Row>
      <Row label={t("fields.city")}>{r.city ?? none}</Row>
      <Row label={t("fields.contactLanguage")}>{contact}</Row>
      <Row label={t("fields.locale")}>{tn.has(r.locale as "pl") ? tn(r.locale as "pl") : r.locale}</Row>
      <Row label={t("fields.interpretation")}>
        {r.interpretationNeeded ? language(r.interpretationLanguage) : t("fields.interpretationNone")}
      </Row>
      <Row label={t("fields.accessibilityNeeds")} sensitive={sensitive}>{r.accessibilityNeeds ?? none}</Row>
      <Row label={t("fields.expectations")}>{r.expectations ?? none}</Row>
      <Row label={t("fields.heardFrom")}>{option("heardFromOptions", r.heardFrom)}</Row>
    </dl>
  );
}

export default async function RegistrationDetailPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { registrationId } = await params;
  await requireCoordinator({ next: adminPath("registrationDetail", { locale, registrationId }) });
  const r = await getRegistrationDetail(registrationId); // null for a missing id and for another region's sign-up alike
  if (!r) notFound();
  const [t, ts] = await Promise.all([getTranslations("Admin"), getTranslations("AdminStatus")]);
  const none = t("none");
  const consent = (at: Date | null) => (at ? t("detail.consentGiven", { at: formatWhen(at, locale) }) : t("detail.consentNotGiven"));
  const dates = (["createdAt", "expiresAt", "emailConfirmedAt", "confirmedAt", "waitlistedAt", "cancelledAt", "attendedAt", "anonymisedAt"] as const).filter((k) => r[k]);
  const actor = (label: string) => (label === "system" || label === "registrant" ? t(`audit.actors.${label}`) : label);
  const action = (name: string) =>
    name === "registration.status"
      ? ts("history.statusChange")
      : t.has(`audit.${name}` as "audit.registration.create")
        ? t(`audit.${name}` as "audit.registration.create")
        : name;
  // a coordinator's status change reads "Confirmed → Cancelled · e-mail sent" rather than its raw JSON
  const statusLabel = (s: unknown) => (typeof s === "string" && t.has(`status.${s}` as "status.CONFIRMED") ? t(`status.${s}` as "status.CONFIRMED") : String(s));
  const details = (h: RegistrationDetail["history"][number]) => {
    const d = h.details;
    if (h.action !== "registration.status" || !d || typeof d !== "object" || Array.isArray(d)) return detailsText(d);
    return [
      ts("history.details", { from: statusLabel(d.from), to: statusLabel(d.to) }),
      d.notify ? ts("history.mailSent") : ts("history.mailNotSent"),
      d.overCapacity ? ts("history.overCapacity") : null,
    ]
      .filter(Boolean)
      .join(" · ");
  };
  // anonymised sign-ups keep their status: nobody is left to write to or to confirm
  const targets = r.anonymisedAt ? [] : targetsFrom(r.status);

  return (
    <div className="flex max-w-4xl flex-col gap-8">
      <p>
        <NextLink href={adminPath("eventRegistrations", { locale, eventId: r.event.id })} prefetch={false}>
          ← {t("detail.backToList")}
        </NextLink>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{r.anonymisedAt ? t("list.anonymised") : r.fullName}</h1>
        <p>
          {t("detail.status")}: <StatusBadge status={r.status} />
        </p>
        <p>
          {t("detail.event")}:{" "}
          <span className="font-semibold" lang={textLang(r.event, "title", locale)}>
            {localized(r.event, "title", locale)}
          </span>{" "}
          · {formatEventRange(r.event.startsAt, r.event.endsAt, locale)} ({t("warsawTime")}) ·{" "}
          {r.event.voivodeship ? localized(r.event.voivodeship, "name", locale) : t("coalitionWide")}
        </p>
        {r.anonymisedAt ? (
          <p className="card border-slate-500 bg-slate-50">
            {t("detail.anonymisedNotice", { at: formatWhen(r.anonymisedAt, locale) })}
          </p>
        ) : null}
        <p className="text-sm text-slate-700">{t("detail.viewLogged")}</p>
      </header>

      <section aria-labelledby="actions" className="card flex flex-col gap-2">
        <h2 id="actions" className="text-xl font-bold">{t("detail.actions")}</h2>
        <StatusMessagesProvider>
          <StatusForm action={changeRegistrationStatusAction.bind(null, locale, r.id)} targets={targets} waitlisted={r.status === "WAITLISTED"} />
        </StatusMessagesProvider>
      </section>

      <section aria-labelledby="answers" className="flex flex-col gap-2">
        <h2 id="answers" className="text-xl font-bold">{t("detail.answers")}</h2>
        <p className="text-sm text-slate-700">{t("detail.sensitiveNote")}</p>
        <Answers r={r} locale={locale} />
      </section>

      <section aria-labelledby="consents" className="flex flex-col gap-2">
        <h2 id="consents" className="text-xl font-bold">{t("detail.consents")}</h2>
        <dl>
          <Row label={t("detail.policyVersion")}>{r.policyVersion}</Row>
          <Row label={t("detail.consentTypes.processing")}>{consent(r.consentProcessingAt)}</Row>
          <Row label={t("detail.consentTypes.sensitive")}>{consent(r.consentSensitiveAt)}</Row>
          <Row label={t("detail.consentTypes.newsletter")}>{consent(r.consentNewsletterAt)}</Row>
          <Row label={t("detail.consentTypes.image")}>{consent(r.consentImageAt)}</Row>
        </dl>
      </section>

      <section aria-labelledby="dates" className="flex flex-col gap-2">
        <h2 id="dates" className="text-xl font-bold">{t("detail.dates")}</h2>
        <dl>
          {dates.map((k) => (
            <Row key={k} label={t(`detail.dateFields.${k}`)}>
              <DateTime value={r[k]!} locale={locale} />
            </Row>
          ))}
        </dl>
      </section>

      <section aria-labelledby="history" className="flex flex-col gap-2">
        <h2 id="history" className="text-xl font-bold">{t("detail.history")}</h2>
        {r.history.length ? (
          <div role="region" aria-labelledby="history" tabIndex={0} className="overflow-x-auto">
            <table className="w-full min-w-[40rem] border-collapse text-left">
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="py-2 pr-4">{t("detail.historyColumns.at")}</th>
                  <th scope="col" className="py-2 pr-4">{t("detail.historyColumns.action")}</th>
                  <th scope="col" className="py-2 pr-4">{t("detail.historyColumns.actor")}</th>
                  <th scope="col" className="py-2">{t("detail.historyColumns.details")}</th>
                </tr>
              </thead>
              <tbody>
                {r.history.map((h) => (
                  <tr key={h.id} className="border-b border-slate-200 align-top">
                    <td className="py-2 pr-4 whitespace-nowrap"><DateTime value={h.at} locale={locale} /></td>
                    <td className="py-2 pr-4">{action(h.action)}</td>
                    <td className="py-2 pr-4 break-all">{actor(h.actorLabel)}</td>
                    <td className="py-2">{details(h) || none}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("detail.historyEmpty")}</p>
        )}
      </section>

      <section aria-labelledby="notes" className="flex flex-col gap-2">
        <h2 id="notes" className="text-xl font-bold">{t("detail.notes")}</h2>
        <p className="text-sm text-slate-700">{t("detail.notesHint")}</p>
        {r.anonymisedAt ? (
          <p className="card whitespace-pre-wrap break-words">{r.internalNotes?.trim() ? r.internalNotes : t("detail.notesEmpty")}</p>
        ) : (
          <StatusMessagesProvider>
            <NoteForm action={saveInternalNoteAction.bind(null, locale, r.id)} current={r.internalNotes} />
          </StatusMessagesProvider>
        )}
      </section>
    </div>
  );
}
