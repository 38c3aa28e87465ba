import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ADMIN_PAGE_SIZE, idSchema } from "@/features/admin-registrations/schema";
import { recordAudit } from "@/features/audit/data";
import { retryMail } from "@/features/outbox/data";
import { isAnonymisedAddress } from "@/features/privacy/anonymise";
import { db } from "@/server/db";
import { requireAdmin, type CurrentUser } from "@/server/session";
import { OUTBOX_STATUSES, type OutboxListQuery } from "./schema";

// The admins' view of the mail outbox (src/features/outbox): what was sent, what waits, what failed and why, and a
// retry for failed mails. Admins only (docs/decisions/012-outbox-audit-privacy.md): mail bodies carry people's
// personal manage links, and delivery is the coalition's technical concern, not a region's. Every function starts
// with requireAdmin(); a coordinator gets a 404.

const actorOf = (user: CurrentUser) => ({ userId: user.id, label: user.email });

const rowSelect = {
  id: true,
  kind: true,
  toAddress: true,
  locale: true,
  subject: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  lastError: true,
  sentAt: true,
  createdAt: true,
} satisfies Prisma.OutboxMailSelect;

export type OutboxCounts = Record<(typeof OUTBOX_STATUSES)[number], number>;

/** One page of the outbox, newest first, with counts per status and the kinds of mail that exist (for the filter). */
export async function listOutboxMails(query: OutboxListQuery) {
  await requireAdmin();
  const filters: Prisma.OutboxMailWhereInput[] = [];
  if (query.q) filters.push({ toAddress: { contains: query.q, mode: "insensitive" } });
  if (query.status) filters.push({ status: query.status });
  if (query.kind) filters.push({ kind: query.kind });
  const where: Prisma.OutboxMailWhereInput = { AND: filters };
  const [total, groups, kinds] = await Promise.all([
    db.outboxMail.count({ where }),
    db.outboxMail.groupBy({ by: ["status"], _count: { _all: true } }),
    db.outboxMail.groupBy({ by: ["kind"], orderBy: { kind: "asc" } }),
  ]);
  const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as OutboxCounts;
  for (const g of groups) counts[g.status] = g._count._all;
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const items = total
    ? await db.outboxMail.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: (page - 1) * ADMIN_PAGE_SIZE,
        take: ADMIN_PAGE_SIZE,
        select: rowSelect,
      })
    : [];
  return {
    items: items.map((m) => ({ ...m, anonymised: isAnonymisedAddress(m.toAddress) })),
    total,
    page,
    pages,
    counts,
    kinds: kinds.map((k) => k.kind),
  };
}

export type OutboxRow = Awaited<ReturnType<typeof listOutboxMails>>["items"][number];

/**
 * One mail with its text as sent (or to be sent), or null when there is none with that id. The text holds the
 * person's data and personal link, so opening it writes an `outbox.view` audit entry.
 */
export async function getOutboxMail(mailId: string) {
  const user = await requireAdmin();
  if (typeof mailId !== "string" || !idSchema.safeParse(mailId).success) return null;
  const mail = await db.outboxMail.findUnique({
    where: { id: mailId },
    select: { ...rowSelect, text: true, registrationId: true, applicationId: true, organisationId: true, eventMessageId: true },
  });
  if (!mail) return null;
  await recordAudit({ actor: actorOf(user), action: "outbox.view", entityType: "outboxMail", entityId: mail.id });
  const anonymised = isAnonymisedAddress(mail.toAddress);
  return { ...mail, anonymised, canRetry: mail.status === "FAILED" && !anonymised };
}

export type OutboxMailDetail = NonNullable<Awaited<ReturnType<typeof getOutboxMail>>>;

export type RetryResult = { ok: true } | { ok: false; error: "notFailed" | "anonymised" };

/**
 * Puts a FAILED mail back in the queue with a fresh set of attempts (src/features/outbox retryMail) and records
 * `outbox.retry`. Null when there is no such mail. A mail whose personal data was erased is never sent again.
 */
export async function retryOutboxMail(mailId: string): Promise<RetryResult | null> {
  const user = await requireAdmin();
  if (typeof mailId !== "string" || !idSchema.safeParse(mailId).success) return null;
  const mail = await db.outboxMail.findUnique({ where: { id: mailId }, select: { id: true, status: true, toAddress: true, kind: true } });
  if (!mail) return null;
  if (isAnonymisedAddress(mail.toAddress)) return { ok: false, error: "anonymised" };
  if (!(await retryMail(mail.id))) return { ok: false, error: "notFailed" };
  await recordAudit({ actor: actorOf(user), action: "outbox.retry", entityType: "outboxMail", entityId: mail.id, details: { kind: mail.kind } });
  return { ok: true };
}
