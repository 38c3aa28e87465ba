import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/** Gives the client-side account forms only the message namespaces they use. */
export async function AccountMessagesProvider({ children }: { children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ AdminAccounts: messages.AdminAccounts, PasswordReset: messages.PasswordReset }}>{children}</NextIntlClientProvider>;
}
