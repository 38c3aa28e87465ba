import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AnswersList } from "@/features/applications/components/answers-list";
import { FollowUpForm } from "@/features/applications/components/follow-up-form";
import { ApplyMessagesProvider } from "@/features/applications/components/messages-provider";
import { getFollowUp } from "@/features/applications/data";
import { FOLLOW_UP_FIELDS } from "@/features/applications/schema";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { followUpAction } from "./actions";

// Behind the link a coordinator sends to accepted applicants: never cached, never indexed.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ sent?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "ApplicationManage.followUp" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function FollowUpPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const sent = (await searchParams).sent === "1";
  const t = await getTranslations("ApplicationManage.followUp");
  const followUp = await getFollowUp(token);
  if (!followUp) {
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <h1 className="text-3xl font-bold">{t("invalidTitle")}</h1>
        <p>{t("invalidText")}</p>
      </div>
    );
  }
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <header>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        <p className="text-lg font-semibold" lang={textLang(followUp.offer, "title", locale)}>
          {localized(followUp.offer, "title", locale)}
        </p>
      </header>
      {followUp.answered ? (
        <>
          <p role={sent ? "status" : undefined} className="card border-green-700 bg-green-50">
            {t("answered")}
          </p>
          <AnswersList
            kind={followUp.kind}
            answers={followUp.followUpAnswers}
            locale={locale}
            voivodeshipName={(code) => code}
            fields={FOLLOW_UP_FIELDS[followUp.kind]}
            labels="ApplicationManage.followUp.fields"
          />
        </>
      ) : (
        <>
          <p>{t("intro", { name: followUp.fullName })}</p>
          <ApplyMessagesProvider>
            <FollowUpForm kind={followUp.kind} action={followUpAction.bind(null, token, locale)} />
          </ApplyMessagesProvider>
        </>
      )}
    </div>
  );
}
