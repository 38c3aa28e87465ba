import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { envSchema } from "@/lib/env-schema";
import { env } from "./env";

export type OutgoingMail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: Array<{ filename: string; contentType: string; content: Buffer }>;
};

/** "sent": the SMTP server accepted it. "logged": no SMTP_URL configured, so the mail was only written to the log. */
export type DeliveryResult = "sent" | "logged";

// SMTP_URL is read on every call, not through the cached `env`, so that tests (and an operator fixing the
// configuration of a running process) can point mail elsewhere; it is still validated by the same zod rule.
function smtpUrl(): string | undefined {
  return envSchema.shape.SMTP_URL.parse(process.env.SMTP_URL);
}

// Short timeouts: an unreachable server must fail fast so the outbox can retry later, and a batch of sends must
// finish well inside the outbox's lease (see OUTBOX_LEASE in features/outbox/data.ts).
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 5_000, socketTimeout: 10_000, dnsTimeout: 5_000 };

let cached: { url: string; transporter: Transporter } | undefined;

function transport(url: string): Transporter {
  if (cached?.url !== url) {
    cached?.transporter.close();
    cached = { url, transporter: nodemailer.createTransport({ url, ...TIMEOUTS }) };
  }
  return cached.transporter;
}

/** Forgets the SMTP connection settings; the next `deliver` builds a new transport from SMTP_URL. */
export function resetMailTransport() {
  cached?.transporter.close();
  cached = undefined;
}

/** Sends one mail now; throws when the SMTP server refuses it or cannot be reached. */
export async function deliver(mail: OutgoingMail): Promise<DeliveryResult> {
  const url = smtpUrl();
  if (!url) {
    // In development the address and text (with its confirmation and manage links) are the only way to follow the
    // flow. A production log never holds them: addresses and personal links are personal data.
    if (process.env.NODE_ENV !== "production") console.info(`[mail] SMTP_URL not set, mail not sent: to=${mail.to}\n${mail.text}`);
    else console.info(`[mail] SMTP_URL not set, mail not sent (kept in the outbox): ${JSON.stringify(mail.subject)}`);
    return "logged";
  }
  await transport(url).sendMail({
    from: env.MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    attachments: mail.attachments,
  });
  return "sent";
}
