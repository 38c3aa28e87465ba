import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { adminPath } from "@/features/admin/routes";

const linkClass = "inline-flex min-h-11 items-center rounded px-3 font-semibold";

/** The admin layout's links to the admins' tools: the outbox, the audit log and the data-subject tools (list items). */
export async function AdminToolsNavLinks({ locale }: { locale: string }) {
  const [to, ta, tp] = await Promise.all([getTranslations("AdminOutbox"), getTranslations("AdminAudit"), getTranslations("AdminPrivacy")]);
  return (
    <>
      <li>
        <NextLink href={adminPath("outbox", { locale })} prefetch={false} className={linkClass}>
          {to("nav")}
        </NextLink>
      </li>
      <li>
        <NextLink href={adminPath("audit", { locale })} prefetch={false} className={linkClass}>
          {ta("nav")}
        </NextLink>
      </li>
      <li>
        <NextLink href={adminPath("privacy", { locale })} prefetch={false} className={linkClass}>
          {tp("nav")}
        </NextLink>
      </li>
    </>
  );
}
