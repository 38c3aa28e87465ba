import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMigratedDatabase, dropDatabase } from "../support/database";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp";

// This file runs on a database of its own, so the outbox here holds only its own mails and no other test file's
// mail is sent (or stolen) by the processOutbox calls below.
let database: { name: string; url: string };
let smtp: SmtpCapture;

beforeAll(async () => {
  database = await createMigratedDatabase("komm_mail");
  process.env.DATABASE_URL = database.url; // read on first use by src/server/db.ts
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url;
});

afterAll(async () => {
  await smtp.stop().catch(() => {});
  const { db } = await import("@/server/db");
  await db.$disconnect();
  await dropDatabase(database.name);
});

describe("mail is never lost", () => {
  it("sign-ups succeed while the SMTP server is down, and every mail arrives exactly once after it returns", async () => {
    const { createRegistration } = await import("@/features/registrations/data");
    const { registrationSchema } = await import("@/features/registrations/schema");
    const { processOutbox } = await import("@/features/outbox/data");
    const { createEvent, validAnswers } = await import("../support/fixtures");
    const { testDb } = await import("../support/test-db");
    const event = await createEvent();

    await smtp.stop(); // the mail server goes down
    const people = Array.from({ length: 6 }, (_, i) => validAnswers({ email: `down-${i}-${Date.now()}@example.com` }));
    for (const answers of people) {
      expect(await createRegistration(event.slug, registrationSchema.parse(answers), { locale: "uk" })).toEqual({ ok: true, outcome: "pendingConfirmation" });
    }
    const attempt = await processOutbox();
    expect(attempt).toMatchObject({ sent: 0, retried: 6 });
    expect(await testDb().outboxMail.count({ where: { status: "PENDING", attempts: 1 } })).toBe(6);

    const port = smtp.port;
    smtp = await startSmtpCapture({ port }); // back up on the same address
    const later = new Date(Date.now() + 3600_000); // past every back-off
    expect(await processOutbox({ now: later })).toMatchObject({ sent: 6, retried: 0, failed: 0 });
    expect(await processOutbox({ now: later })).toMatchObject({ sent: 0 });

    for (const answers of people) {
      const arrived = smtp.messages.filter((m) => m.to.includes(answers.email as string));
      expect(arrived, answers.email as string).toHaveLength(1);
      expect(arrived[0]!.text).toMatch(/\/uk\/confirm\/[A-Za-z0-9_-]+/);
    }
    expect(await testDb().outboxMail.count({ where: { status: "SENT" } })).toBe(6);
  });
});
