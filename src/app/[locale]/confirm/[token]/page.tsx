import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getConfirmation } from "@/features/registrations/data";
import { Link } from "@/i18n/navigation";
import { formatEventRange } from "@/lib/dates";
import { localized } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { confirmAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Confirm" });
  return { title: t("title"), robots: { index: false } };
}

// The link in the mail opens this page; the address is confirmed only by pressing the button (a POST), so mail
// scanners that follow links cannot confirm on someone's behalf.
export default async function ConfirmPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const t = await getTranslations("Confirm");
  const registration = await getConfirmation(token);
  if (!registration) {
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <h1 className="text-3xl font-bold">{t("invalidTitle")}</h1>
        <p>{t("invalidText")}</p>
        <p>
          <Link href="/events">{t("toEvents")}</Link>
        </p>
      </div>
    );
  }
  const { event, status } = registration;
  const title = localized(event, "title", locale);
  const expired = status === "EXPIRED" || (status === "PENDING_EMAIL" && registration.expiresAt !== null && registration.expiresAt < new Date());
  const position = registration.waitlistPosition;

  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold">
        {status === "CONFIRMED" || status === "ATTENDED"
          ? t("confirmedTitle")
          : status === "WAITLISTED"
            ? t("waitlistedTitle", { position: position ?? 0 })
            : expired
              ? t("expiredTitle")
              : status === "PENDING_EMAIL"
                ? t("title")
                : t("cancelledTitle")}
      </h1>
      <p className="card">
        <strong>{title}</strong>
        <br />
        {formatEventRange(event.startsAt, event.endsAt, locale)}
      </p>
      {status === "PENDING_EMAIL" && !expired ? (
        <form action={confirmAction.bind(null, token, locale)} className="flex flex-col gap-3">
          <p>{t("pressButton")}</p>
          <div>
            <button type="submit" className="button">
              {t("button")}
            </button>
          </div>
        </form>
      ) : null}
      {status === "CONFIRMED" || status === "ATTENDED" ? <p>{t("confirmedText")}</p> : null}
      {status === "WAITLISTED" ? <p>{t("waitlistedText")}</p> : null}
      {expired ? (
        <p>
          {t("expiredText")} <Link href={`/events/${event.slug}/register`}>{t("signUpAgain")}</Link>
        </p>
      ) : null}
      {status === "CANCELLED" ? <p>{t("cancelledText")}</p> : null}
    </div>
  );
}
