import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { inputClass } from "@/components/ui/form-fields";
import { PlainText } from "@/components/ui/plain-text";
import { adminPath } from "@/features/admin/routes";
import { DateTime, formatWhen } from "@/features/admin-registrations/components/date-time";
import { ModerationStatusBadge } from "@/features/admin-organisations/components/status-badge";
import { getOrganisationForModeration, type OrganisationForModeration } from "@/features/admin-organisations/data";
import { LinkedSignUps } from "@/features/admin-organisations/components/linked-sign-ups";
import { listOrganisationSignUps } from "@/features/admin-organisations/links";
import { DECISION_RULES } from "@/features/admin-organisations/schema";
import type { Prisma } from "@/generated/prisma/client";
import { localized } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireCoordinator } from "@/server/session";
import { moderateOrganisationAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; organisationId: string }>;
  searchParams: Promise<{ done?: string; error?: string; saved?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminOrganisations.detail" });
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

export default async function AdminOrganisationPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { organisationId } = await params;
  await requireCoordinator({ next: adminPath("organisationDetail", { locale, organisationId }) });
  const o = await getOrganisationForModeration(organisationId); // null for a missing id and another region's alike
  if (!o) notFound();
  const query = await searchParams;
  const [t, tj, to, tl, tv] = await Promise.all([
    getTranslations("AdminOrganisations"),
    getTranslations("OrganisationJoin"),
    getTranslations("Organisations"),
    getTranslations("Languages"),
    getTranslations("Validation"),
  ]);
  const none = t("none");
  const language = (code: string) => (tl.has(code as "pl") ? tl(code as "pl") : code);
  const done = query.done && t.has(`detail.done.${query.done}` as "detail.done.approve") ? t(`detail.done.${query.done}` as "detail.done.approve") : query.saved ? t("detail.saved") : null;
  const errorText = query.error
    ? t.has(`detail.errors.${query.error}` as "detail.errors.notAllowed")
      ? t(`detail.errors.${query.error}` as "detail.errors.notAllowed")
      : tv.has(query.error as "required")
        ? tv(query.error as "required")
        : t("detail.errors.invalid")
    : null;
  const withNote = o.decisions.some((d) => DECISION_RULES[d].mail !== null);

  return (
    <div className="flex max-w-4xl flex-col gap-8">
      <p>
        <NextLink href={adminPath("organisations", { locale })} prefetch={false}>
          ← {t("detail.backToList")}
        </NextLink>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{o.name}</h1>
        <p>
          {t("detail.status")}: <ModerationStatusBadge status={o.moderationStatus} /> · {o.city}, {localized(o.voivodeship, "name", locale)}
        </p>
        <p className="text-sm text-slate-700">{t("detail.viewLogged")}</p>
      </header>

      {done ? (
        <p role="status" className="card border-green-700 bg-green-50">
          {done}
        </p>
      ) : null}
      {errorText ? (
        <p role="alert" className="card border-red-700 bg-red-50 font-semibold text-red-900">
          {errorText}
        </p>
      ) : null}

      <section aria-labelledby="moderation" className="card flex flex-col gap-4">
        <h2 id="moderation" className="text-xl font-bold">{t("detail.moderationTitle")}</h2>
        {!o.descriptionPl && o.decisions.includes("approve") ? <p className="rounded-md bg-amber-50 p-3">{t("detail.noPolishDescription")}</p> : null}
        {o.moderationNote ? (
          <div>
            <p className="font-semibold">{t("detail.lastNote")}</p>
            <PlainText text={o.moderationNote} />
          </div>
        ) : null}
        {o.decisions.length ? (
          <form action={moderateOrganisationAction.bind(null, locale, o.id)} className="flex flex-col gap-4">
            {withNote ? (
              <div className="flex flex-col gap-1">
                <label htmlFor="note" className="font-semibold">{t("detail.note")}</label>
                <p id="note-hint" className="text-sm text-slate-700">{t("detail.noteHint", { language: language(o.submittedLocale) })}</p>
                <textarea id="note" name="note" rows={4} aria-describedby="note-hint" className={inputClass} />
              </div>
            ) : null}
            <div className="flex flex-wrap gap-3">
              {o.decisions.map((d) => (
                <button key={d} type="submit" name="decision" value={d} className={d === "approve" || d === "republish" ? "button" : "button-secondary"}>
                  {t(`detail.decisions.${d}`)}
                </button>
              ))}
            </div>
          </form>
        ) : null}
        <p>
          <NextLink href={adminPath("organisationEdit", { locale, organisationId: o.id })} prefetch={false}>
            {t("detail.editLink")}
          </NextLink>
          {o.moderationStatus === "APPROVED" ? (
            <>
              {" · "}
              <NextLink href={`/${locale}/organisations/${o.slug}`} prefetch={false}>{t("detail.profileLink")}</NextLink>
            </>
          ) : null}
        </p>
      </section>

      <section aria-labelledby="entry" className="flex flex-col gap-2">
        <h2 id="entry" className="text-xl font-bold">{t("detail.entry")}</h2>
        <dl>
          <Row label={tj("fields.type")}>{to(`type.${o.type}`)}</Row>
          <Row label={tj("fields.communities")}>{o.communities.join(", ") || none}</Row>
          <Row label={tj("fields.languages")}>{o.languages.map(language).join(", ") || none}</Row>
          {(["descriptionPl", "descriptionUk", "descriptionEn"] as const).map((field) => (
            <Row key={field} label={tj(`fields.${field}`)}>
              {o[field] ? <PlainText text={o[field]!} lang={field.slice(-2).toLowerCase()} /> : none}
            </Row>
          ))}
          <Row label={tj("fields.websiteUrl")}>{o.website ?? none}</Row>
          <Row label={tj("fields.publicEmail")}>{o.publicEmail ?? none}</Row>
          <Row label={tj("fields.publicPhone")}>{o.publicPhone ?? none}</Row>
          <Row label={t("detail.publishContact")}>{o.publishContact ? t("yes") : t("no")}</Row>
        </dl>
      </section>

      <section aria-labelledby="contact-person" className="flex flex-col gap-2">
        <h2 id="contact-person" className="text-xl font-bold">{t("detail.contactPerson")}</h2>
        <p className="text-sm text-slate-700">{t("detail.contactPersonNote")}</p>
        <dl>
          <Row label={tj("fields.contactPersonName")}>{o.contactPersonName ?? none}</Row>
          <Row label={tj("fields.contactPersonEmail")}>
            {o.contactPersonEmail ? <a href={`mailto:${o.contactPersonEmail}`}>{o.contactPersonEmail}</a> : none}
          </Row>
          <Row label={tj("fields.contactPersonPhone")}>{o.contactPersonPhone ?? none}</Row>
          <Row label={t("detail.locale")}>{language(o.submittedLocale)}</Row>
          <Row label={t("detail.consent")}>
            {o.consentAt ? t("detail.consentGiven", { at: formatWhen(o.consentAt, locale), version: o.policyVersion ?? none }) : none}
          </Row>
          <Row label={t("detail.createdAt")}>
            <DateTime value={o.createdAt} locale={locale} />
          </Row>
          <Row label={t("detail.approvedAt")}>{o.approvedAt ? <DateTime value={o.approvedAt} locale={locale} /> : none}</Row>
        </dl>
      </section>

      <LinkedSignUps locale={locale} organisationName={o.name} data={(await listOrganisationSignUps(o.id))!} />

      <History o={o} locale={locale} />
    </div>
  );
}

async function History({ o, locale }: { o: OrganisationForModeration; locale: string }) {
  const t = await getTranslations("AdminOrganisations");
  const actor = (label: string) => (label === "organisation" || label === "system" ? t(`audit.actors.${label}`) : label);
  const action = (name: string) => {
    const key = `audit.actions.${name.replace(/^organisation\./, "")}`;
    return t.has(key as "audit.actions.create") ? t(key as "audit.actions.create") : name;
  };
  const details = (d: Prisma.JsonValue): string => {
    if (!d || typeof d !== "object" || Array.isArray(d)) return t("none");
    if (typeof d.note === "string") return d.note;
    if (Array.isArray(d.fields)) return d.fields.length ? d.fields.join(", ") : t("none");
    return t("none");
  };
  return (
    <section aria-labelledby="history" className="flex flex-col gap-2">
      <h2 id="history" className="text-xl font-bold">{t("detail.history")}</h2>
      {o.history.length ? (
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
              {o.history.map((h) => (
                <tr key={h.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4 whitespace-nowrap"><DateTime value={h.at} locale={locale} /></td>
                  <td className="py-2 pr-4">{action(h.action)}</td>
                  <td className="py-2 pr-4 break-all">{actor(h.actorLabel)}</td>
                  <td className="py-2 whitespace-pre-line">{details(h.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("detail.historyEmpty")}</p>
      )}
    </section>
  );
}
