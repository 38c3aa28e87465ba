import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/** Gives the client-side application forms only the message namespaces they use. */
export async function ApplyMessagesProvider({ children }: { children: React.ReactNode }) {
  const messages = await getMessages();
  const picked = { Apply: messages.Apply, ApplicationManage: messages.ApplicationManage, Validation: messages.Validation, Languages: messages.Languages };
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
