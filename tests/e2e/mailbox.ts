import { expect } from "@playwright/test";

// Mail the portal sent, caught by the SMTP capture server started with the e2e server (tests/support/e2e-server.mjs).
export const MAILBOX_URL = `http://127.0.0.1:${process.env.MAILBOX_HTTP_PORT ?? 3199}`;

export type CapturedMail = {
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: Array<{ filename: string; contentType: string; content: string }>;
};

export async function mailsTo(address: string): Promise<CapturedMail[]> {
  const response = await fetch(`${MAILBOX_URL}/messages?to=${encodeURIComponent(address)}`);
  return (await response.json()) as CapturedMail[];
}

/** Waits for the newest mail to `address` that matches. */
export async function latestMail(address: string, match: (mail: CapturedMail) => boolean = () => true) {
  let found: CapturedMail | undefined;
  await expect
    .poll(async () => {
      found = (await mailsTo(address)).filter(match).at(-1);
      return Boolean(found);
    }, { timeout: 20_000, message: `mail to ${address}` })
    .toBe(true);
  return found!;
}

export function linkIn(text: string, path: string) {
  const match = new RegExp(`https?://[^\\s]+${path.replace(/\//g, "\\/")}[A-Za-z0-9_-]+`).exec(text);
  if (!match) throw new Error(`no ${path} link in:\n${text}`);
  return match[0];
}
