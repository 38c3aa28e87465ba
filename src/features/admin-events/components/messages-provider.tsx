import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/** Gives the client-side event forms only the message namespaces they use, not the whole site's texts. */
export async function AdminEventsMessagesProvider({ children }: { children: React.ReactNode }) {
  const messages = await getMessages();
  const picked = { AdminEvents: messages.AdminEvents, Validation: messages.Validation, Languages: messages.Languages };
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
