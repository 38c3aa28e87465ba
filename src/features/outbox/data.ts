import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Locale } from "@/i18n/routing";
import { db } from "@/server/db";
import { insertRow, sqlRows, uuidv7 } from "@/server/sql";
import { deliver } from "@/server/mail";
import { OUTBOX_JOB, wakeJob } from "@/server/worker";

export type MailAttachment = { filename: string; contentType: string; /** UTF-8 text, e.g. an .ics file */ content: string };

export type NewMail = {
  /** what the mail is about, e.g. "registration.confirmed"; for the admin's outbox view and statistics */
  kind: string;
  to: string;
  locale: Locale;
  subject: string;
  html: string;
  text: string;
  attachments?: MailAttachment[];
  registrationId?: string;
  applicationId?: string;
  organisationId?: string;
};

/** Gives up after this many failed attempts (≈ 12 hours of back-off): the mail stays as FAILED for an admin to retry. */
export const MAX_ATTEMPTS = 20;
/** The first retry's delay; each further one doubles it. OUTBOX_RETRY_BASE_MS changes it (tests use a second). */
const BACKOFF_BASE_MS = Number(process.env.OUTBOX_RETRY_BASE_MS || 15_000);
/** The longest wait between two tries (default an hour); OUTBOX_RETRY_MAX_MS changes it. */
const BACKOFF_CAP_MS = Number(process.env.OUTBOX_RETRY_MAX_MS || 3_600_000);
/**
 * A claimed mail is SENDING until this long after the claim; after that it is considered abandoned by a crashed
 * worker and sent again. Must exceed a whole batch of slow sends (see the timeouts in server/mail.ts).
 */
const LEASE_MS = 10 * 60_000;

type Writer = Pick<Prisma.TransactionClient, "outboxMail">;

/** Queues a mail; pass the transaction client so the mail exists if and only if the change that causes it commits. */
export async function enqueueMail(tx: Writer, mail: NewMail): Promise<string> {
  const row = await tx.outboxMail.create({ data: outboxMailData(mail), select: { id: true } });
  return row.id;
}

/** The outbox row of a mail, for callers that write it in a nested create (e.g. with the sign-up it confirms). */
export function outboxMailData(mail: NewMail) {
  return {
    kind: mail.kind,
    toAddress: mail.to,
    locale: mail.locale,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    // base64, as documented on the column, so any attachment (not only text) fits the same shape later
    attachments: mail.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content, "utf8").toString("base64") })),
    status: "PENDING" as const,
    nextAttemptAt: new Date(),
    registrationId: mail.registrationId,
    applicationId: mail.applicationId,
    organisationId: mail.organisationId,
  } satisfies Prisma.OutboxMailUncheckedCreateInput;
}

/** The outbox row of a mail as `INSERT … SELECT …`, for one-statement writes: append `FROM <cte>` to tie it to a row. */
export function outboxMailInsert(mail: NewMail) {
  const casts = { id: "uuid", registrationId: "uuid", applicationId: "uuid", organisationId: "uuid", attachments: "jsonb", status: '"OutboxStatus"' };
  return insertRow("OutboxMail", outboxRowWithId(mail), casts);
}

/** The outbox row with its id (a version 7 UUID, as Prisma gives the rows it creates), for writes Prisma does not make. */
export function outboxRowWithId(mail: NewMail) {
  return { id: uuidv7(), ...outboxMailData(mail) };
}

/** Asks the background worker to send the outbox now rather than at its next poll. Call after the transaction commits. */
export function kickOutbox() {
  wakeJob(OUTBOX_JOB);
}

/** Exponential back-off with ±10 % jitter, so many mails failing together do not all retry in the same second. */
export function backoffMs(attempts: number) {
  const base = Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_CAP_MS);
  return Math.round(base * (0.9 + Math.random() * 0.2));
}

type ClaimedMail = {
  id: string;
  toAddress: string;
  subject: string;
  html: string;
  text: string;
  attachments: Array<{ filename: string; contentType: string; content: string }> | null;
  attempts: number;
};

/**
 * Sends the mails that are due. Safe to run from several processes at once: each mail is claimed by exactly one of
 * them (FOR UPDATE SKIP LOCKED) and marked SENDING with a lease, so a crash mid-send delays it but never loses it.
 */
export async function processOutbox({ batchSize = 20, now = new Date() }: { batchSize?: number; now?: Date } = {}) {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  // One statement claims the mails that are due and those whose claim was abandoned (a worker died while sending:
  // SENDING past its lease); the latter are noted as interrupted.
  const claimed = await sqlRows<ClaimedMail>(Prisma.sql`
    UPDATE "OutboxMail" SET status = 'SENDING', "nextAttemptAt" = ${leaseUntil}::timestamptz,
      "lastError" = CASE WHEN status = 'SENDING' THEN 'interrupted while sending (worker stopped?)' ELSE "lastError" END
    WHERE id IN (
      SELECT id FROM "OutboxMail"
      WHERE status IN ('PENDING', 'SENDING') AND "nextAttemptAt" <= ${now}::timestamptz
      ORDER BY "nextAttemptAt"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, "toAddress", subject, html, text, attachments, attempts`);

  const counts = { sent: 0, retried: 0, failed: 0 };
  for (const mail of claimed) {
    const attempts = mail.attempts + 1;
    try {
      const result = await deliver({
        to: mail.toAddress,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        attachments: mail.attachments?.map((a) => ({ ...a, content: Buffer.from(a.content, "base64") })),
      });
      // The mail has left: recording that must outlast a database blip, or the lease would expire and send it twice.
      // (Raw: this runs once per mail sent, and a Prisma model query costs several times the CPU of the statement.)
      const note = result === "logged" ? "SMTP_URL not set: logged only" : null;
      await persist(
        () => sqlRows(Prisma.sql`
          UPDATE "OutboxMail" SET status = 'SENT', "sentAt" = ${now}::timestamptz, attempts = ${attempts}, "lastError" = ${note}
          WHERE id = ${mail.id}::uuid AND status = 'SENDING'`),
      );
      counts.sent++;
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const failed = attempts >= MAX_ATTEMPTS;
      await persist(() =>
        db.outboxMail.updateMany({
          where: { id: mail.id, status: "SENDING" },
          data: failed
            ? { status: "FAILED", attempts, lastError }
            : { status: "PENDING", attempts, lastError, nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)) },
        }),
      );
      if (failed) counts.failed++;
      else counts.retried++;
    }
  }
  return counts;
}

/** Retries a write for about a minute (1, 2, 4 … 16 s apart) while the database is unreachable or restarting. */
async function persist<T>(write: () => Promise<T>): Promise<T> {
  for (let wait = 1_000; ; wait *= 2) {
    try {
      return await write();
    } catch (error) {
      if (wait > 16_000) throw error;
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

/** Puts a FAILED mail back in the queue with a fresh set of attempts. Returns false when it was not FAILED. */
export async function retryMail(id: string, now = new Date()) {
  const { count } = await db.outboxMail.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: now },
  });
  if (count > 0) kickOutbox();
  return count > 0;
}
