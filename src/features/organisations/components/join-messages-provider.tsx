import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/** Gives the client-side organisation form only the message namespaces it uses, not the whole site's texts. */
export async function JoinMessagesProvider({ children }: { children: React.ReactNode }) {
  const messages = await getMessages();
  const picked = { OrganisationJoin: messages.OrganisationJoin, Validation: messages.Validation, Languages: messages.Languages };
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
