import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AnswerRow, AnswersList } from "@/features/applications/components/answers-list";
import { getManagedApplication } from "@/features/applications/data";
import type { OfferKind } from "@/features/applications/schema";
import { listVoivodeships } from "@/features/regions/data";
import { Link } from "@/i18n/navigation";
import { formatDateTime } from "@/lib/dates";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { withdrawApplicationAction } from "./actions";

// Personal page behind the link in every application mail: never cached, never indexed.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<{ withdraw?: string; withdrawn?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ApplicationManage" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function ApplicationPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const query = await searchParams;
  const [t, ta, tl] = await Promise.all([getTranslations("ApplicationManage"), getTranslations("Apply"), getTranslations("Languages")]);
  const application = await getManagedApplication(token);
  if (!application) {
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <h1 className="text-3xl font-bold">{t("invalidTitle")}</h1>
        <p>{t("invalidText")}</p>
      </div>
    );
  }
  const { offer, status } = application;
  const voivodeships = await listVoivodeships();
  const voivodeshipName = (code: string) => {
    const v = voivodeships.find((x) => x.code === code);
    return v ? localized(v, "name", locale) : code;
  };
  const none = ta("none");
  const organisation = application.organisation?.name ?? application.organisationName ?? ta("organisationModes.none");

  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {query.withdrawn ? (
        <p role="status" className="card border-green-700 bg-green-50">
          {t("withdrawnNotice")}
        </p>
      ) : null}

      <section aria-labelledby="status" className="card flex flex-col gap-2">
        <h2 id="status" className="text-xl font-bold" lang={textLang(offer, "title", locale)}>
          {localized(offer, "title", locale)}
        </h2>
        <p className="text-lg">
          <strong>{t("statusLabel")}:</strong> {t(`status.${status}`)}
        </p>
        <p>{t(`statusHelp.${status}`)}</p>
        <p className="text-sm text-slate-700">
          {t("sentAt", { at: formatDateTime(application.createdAt, locale) })}
          {application.decidedAt ? ` · ${t("decidedAt", { at: formatDateTime(application.decidedAt, locale) })}` : null}
        </p>
        <p>
          <Link href={`/offers/${offer.slug}`}>{t("offerPage")}</Link>
        </p>
      </section>

      {application.followUpPath ? (
        <section aria-labelledby="follow-up" className="card flex flex-col gap-3 border-brand-700 bg-brand-50">
          <h2 id="follow-up" className="text-xl font-bold">
            {t("followUpTitle")}
          </h2>
          <p>{t("followUpText")}</p>
          <p>
            <Link href={application.followUpPath} className="button">
              {t("followUpButton")}
            </Link>
          </p>
        </section>
      ) : null}

      {application.canWithdraw ? (
        <section aria-labelledby="withdraw" className="card flex flex-col gap-3">
          <h2 id="withdraw" className="text-xl font-bold">
            {t("withdrawTitle")}
          </h2>
          {query.withdraw ? (
            <form action={withdrawApplicationAction.bind(null, token, locale)} className="flex flex-col gap-3">
              <p>{t("withdrawConfirm")}</p>
              <div className="flex flex-wrap gap-3">
                <button type="submit" className="button bg-red-800 hover:bg-red-900">
                  {t("withdrawButtonConfirm")}
                </button>
                <a href={`/${locale}/applications/${token}`} className="button-secondary">
                  {t("keep")}
                </a>
              </div>
            </form>
          ) : (
            <>
              <p>{t("withdrawText")}</p>
              <div>
                <a href={`/${locale}/applications/${token}?withdraw=1#withdraw`} className="button-secondary">
                  {t("withdrawButton")}
                </a>
              </div>
            </>
          )}
        </section>
      ) : null}

      <section aria-labelledby="answers" className="flex flex-col gap-2">
        <h2 id="answers" className="text-xl font-bold">
          {t("answersTitle")}
        </h2>
        <dl>
          <AnswerRow label={ta("fields.fullName")}>{application.fullName}</AnswerRow>
          <AnswerRow label={ta("fields.email")}>{application.email}</AnswerRow>
          <AnswerRow label={ta("fields.phone")}>{application.phone ?? none}</AnswerRow>
          <AnswerRow label={ta("fields.organisationMode")}>{organisation}</AnswerRow>
          <AnswerRow label={ta("fields.voivodeshipCode")}>{application.voivodeshipCode ? voivodeshipName(application.voivodeshipCode) : none}</AnswerRow>
          <AnswerRow label={ta("fields.city")}>{application.city ?? none}</AnswerRow>
          <AnswerRow label={ta("fields.contactLanguage")}>{tl.has(application.contactLanguage as "pl") ? tl(application.contactLanguage as "pl") : application.contactLanguage}</AnswerRow>
        </dl>
        <AnswersList kind={offer.kind as OfferKind} answers={application.answers} locale={locale} voivodeshipName={voivodeshipName} />
        <p className="text-sm text-slate-700">{t("changeHint")}</p>
      </section>
    </div>
  );
}
