// Every route and server action outside the coordinator area, in one list (the coordinator area's is
// src/features/admin/routes.ts). src/features/site/routes.test.ts fails when a page, route handler or server
// action under src/app is in neither list, and tests/e2e/security.spec.ts crawls every entry in every locale
// looking for personal data that must never be public. When you add a public page or action, add it here.

export type PublicRouteIds = { locale: string; eventSlug?: string; offerSlug?: string; regionSlug?: string; organisationSlug?: string; token?: string };

type PublicRoute = {
  name: string;
  kind: "page" | "route" | "action";
  /**
   * Who may see what the route shows: "public" for everyone (it must never contain a registrant's or applicant's
   * personal data, nor an event's online-meeting link); "token" for the holder of a link from a mail (their own data
   * only, never indexed); "framework" for what is not the portal's content (Auth.js, the benchmark floor).
   */
  audience: "public" | "token" | "framework";
  /** false for the few routes outside /[locale] */
  localised: boolean;
  /** the URL, or for an action the page whose form posts it */
  path: (ids: PublicRouteIds) => string;
  /** the file under src/app when it is not `<path>/page.tsx` or `<path>/route.ts` (metadata routes, catch-alls) */
  source?: string;
};

export const publicRoutes = [
  { name: "home", kind: "page", audience: "public", localised: true, path: ({ locale }) => `/${locale}` },
  { name: "about", kind: "page", audience: "public", localised: true, path: ({ locale }) => `/${locale}/about` },
  { name: "accessibility", kind: "page", audience: "public", localised: true, path: ({ locale }) => `/${locale}/accessibility` },
  { name: "contact", kind: "page", audience: "public", localised: true, path: ({ locale }) => `/${locale}/contact` },
  { name: "privacy", kind: "page", audience: "public", localised: true, path: ({ locale }) => `/${locale}/privacy` },
  // events and sign-ups
  { name: "events", kind: "page", audience: "public", localised: true, path: ({ locale }) => `/${locale}/events` },
  { name: "event", kind: "page", audience: "public", localised: true, path: ({ locale, eventSlug }) => `/${locale}/events/${eventSlug}` },
  { name: "eventCalendar", kind: "route", audience: "public", localised: true, path: ({ locale, eventSlug }) => `/${locale}/events/${eventSlug}/calendar.ics` },
  { name: "register", kind: "page", audience: "public", localised: true, path: ({ locale, eventSlug }) => `/${locale}/events/${eventSlug}/register` },
  { name: "registerAction", kind: "action", audience: "public", localised: true, path: ({ locale, eventSlug }) => `/${locale}/events/${eventSlug}/register` },
  { name: "registerSent", kind: "page", audience: "public", localised: true, path: ({ locale, eventSlug }) => `/${locale}/events/${eventSlug}/register/sent` },
  { name: "confirm", kind: "page", audience: "token", localised: true, path: ({ locale, token }) => `/${locale}/confirm/${token}` },
  { name: "confirmAction", kind: "action", audience: "token", localised: true, path: ({ locale, token }) => `/${locale}/confirm/${token}` },
  { name: "manage", kind: "page", audience: "token", localised: true, path: ({ locale, token }) => `/${locale}/manage/${token}` },
  { name: "updateRegistrationAction", kind: "action", audience: "token", localised: true, path: ({ locale, token }) => `/${locale}/manage/${token}` },
  { name: "cancelRegistrationAction", kind: "action", audience: "token", localised: true, path: ({ locale, token }) => `/${locale}/manage/${token}` },
  // the five offers and their applications
  { name: "offers", kind: "page", audience: "public", localised: true, path: ({ locale }) => `/${locale}/offers` },
  { name: "offer", kind: "page", audience: "public", localised: true, path: ({ locale, offerSlug }) => `/${locale}/offers/${offerSlug}` },
  { name: "apply", kind: "page", audience: "public", localised: true, path: ({ locale, offerSlug }) => `/${locale}/offers/${offerSlug}/apply` },
  { name: "applyAction", kind: "action", audience: "public", localised: true, path: ({ locale, offerSlug }) => `/${locale}/offers/${offerSlug}/apply` },
  { name: "applySent", kind: "page", audience: "public", localised: true, path: ({ locale, offerSlug }) => `/${locale}/offers/${offerSlug}/apply/sent` },
  { name: "application", kind: "page", audience: "token", localised: true, path: ({ locale, token }) => `/${locale}/applications/${token}` },
  { name: "withdrawApplicationAction", kind: "action", audience: "token", localised: true, path: ({ locale, token }) => `/${locale}/applications/${token}` },
  { name: "followUp", kind: "page", audience: "token", localised: true, path: ({ locale, token }) => `/${locale}/applications/${token}/follow-up` },
  { name: "followUpAction", kind: "action", audience: "token", localised: true, path: ({ locale, token }) => `/${locale}/applications/${token}/follow-up` },
  // regions and the organisations directory
  { name: "regions", kind: "page", audience: "public", localised: true, path: ({ locale }) => `/${locale}/regions` },
  { name: "region", kind: "page", audience: "public", localised: true, path: ({ locale, regionSlug }) => `/${locale}/regions/${regionSlug}` },
  { name: "organisations", kind: "page", audience: "public", localised: true, path: ({ locale }) => `/${locale}/organisations` },
  { name: "organisation", kind: "page", audience: "public", localised: true, path: ({ locale, organisationSlug }) => `/${locale}/organisations/${organisationSlug}` },
  { name: "join", kind: "page", audience: "public", localised: true, path: ({ locale }) => `/${locale}/organisations/join` },
  { name: "joinAction", kind: "action", audience: "public", localised: true, path: ({ locale }) => `/${locale}/organisations/join` },
  { name: "joinSent", kind: "page", audience: "public", localised: true, path: ({ locale }) => `/${locale}/organisations/join/sent` },
  { name: "submission", kind: "page", audience: "token", localised: true, path: ({ locale, token }) => `/${locale}/organisations/submission/${token}` },
  { name: "resubmitOrganisationAction", kind: "action", audience: "token", localised: true, path: ({ locale, token }) => `/${locale}/organisations/submission/${token}` },
  // any other path under a locale: the translated 404
  { name: "notFound", kind: "page", audience: "public", localised: true, path: ({ locale }) => `/${locale}/no-such-page`, source: "[locale]/[...rest]/page.tsx" },
  // outside the locales
  { name: "sitemap", kind: "route", audience: "public", localised: false, path: () => "/sitemap.xml", source: "sitemap.ts" },
  { name: "robots", kind: "route", audience: "public", localised: false, path: () => "/robots.txt", source: "robots.ts" },
  { name: "authApi", kind: "route", audience: "framework", localised: false, path: () => "/api/auth/session", source: "api/auth/[...nextauth]/route.ts" },
  { name: "benchFloor", kind: "page", audience: "framework", localised: false, path: () => "/bench-floor" },
  { name: "benchFloorSegment", kind: "page", audience: "framework", localised: false, path: () => "/bench-floor/isr", source: "bench-floor/[segment]/page.tsx" },
  { name: "benchFloorDynamic", kind: "page", audience: "framework", localised: false, path: () => "/bench-floor/dynamic" },
  { name: "benchFloorActionPage", kind: "page", audience: "framework", localised: false, path: () => "/bench-floor/action" },
  { name: "benchFloorAction", kind: "action", audience: "framework", localised: false, path: () => "/bench-floor/action" },
] as const satisfies readonly PublicRoute[];

export type PublicRouteName = (typeof publicRoutes)[number]["name"];
