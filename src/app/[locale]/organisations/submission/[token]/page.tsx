import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JoinForm } from "@/features/organisations/components/join-form";
import { JoinMessagesProvider } from "@/features/organisations/components/join-messages-provider";
import { getOrganisationSubmission } from "@/features/organisations/join";
import { joinValuesOf } from "@/features/organisations/join-schema";
import { listVoivodeships } from "@/features/regions/data";
import { PlainText } from "@/components/ui/plain-text";
import { Link } from "@/i18n/navigation";
import { formatDateTime } from "@/lib/dates";
import { localized } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { PRIVACY_POLICY_VERSION } from "@/lib/policy";
import { resubmitOrganisationAction } from "./actions";

// Personal page behind the link in every mail to an organisation's contact person: never cached, never indexed.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ resubmitted?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "OrganisationSubmission" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-slate-200 py-2 sm:grid-cols-[14rem_1fr] sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

export default async function SubmissionPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const [t, tj, to, tl, submission] = await Promise.all([
    getTranslations("OrganisationSubmission"),
    getTranslations("OrganisationJoin"),
    getTranslations("Organisations"),
    getTranslations("Languages"),
    getOrganisationSubmission(token),
  ]);
  if (!submission) {
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <h1 className="text-3xl font-bold">{t("invalidTitle")}</h1>
        <p>{t("invalidText")}</p>
      </div>
    );
  }
  const status = submission.moderationStatus;
  const resubmitted = (await searchParams).resubmitted === "1";
  const none = t("none");
  const languageName = (code: string) => (tl.has(code as "pl") ? tl(code as "pl") : code);

  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {resubmitted ? (
        <p role="status" className="card border-green-700 bg-green-50">
          {t("resubmittedNotice")}
        </p>
      ) : null}

      <section aria-labelledby="status" className="card flex flex-col gap-2">
        <h2 id="status" className="text-xl font-bold">
          {submission.name}
        </h2>
        <p className="text-lg">
          <strong>{t("statusLabel")}:</strong> {t(`status.${status}`)}
        </p>
        <p>{t(`statusHelp.${status}`)}</p>
        <p className="text-sm text-slate-700">{t("sentAt", { at: formatDateTime(submission.createdAt, locale) })}</p>
        {status === "APPROVED" ? (
          <p>
            <Link href={`/organisations/${submission.slug}`}>{t("profileLink")}</Link>
          </p>
        ) : null}
      </section>

      {submission.moderationNote ? (
        <section aria-labelledby="note" className="card flex flex-col gap-2 border-l-8 border-l-brand-800">
          <h2 id="note" className="text-xl font-bold">
            {t("noteTitle")}
          </h2>
          <PlainText text={submission.moderationNote} />
        </section>
      ) : null}

      {submission.canEdit ? (
        <section aria-labelledby="edit" className="flex flex-col gap-4">
          <h2 id="edit" className="text-2xl font-bold">
            {t("editTitle")}
          </h2>
          <p>{t("editText")}</p>
          <JoinMessagesProvider>
            <JoinForm
              mode="resubmit"
              action={resubmitOrganisationAction.bind(null, token, locale)}
              initial={joinValuesOf(submission)}
              locale={locale}
              voivodeships={(await listVoivodeships()).map((v) => ({ code: v.code, name: localized(v, "name", locale) }))}
              privacyHref={`/${locale}/privacy`}
              policyVersion={PRIVACY_POLICY_VERSION}
            />
          </JoinMessagesProvider>
        </section>
      ) : (
        <section aria-labelledby="answers" className="flex flex-col gap-2">
          <h2 id="answers" className="text-xl font-bold">
            {t("answersTitle")}
          </h2>
          <dl>
            <Row label={tj("fields.name")}>{submission.name}</Row>
            <Row label={tj("fields.type")}>{to(`type.${submission.type}`)}</Row>
            <Row label={tj("fields.communities")}>{submission.communities.join(", ") || none}</Row>
            <Row label={tj("fields.languages")}>{submission.languages.map(languageName).join(", ") || none}</Row>
            <Row label={tj("sections.place")}>
              {submission.city}, {localized(submission.voivodeship, "name", locale)}
            </Row>
            {(["descriptionPl", "descriptionUk", "descriptionEn"] as const).map((field) =>
              submission[field] ? (
                <Row key={field} label={tj(`fields.${field}`)}>
                  <PlainText text={submission[field]!} lang={field.slice(-2).toLowerCase()} />
                </Row>
              ) : null,
            )}
            <Row label={tj("fields.websiteUrl")}>{submission.website ?? none}</Row>
            <Row label={tj("fields.publicEmail")}>{submission.publicEmail ?? none}</Row>
            <Row label={tj("fields.publicPhone")}>{submission.publicPhone ?? none}</Row>
            <Row label={t("publishLabel")}>{submission.publishContact ? t("yes") : t("no")}</Row>
            <Row label={tj("fields.contactPersonName")}>{submission.contactPersonName ?? none}</Row>
            <Row label={tj("fields.contactPersonEmail")}>{submission.contactPersonEmail ?? none}</Row>
            <Row label={tj("fields.contactPersonPhone")}>{submission.contactPersonPhone ?? none}</Row>
          </dl>
          <p className="text-sm text-slate-700">{t("changeHint")}</p>
        </section>
      )}
    </div>
  );
}
