import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { countTakenPlaces, getPublicEvent } from "@/features/events/data";
import { registrationState } from "@/features/events/registration-state";
import { FormMessagesProvider } from "@/features/registrations/components/form-provider";
import { RegistrationForm } from "@/features/registrations/components/registration-form";
import { loadFormOptions } from "@/features/registrations/form-options";
import { issueFormToken } from "@/features/registrations/tokens";
import { Link } from "@/i18n/navigation";
import { formatEventRange } from "@/lib/dates";
import { localized, textLang } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { PRIVACY_POLICY_VERSION } from "@/lib/policy";
import { staleIfError } from "@/server/stale-if-error";
import { registerAction } from "./actions";

// Rendered per request: the anti-spam form token carries the time the form was shown.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Register" });
  const slug = (await params).slug;
  const event = await staleIfError(`event:${slug}`, () => getPublicEvent(slug));
  return { title: event ? t("pageTitle", { title: localized(event, "title", locale) }) : t("title") };
}

export default async function RegisterPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  // A form sent while the database is down is shown again with its answers: see stale-if-error.ts.
  const event = await staleIfError(`event:${slug}`, () => getPublicEvent(slug));
  if (!event) notFound();
  const [t, te, taken, options] = await Promise.all([
    getTranslations("Register"),
    getTranslations("Event"),
    staleIfError(`taken:${event.id}`, () => countTakenPlaces(event.id)),
    staleIfError(`formOptions:${locale}`, () => loadFormOptions(locale)),
  ]);
  const state = registrationState(event, taken);
  const open = state === "open" || state === "waitlist";

  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <p>
        <Link href={`/events/${slug}`}>← {t("backToEvent")}</Link>
      </p>
      <header>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        <p className="text-lg font-semibold" lang={textLang(event, "title", locale)}>
          {localized(event, "title", locale)}
        </p>
        <p>
          {formatEventRange(event.startsAt, event.endsAt, locale)} · {te("timeZoneNote")}
        </p>
      </header>
      {state === "waitlist" ? <p className="card border-amber-600 bg-amber-50">{t("waitlistNote")}</p> : null}
      {open ? (
        <>
          <p>{t("howItWorks")}</p>
          <FormMessagesProvider>
            <RegistrationForm
              mode="create"
              action={registerAction.bind(null, slug, locale)}
              formToken={issueFormToken()}
              organisations={options.organisations}
              voivodeships={options.voivodeships}
              privacyHref={`/${locale}/privacy`}
              policyVersion={PRIVACY_POLICY_VERSION}
            />
          </FormMessagesProvider>
        </>
      ) : (
        <p className="card">{te(`state.${state}`, { opens: "", closes: "" })}</p>
      )}
    </div>
  );
}
