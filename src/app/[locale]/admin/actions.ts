"use server";

import { hasLocale } from "next-intl";
import { redirect } from "next/navigation";
import { loginPath } from "@/features/admin/routes";
import { routing } from "@/i18n/routing";
import { signOut } from "@/server/auth";
import { isText, refuseMalformedCall } from "@/features/site/action-input";

/** Ends the session (deletes the cookie) and shows the login page. Harmless without a session. */
export async function logoutAction(locale: string) {
  refuseMalformedCall(isText(locale));
  await signOut({ redirect: false });
  redirect(`${loginPath(hasLocale(routing.locales, locale) ? locale : routing.defaultLocale)}?loggedOut=1`);
}
