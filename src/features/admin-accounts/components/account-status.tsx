import { getTranslations } from "next-intl/server";
import type { Account } from "../data";

/** Active, deactivated, or invited and not accepted yet: in words (not colour alone). */
export async function AccountStatus({ account }: { account: Pick<Account, "isActive" | "invitation"> }) {
  const t = await getTranslations("AdminAccounts.status");
  if (!account.isActive) return <span className="rounded bg-slate-200 px-2 py-0.5 text-sm font-semibold text-slate-900">{t("inactive")}</span>;
  if (account.invitation === "pending") return <span className="rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-950">{t("invitationPending")}</span>;
  if (account.invitation === "expired") return <span className="rounded bg-red-100 px-2 py-0.5 text-sm font-semibold text-red-950">{t("invitationExpired")}</span>;
  return <span className="rounded bg-green-100 px-2 py-0.5 text-sm font-semibold text-green-950">{t("active")}</span>;
}
