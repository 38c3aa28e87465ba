import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { inputClass } from "@/components/ui/form-fields";
import { adminPath } from "@/features/admin/routes";
import { DateTime, formatWhen } from "@/features/admin-registrations/components/date-time";
import { ApplicationStatusBadge } from "@/features/admin-applications/components/status-badge";
import { getApplicationDetail, type ApplicationDetail } from "@/features/admin-applications/data";
import { AnswerRow, AnswersList } from "@/features/applications/components/answers-list";
import { FOLLOW_UP_FIELDS, hasFollowUp, type OfferKind } from "@/features/applications/schema";
import { listVoivodeships } from "@/features/regions/data";
import type { Prisma } from "@/generated/prisma/client";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { requireCoordinator } from "@/server/session";
import { changeApplicationStatusAction, reviewApplicationAction, sendApplicationFollowUpAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; slug: string; applicationId: string }>;
  searchParams: Promise<{ saved?: string; error?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // deliberately no name in the title: titles end up in browser history and tab lists
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminApplications.detail" });
  return { title: t("metaTitle") };
}

export default async function ApplicationDetailPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { slug, applicationId } = await params;
  await requireCoordinator({ next: adminPath("applicationDetail", { locale, offerSlug: slug, applicationId }) });
  const a = await getApplicationDetail(applicationId); // null for a missing id and for another region's application alike
  if (!a || a.offer.slug !== slug) notFound();
  const query = await searchParams;
  const [t, ta, tv, tl, voivodeships] = await Promise.all([
    getTranslations("AdminApplications"),
    getTranslations("Apply"),
    getTranslations("Validation"),
    getTranslations("Languages"),
    listVoivodeships(),
  ]);
  const kind = a.offer.kind as OfferKind;
  const none = t("none");
  const voivodeshipName = (code: string) => {
    const v = voivodeships.find((x) => x.code === code);
    return v ? localized(v, "name", locale) : code;
  };
  const language = (code: string) => (tl.has(code as "pl") ? tl(code as "pl") : code);
  const consent = (at: Date | null) => (at ? t("detail.consentGiven", { at: formatWhen(at, locale) }) : t("detail.consentNotGiven"));
  const errorText = query.error
    ? t.has(`detail.errors.${query.error}` as "detail.errors.notAllowed")
      ? t(`detail.errors.${query.error}` as "detail.errors.notAllowed")
      : tv.has(query.error as "required")
        ? tv(query.error as "required")
        : t("detail.errors.invalid")
    : null;
  const savedText = query.saved && t.has(`detail.saved.${query.saved}` as "detail.saved.status") ? t(`detail.saved.${query.saved}` as "detail.saved.status") : null;
  const actionArgs = [locale, slug, a.id] as const;

  return (
    <div className="flex max-w-4xl flex-col gap-8">
      <p>
        <NextLink href={adminPath("offerApplications", { locale, offerSlug: slug })} prefetch={false}>
          ← {t("detail.backToList")}
        </NextLink>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{a.anonymisedAt ? t("anonymised") : a.fullName}</h1>
        <p>
          {t("detail.offer")}:{" "}
          <span className="font-semibold" lang={textLang(a.offer, "title", locale)}>
            {localized(a.offer, "title", locale)}
          </span>
        </p>
        <p>
          {t("detail.status")}: <ApplicationStatusBadge status={a.status} /> · {t("detail.score")}: {a.score ?? none} ·{" "}
          {a.voivodeshipCode ? voivodeshipName(a.voivodeshipCode) : none}
        </p>
        <p className="text-sm text-slate-700">{t("detail.viewLogged")}</p>
      </header>

      {savedText ? (
        <p role="status" className="card border-green-700 bg-green-50">
          {savedText}
        </p>
      ) : null}
      {errorText ? (
        <p role="alert" className="card border-red-700 bg-red-50 font-semibold text-red-900">
          {errorText}
        </p>
      ) : null}

      <section aria-labelledby="decision" className="card flex flex-col gap-3">
        <h2 id="decision" className="text-xl font-bold">{t("detail.decisionTitle")}</h2>
        {a.nextStatuses.length ? (
          <form action={changeApplicationStatusAction.bind(null, ...actionArgs)} className="flex flex-col gap-4">
            <div className="flex flex-col gap-1">
              <label htmlFor="new-status" className="font-semibold">{t("detail.newStatus")}</label>
              <select id="new-status" name="status" required className={inputClass} defaultValue="">
                <option value="" disabled>{ta("choose")}</option>
                {a.nextStatuses.map((s) => (
                  <option key={s} value={s}>{t(`status.${s}`)}</option>
                ))}
              </select>
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="message" className="font-semibold">{t("detail.message")}</label>
              <p id="message-hint" className="text-sm text-slate-700">{t("detail.messageHint", { language: language(a.locale) })}</p>
              <textarea id="message" name="message" rows={4} aria-describedby="message-hint" className={inputClass} />
            </div>
            <div>
              <button type="submit" className="button">{t("detail.saveStatus")}</button>
            </div>
          </form>
        ) : (
          <p>{t("detail.final", { status: t(`status.${a.status}`) })}</p>
        )}
      </section>

      <section aria-labelledby="review" className="card flex flex-col gap-3">
        <h2 id="review" className="text-xl font-bold">{t("detail.reviewTitle")}</h2>
        <p>
          <strong>{t("detail.criteriaLabel")}:</strong> {t(`criteria.${kind}`)}
        </p>
        <form action={reviewApplicationAction.bind(null, ...actionArgs)} className="flex flex-col gap-4">
          <div className="flex flex-col gap-1">
            <label htmlFor="score" className="font-semibold">{t("detail.scoreLabel")}</label>
            <select id="score" name="score" className={`${inputClass} sm:w-48`} defaultValue={a.score === null ? "" : String(a.score)}>
              <option value="">{t("detail.notScored")}</option>
              {Array.from({ length: 11 }, (_, i) => (
                <option key={i} value={String(i)}>{i}</option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="reviewerNotes" className="font-semibold">{t("detail.notes")}</label>
            <p id="notes-hint" className="text-sm text-slate-700">{t("detail.notesHint")}</p>
            <textarea id="reviewerNotes" name="reviewerNotes" rows={4} aria-describedby="notes-hint" className={inputClass} defaultValue={a.reviewerNotes ?? ""} />
          </div>
          <div>
            <button type="submit" className="button">{t("detail.saveReview")}</button>
          </div>
        </form>
      </section>

      {hasFollowUp(kind) ? (
        <section aria-labelledby="follow-up" className="card flex flex-col gap-3">
          <h2 id="follow-up" className="text-xl font-bold">{t("detail.followUpTitle")}</h2>
          {a.followUpAnswers !== null ? (
            <AnswersList kind={kind} answers={a.followUpAnswers} locale={locale} voivodeshipName={voivodeshipName} fields={FOLLOW_UP_FIELDS[kind]} labels="ApplicationManage.followUp.fields" />
          ) : a.canSendFollowUp ? (
            <form action={sendApplicationFollowUpAction.bind(null, ...actionArgs)} className="flex flex-col gap-3">
              <p>{a.followUpSent ? t("detail.followUpSent") : t("detail.followUpText")}</p>
              <div>
                <button type="submit" className="button-secondary">{a.followUpSent ? t("detail.followUpAgain") : t("detail.followUpSend")}</button>
              </div>
            </form>
          ) : (
            <p>{t("detail.followUpOnlyAccepted")}</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="answers" className="flex flex-col gap-2">
        <h2 id="answers" className="text-xl font-bold">{t("detail.answers")}</h2>
        <dl>
          <AnswerRow label={ta("fields.email")}>
            <a href={`mailto:${a.email}`}>{a.email}</a>
          </AnswerRow>
          <AnswerRow label={ta("fields.phone")}>{a.phone ?? none}</AnswerRow>
          <AnswerRow label={ta("fields.organisationMode")}>{a.organisation?.name ?? a.organisationName ?? t("noOrganisation")}</AnswerRow>
          <AnswerRow label={ta("fields.city")}>{a.city ?? none}</AnswerRow>
          <AnswerRow label={ta("fields.contactLanguage")}>{language(a.contactLanguage)}</AnswerRow>
          <AnswerRow label={t("detail.locale")}>{language(a.locale)}</AnswerRow>
          <AnswerRow label={t("detail.sentAt")}>
            <DateTime value={a.createdAt} locale={locale} />
          </AnswerRow>
        </dl>
        <AnswersList kind={kind} answers={a.answers} locale={locale} voivodeshipName={voivodeshipName} />
      </section>

      <section aria-labelledby="consents" className="flex flex-col gap-2">
        <h2 id="consents" className="text-xl font-bold">{t("detail.consents")}</h2>
        <dl>
          <AnswerRow label={t("detail.policyVersion")}>{a.policyVersion}</AnswerRow>
          <AnswerRow label={t("detail.consentTypes.processing")}>{consent(a.consentProcessingAt)}</AnswerRow>
          {kind === "FILM_PORTRAIT" ? <AnswerRow label={t("detail.consentTypes.image")}>{consent(a.consentImageAt)}</AnswerRow> : null}
          <AnswerRow label={t("detail.consentTypes.newsletter")}>{consent(a.consentNewsletterAt)}</AnswerRow>
        </dl>
      </section>

      <History a={a} locale={locale} />
    </div>
  );
}

async function History({ a, locale }: { a: ApplicationDetail; locale: string }) {
  const t = await getTranslations("AdminApplications");
  const actor = (label: string) => (label === "applicant" || label === "system" ? t(`audit.actors.${label}`) : label);
  const action = (name: string) => {
    const key = `audit.${name.replace(/^application\./, "")}`;
    return t.has(key as "audit.create") ? t(key as "audit.create") : name;
  };
  const status = (s: unknown) => (typeof s === "string" && t.has(`status.${s}` as "status.NEW") ? t(`status.${s}` as "status.NEW") : String(s ?? t("none")));
  const details = (d: Prisma.JsonValue): string => {
    if (!d || typeof d !== "object" || Array.isArray(d)) return t("none");
    if ("to" in d && "from" in d && (typeof d.to === "string" || typeof d.from === "string")) {
      const change = `${status(d.from)} → ${status(d.to)}`;
      return d.mailed ? `${change} · ${t(d.message ? "audit.mailedWithMessage" : "audit.mailed")}` : change;
    }
    if ("to" in d) return `${d.from ?? t("none")} → ${d.to ?? t("none")}`;
    if ("from" in d) return status(d.from);
    return t("none");
  };
  return (
    <section aria-labelledby="history" className="flex flex-col gap-2">
      <h2 id="history" className="text-xl font-bold">{t("detail.history")}</h2>
      {a.history.length ? (
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
              {a.history.map((h) => (
                <tr key={h.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4 whitespace-nowrap"><DateTime value={h.at} locale={locale} /></td>
                  <td className="py-2 pr-4">{action(h.action)}</td>
                  <td className="py-2 pr-4 break-all">{actor(h.actorLabel)}</td>
                  <td className="py-2">{details(h.details)}</td>
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
