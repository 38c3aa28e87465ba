import { randomUUID } from "node:crypto";
import net from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { resetMailTransport } from "@/server/mail";
import { startSmtpCapture, type SmtpCapture } from "../../../tests/support/smtp";
import { enqueueMail, MAX_ATTEMPTS, processOutbox, retryMail, type NewMail } from "./data";

// The database is shared with the other test files of the run, which may queue and send mail too. So that each
// test here sees only its own mails, every test works in its own slice of the distant past: its mails are made due
// then and `processOutbox` runs with `now` in that slice. Mails of other files (due at the real now) and of
// earlier tests here (later slices) are not due yet at that `now`, so they are never picked up.
let slice = Date.UTC(2000, 0, 1);
function pastClock() {
  slice -= 30 * 24 * 3600_000;
  return new Date(slice);
}
const later = (t: Date, ms: number) => new Date(t.getTime() + ms);

const address = (label: string) => `${label}-${randomUUID()}@komm.test`;

function mail(to: string, extra: Partial<NewMail> = {}): NewMail {
  return { kind: "test", to, locale: "pl", subject: `Zażółć gęślą jaźń ${to}`, html: `<p>Cześć <b>${to}</b></p>`, text: `Cześć ${to}`, ...extra };
}

/** Queues a mail due at `at`, in one transaction so no other process can see it due at the real now. */
async function queueAt(at: Date, m: NewMail) {
  return db.$transaction(async (tx) => {
    const id = await enqueueMail(tx, m);
    await tx.outboxMail.update({ where: { id }, data: { nextAttemptAt: at } });
    return id;
  });
}

const row = (id: string) => db.outboxMail.findUniqueOrThrow({ where: { id } });
const received = (smtp: SmtpCapture, to: string) => smtp.messages.filter((m) => m.to.includes(to.toLowerCase()));

/** An address where nothing listens: a mail server that is down. */
async function deadSmtpUrl() {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `smtp://127.0.0.1:${port}`;
}

let smtp: SmtpCapture;

beforeAll(async () => {
  smtp = await startSmtpCapture();
});
beforeEach(() => {
  process.env.SMTP_URL = smtp.url;
  resetMailTransport();
});
afterAll(async () => {
  resetMailTransport();
  await smtp.stop();
});

describe("enqueueMail", () => {
  it("writes nothing when the transaction that queued the mail rolls back", async () => {
    const to = address("rollback");
    await expect(
      db.$transaction(async (tx) => {
        await enqueueMail(tx, mail(to));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.outboxMail.count({ where: { toAddress: to } })).toBe(0);
  });

  it("stores the mail as PENDING and due now", async () => {
    const to = address("pending");
    const before = Date.now();
    const id = await enqueueMail(db, mail(to, { registrationId: undefined }));
    const stored = await row(id);
    expect(stored).toMatchObject({ status: "PENDING", attempts: 0, toAddress: to, locale: "pl", kind: "test", sentAt: null });
    expect(stored.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(stored.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    await db.outboxMail.delete({ where: { id } }); // not to be sent by other files' runs
  });
});

describe("processOutbox", () => {
  it("delivers a queued mail over SMTP, with its attachment, and records it as SENT", async () => {
    const now = pastClock();
    const to = address("deliver");
    const ics = "BEGIN:VCALENDAR\r\nSUMMARY:Spotkanie – Зустріч\r\nEND:VCALENDAR\r\n";
    const id = await queueAt(now, mail(to, { attachments: [{ filename: "komm.ics", contentType: "text/calendar", content: ics }] }));

    expect(await processOutbox({ now })).toEqual({ sent: 1, retried: 0, failed: 0 });

    const got = await smtp.waitFor((m) => m.to.includes(to));
    expect(got.subject).toBe(`Zażółć gęślą jaźń ${to}`);
    expect(got.html).toContain(`<p>Cześć <b>${to}</b></p>`);
    expect(got.text.trim()).toBe(`Cześć ${to}`);
    expect(got.from).toBe("no-reply@komm.test");
    expect(got.attachments).toHaveLength(1);
    expect(got.attachments[0]!.filename).toBe("komm.ics");
    expect(got.attachments[0]!.content.toString("utf8")).toBe(ics);
    expect(await row(id)).toMatchObject({ status: "SENT", attempts: 1, lastError: null, sentAt: now });
  });

  it("keeps the mail when the SMTP server is down and sends it exactly once when it is back", async () => {
    const down = await startSmtpCapture();
    const port = down.port;
    await down.stop();
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    resetMailTransport();

    const t0 = pastClock();
    const to = address("outage");
    const id = await queueAt(t0, mail(to));

    expect(await processOutbox({ now: t0 })).toEqual({ sent: 0, retried: 1, failed: 0 });
    const afterFailure = await row(id);
    expect(afterFailure.status).toBe("PENDING");
    expect(afterFailure.attempts).toBe(1);
    expect(afterFailure.lastError).toBeTruthy();
    expect(afterFailure.nextAttemptAt.getTime()).toBeGreaterThan(t0.getTime());
    expect(afterFailure.nextAttemptAt.getTime()).toBeLessThanOrEqual(t0.getTime() + 60_000);

    // not due again yet: nothing happens
    expect(await processOutbox({ now: t0 })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect((await row(id)).attempts).toBe(1);

    const back = await startSmtpCapture({ port });
    try {
      expect(await processOutbox({ now: later(t0, 3600_000) })).toEqual({ sent: 1, retried: 0, failed: 0 });
      expect(await processOutbox({ now: later(t0, 2 * 3600_000) })).toEqual({ sent: 0, retried: 0, failed: 0 });
      expect(received(back, to)).toHaveLength(1);
      expect(await row(id)).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    } finally {
      await back.stop();
    }
  });

  it("never sends a mail twice when several workers run at once", async () => {
    const now = pastClock();
    const prefix = `parallel-${randomUUID()}`;
    const addresses = Array.from({ length: 12 }, (_, i) => `${prefix}-${i}@komm.test`);
    for (const to of addresses) await queueAt(now, mail(to));

    let sent = 0;
    for (;;) {
      const runs = await Promise.all([1, 2, 3].map(() => processOutbox({ batchSize: 2, now })));
      const round = runs.reduce((sum, r) => sum + r.sent + r.retried + r.failed, 0);
      sent += runs.reduce((sum, r) => sum + r.sent, 0);
      if (round === 0) break;
    }

    expect(sent).toBe(addresses.length);
    for (const to of addresses) expect(received(smtp, to), to).toHaveLength(1);
    expect(await db.outboxMail.count({ where: { toAddress: { in: addresses }, status: "SENT" } })).toBe(addresses.length);
  });

  it("gives up after the maximum number of attempts and marks the mail FAILED", async () => {
    process.env.SMTP_URL = await deadSmtpUrl();
    resetMailTransport();
    const now = pastClock();
    const to = address("failed");
    const id = await queueAt(now, mail(to));
    await db.outboxMail.update({ where: { id }, data: { attempts: MAX_ATTEMPTS - 1 } });

    expect(await processOutbox({ now })).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await row(id)).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    expect((await row(id)).lastError).toBeTruthy();
    // a failed mail is left alone by later runs
    expect(await processOutbox({ now: later(now, 24 * 3600_000) })).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it("sends again a mail whose worker died while sending it, once its lease has run out", async () => {
    const now = pastClock();
    const abandoned = address("abandoned");
    const inProgress = address("in-progress");
    const abandonedId = await queueAt(now, mail(abandoned));
    const inProgressId = await queueAt(now, mail(inProgress));
    await db.outboxMail.update({ where: { id: abandonedId }, data: { status: "SENDING", nextAttemptAt: later(now, -1) } });
    await db.outboxMail.update({ where: { id: inProgressId }, data: { status: "SENDING", nextAttemptAt: later(now, 60_000) } });

    expect(await processOutbox({ now })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(received(smtp, abandoned)).toHaveLength(1);
    expect(received(smtp, inProgress)).toHaveLength(0);
    expect((await row(inProgressId)).status).toBe("SENDING");
    await db.outboxMail.delete({ where: { id: inProgressId } });
  });

  it("without SMTP_URL only logs the mail and records it as SENT with a note", async () => {
    process.env.SMTP_URL = "";
    resetMailTransport();
    const now = pastClock();
    const to = address("no-smtp");
    const id = await queueAt(now, mail(to));

    expect(await processOutbox({ now })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ status: "SENT", lastError: "SMTP_URL not set: logged only" });
    expect(received(smtp, to)).toHaveLength(0);
  });
});

describe("retryMail", () => {
  it("puts a FAILED mail back in the queue with fresh attempts, and it is then sent", async () => {
    const now = pastClock();
    const to = address("retry");
    const id = await queueAt(now, mail(to));
    await db.outboxMail.update({ where: { id }, data: { status: "FAILED", attempts: MAX_ATTEMPTS, lastError: "550 mailbox full" } });

    expect(await retryMail(id, now)).toBe(true);
    expect(await row(id)).toMatchObject({ status: "PENDING", attempts: 0, nextAttemptAt: now });
    expect(await retryMail(id, now)).toBe(false); // only FAILED mails

    expect(await processOutbox({ now })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(received(smtp, to)).toHaveLength(1);
  });
});
