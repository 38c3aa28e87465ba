import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath } from "@/features/admin/routes";
import { ApplicationsNavLink } from "@/features/admin-applications/components/nav-link";
import { EventsNavLink } from "@/features/admin-events/components/nav-link";
import { AccountsNavLink } from "@/features/admin-accounts/components/nav-link";
import { OrganisationsNavLink } from "@/features/admin-organisations/components/nav-link";
import { ReportsNavLink } from "@/features/admin-reports/components/nav-link";
import { AdminToolsNavLinks } from "@/features/privacy/components/nav-links";
import { listVoivodeships } from "@/features/regions/data";
import { localized } from "@/lib/localized";
import { pageLocale } from "@/lib/page";
import { getCurrentUser } from "@/server/session";
import { logoutAction } from "./actions";

// The coordinator area: personal data, so rendered per request, never cached, never indexed.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

// The layout shows who is logged in; it is NOT the gate. Every page and every DAL function checks the session
// itself (requireCoordinator), since layouts do not re-render on client navigation and are skipped by actions.
export default async function AdminLayout({ children, params }: Props) {
  const locale = await pageLocale(params);
  const user = await getCurrentUser();
  if (!user) return <div className="flex flex-col gap-6">{children}</div>;

  const [t, voivodeships] = await Promise.all([getTranslations("Admin"), listVoivodeships()]);
  const regions = voivodeships.filter((v) => user.voivodeshipCodes.includes(v.code)).map((v) => localized(v, "name", locale));
  const scope = user.isAdmin ? t("scopeAll") : regions.length ? t("scope", { regions: regions.join(", ") }) : t("scopeNone");

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4 rounded-lg border border-brand-100 bg-brand-50 px-4 py-3">
        <nav aria-label={t("areaNav")}>
          <ul className="flex flex-wrap items-center gap-2">
            <li>
              <NextLink href={adminPath("dashboard", { locale })} prefetch={false} className="inline-flex min-h-11 items-center rounded px-3 font-semibold">
                {t("nav.dashboard")}
              </NextLink>
            </li>
            <li>
              <EventsNavLink locale={locale} />
            </li>
            <li>
              <ApplicationsNavLink locale={locale} />
            </li>
            <li>
              <OrganisationsNavLink locale={locale} />
            </li>
            <li>
              <ReportsNavLink locale={locale} />
            </li>
            {user.isAdmin ? (
              <li>
                <AccountsNavLink locale={locale} />
              </li>
            ) : null}
            {user.isAdmin ? <AdminToolsNavLinks locale={locale} /> : null}
            <li>
              <form action={logoutAction.bind(null, locale)}>
                <button type="submit" className="button-secondary">
                  {t("nav.logout")}
                </button>
              </form>
            </li>
          </ul>
        </nav>
        <p className="text-sm text-slate-800">
          {t("loggedInAs", { name: user.name, email: user.email })} · {t(`role.${user.role}`)}
          <br />
          {scope}
        </p>
      </div>
      {children}
    </div>
  );
}
