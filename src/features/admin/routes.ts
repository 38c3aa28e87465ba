// Every route and server action of the coordinator area, in one list. Pages build their links from it, and
// tests/integration/admin-access.test.ts walks it: each entry that is not public must be covered by an access check
// there (type-checked), and tests/e2e/admin.spec.ts visits every page without a session. Public routes are listed in
// src/features/site/routes.ts; src/features/site/routes.test.ts fails when a file under src/app is in neither list.
// When you add an admin page or action, add it here.

export type AdminRouteIds = { locale: string; eventId?: string; registrationId?: string; offerSlug?: string; applicationId?: string; organisationId?: string; userId?: string; token?: string; mailId?: string };

type AdminRoute = {
  name: string;
  kind: "page" | "action";
  /** reachable without a session (the login page and the login/logout actions) */
  public: boolean;
  /** where the page lives, or the page whose form posts the action */
  path: (ids: AdminRouteIds) => string;
};

export const adminRoutes = [
  { name: "login", kind: "page", public: true, path: ({ locale }) => `/${locale}/admin/login` },
  { name: "dashboard", kind: "page", public: false, path: ({ locale }) => `/${locale}/admin` },
  {
    name: "eventRegistrations",
    kind: "page",
    public: false,
    path: ({ locale, eventId }) => `/${locale}/admin/events/${eventId}/registrations`,
  },
  {
    name: "registrationDetail",
    kind: "page",
    public: false,
    path: ({ locale, registrationId }) => `/${locale}/admin/registrations/${registrationId}`,
  },
  // the coordinators' status workflow (src/app/[locale]/admin/registrations/actions.ts)
  {
    name: "changeRegistrationStatusAction",
    kind: "action",
    public: false,
    path: ({ locale, registrationId }) => `/${locale}/admin/registrations/${registrationId}`,
  },
  {
    name: "saveInternalNoteAction",
    kind: "action",
    public: false,
    path: ({ locale, registrationId }) => `/${locale}/admin/registrations/${registrationId}`,
  },
  {
    name: "bulkChangeRegistrationStatusAction",
    kind: "action",
    public: false,
    path: ({ locale, eventId }) => `/${locale}/admin/events/${eventId}/registrations`,
  },
  { name: "eventExport", kind: "page", public: false, path: ({ locale, eventId }) => `/${locale}/admin/events/${eventId}/export` },
  // the export form's GET target (a route handler answering with the file); without a session it redirects like a page
  {
    name: "eventExportDownload",
    kind: "page",
    public: false,
    path: ({ locale, eventId }) => `/${locale}/admin/events/${eventId}/export/download`,
  },
  { name: "eventAttendance", kind: "page", public: false, path: ({ locale, eventId }) => `/${locale}/admin/events/${eventId}/attendance` },
  { name: "offers", kind: "page", public: false, path: ({ locale }) => `/${locale}/admin/offers` },
  {
    name: "offerApplications",
    kind: "page",
    public: false,
    path: ({ locale, offerSlug }) => `/${locale}/admin/offers/${offerSlug}`,
  },
  {
    name: "applicationDetail",
    kind: "page",
    public: false,
    path: ({ locale, offerSlug, applicationId }) => `/${locale}/admin/offers/${offerSlug}/applications/${applicationId}`,
  },
  {
    name: "changeApplicationStatusAction",
    kind: "action",
    public: false,
    path: ({ locale, offerSlug, applicationId }) => `/${locale}/admin/offers/${offerSlug}/applications/${applicationId}`,
  },
  {
    name: "reviewApplicationAction",
    kind: "action",
    public: false,
    path: ({ locale, offerSlug, applicationId }) => `/${locale}/admin/offers/${offerSlug}/applications/${applicationId}`,
  },
  {
    name: "sendApplicationFollowUpAction",
    kind: "action",
    public: false,
    path: ({ locale, offerSlug, applicationId }) => `/${locale}/admin/offers/${offerSlug}/applications/${applicationId}`,
  },
  // an offer's application export: the form and its GET target (a route handler; redirects like a page)
  { name: "offerExport", kind: "page", public: false, path: ({ locale, offerSlug }) => `/${locale}/admin/offers/${offerSlug}/export` },
  { name: "offerExportDownload", kind: "page", public: false, path: ({ locale, offerSlug }) => `/${locale}/admin/offers/${offerSlug}/export/download` },
  { name: "organisations", kind: "page", public: false, path: ({ locale }) => `/${locale}/admin/organisations` },
  {
    name: "organisationDetail",
    kind: "page",
    public: false,
    path: ({ locale, organisationId }) => `/${locale}/admin/organisations/${organisationId}`,
  },
  {
    name: "organisationEdit",
    kind: "page",
    public: false,
    path: ({ locale, organisationId }) => `/${locale}/admin/organisations/${organisationId}/edit`,
  },
  {
    name: "moderateOrganisationAction",
    kind: "action",
    public: false,
    path: ({ locale, organisationId }) => `/${locale}/admin/organisations/${organisationId}`,
  },
  {
    name: "updateOrganisationAction",
    kind: "action",
    public: false,
    path: ({ locale, organisationId }) => `/${locale}/admin/organisations/${organisationId}/edit`,
  },
  // the funders' report pack (src/features/admin-reports) and its CSV of counts (a route handler; redirects like a page)
  { name: "reports", kind: "page", public: false, path: ({ locale }) => `/${locale}/admin/reports` },
  { name: "reportsDownload", kind: "page", public: false, path: ({ locale }) => `/${locale}/admin/reports/download` },
  // events management and messages to registrants (src/features/admin-events; tests/integration/admin-events.test.ts)
  { name: "adminEvents", kind: "page", public: false, path: ({ locale }) => `/${locale}/admin/events` },
  { name: "eventNew", kind: "page", public: false, path: ({ locale }) => `/${locale}/admin/events/new` },
  { name: "createEventAction", kind: "action", public: false, path: ({ locale }) => `/${locale}/admin/events/new` },
  { name: "eventEdit", kind: "page", public: false, path: ({ locale, eventId }) => `/${locale}/admin/events/${eventId}/edit` },
  { name: "updateEventAction", kind: "action", public: false, path: ({ locale, eventId }) => `/${locale}/admin/events/${eventId}/edit` },
  { name: "publishEventAction", kind: "action", public: false, path: ({ locale, eventId }) => `/${locale}/admin/events/${eventId}/edit` },
  { name: "duplicateEventAction", kind: "action", public: false, path: ({ locale, eventId }) => `/${locale}/admin/events/${eventId}/edit` },
  { name: "eventCancel", kind: "page", public: false, path: ({ locale, eventId }) => `/${locale}/admin/events/${eventId}/cancel` },
  { name: "cancelEventAction", kind: "action", public: false, path: ({ locale, eventId }) => `/${locale}/admin/events/${eventId}/cancel` },
  { name: "eventMessages", kind: "page", public: false, path: ({ locale, eventId }) => `/${locale}/admin/events/${eventId}/messages` },
  { name: "sendEventMessageAction", kind: "action", public: false, path: ({ locale, eventId }) => `/${locale}/admin/events/${eventId}/messages` },
  // accounts (admins only; src/features/admin-accounts)
  { name: "accounts", kind: "page", public: false, path: ({ locale }) => `/${locale}/admin/accounts` },
  { name: "accountInvite", kind: "page", public: false, path: ({ locale }) => `/${locale}/admin/accounts/new` },
  { name: "inviteAccountAction", kind: "action", public: false, path: ({ locale }) => `/${locale}/admin/accounts/new` },
  { name: "accountDetail", kind: "page", public: false, path: ({ locale, userId }) => `/${locale}/admin/accounts/${userId}` },
  { name: "updateAccountAction", kind: "action", public: false, path: ({ locale, userId }) => `/${locale}/admin/accounts/${userId}` },
  { name: "resendInvitationAction", kind: "action", public: false, path: ({ locale, userId }) => `/${locale}/admin/accounts/${userId}` },
  { name: "setAccountActiveAction", kind: "action", public: false, path: ({ locale, userId }) => `/${locale}/admin/accounts/${userId}` },
  // links from mails, used without a session: the token is the key
  { name: "forgotPassword", kind: "page", public: true, path: ({ locale }) => `/${locale}/admin/forgot-password` },
  { name: "requestPasswordResetAction", kind: "action", public: true, path: ({ locale }) => `/${locale}/admin/forgot-password` },
  { name: "resetPassword", kind: "page", public: true, path: ({ locale, token }) => `/${locale}/admin/reset-password/${token}` },
  { name: "resetPasswordAction", kind: "action", public: true, path: ({ locale, token }) => `/${locale}/admin/reset-password/${token}` },
  { name: "acceptInvitation", kind: "page", public: true, path: ({ locale, token }) => `/${locale}/admin/invitation/${token}` },
  { name: "acceptInvitationAction", kind: "action", public: true, path: ({ locale, token }) => `/${locale}/admin/invitation/${token}` },
  // admins only: the mail outbox, the audit log and the data-subject tools (src/features/admin-outbox, admin-audit,
  // privacy; docs/decisions/012). The JSON export is a route handler and redirects like a page.
  { name: "outbox", kind: "page", public: false, path: ({ locale }) => `/${locale}/admin/outbox` },
  { name: "outboxMail", kind: "page", public: false, path: ({ locale, mailId }) => `/${locale}/admin/outbox/${mailId}` },
  { name: "retryOutboxMailAction", kind: "action", public: false, path: ({ locale, mailId }) => `/${locale}/admin/outbox/${mailId}` },
  { name: "audit", kind: "page", public: false, path: ({ locale }) => `/${locale}/admin/audit` },
  { name: "privacy", kind: "page", public: false, path: ({ locale }) => `/${locale}/admin/privacy` },
  { name: "privacyExport", kind: "page", public: false, path: ({ locale }) => `/${locale}/admin/privacy/export` },
  { name: "erasePersonalDataAction", kind: "action", public: false, path: ({ locale }) => `/${locale}/admin/privacy` },
  { name: "loginAction", kind: "action", public: true, path: ({ locale }) => `/${locale}/admin/login` },
  // logging out needs no session: without one it just lands on the login page
  { name: "logoutAction", kind: "action", public: true, path: ({ locale }) => `/${locale}/admin` },
] as const satisfies readonly AdminRoute[];

export type AdminRouteName = (typeof adminRoutes)[number]["name"];
export type ProtectedAdminRouteName = Extract<(typeof adminRoutes)[number], { public: false }>["name"];

export function adminPath(name: AdminRouteName, ids: AdminRouteIds): string {
  return adminRoutes.find((r) => r.name === name)!.path(ids);
}

/** The login page, remembering where to return to. */
export function loginPath(locale: string, next?: string): string {
  const base = `/${locale}/admin/login`;
  return next ? `${base}?${new URLSearchParams({ next })}` : base;
}
