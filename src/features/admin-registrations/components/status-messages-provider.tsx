import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/** Gives the status forms only the texts they use, not the whole site's. */
export async function StatusMessagesProvider({ children }: { children: React.ReactNode }) {
  const messages = await getMessages();
  const picked = { AdminStatus: messages.AdminStatus, Validation: messages.Validation, Admin: { status: messages.Admin.status } };
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
