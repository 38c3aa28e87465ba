// The one look of every mail the portal sends: plain, accessible HTML (works in every client, read aloud well by
// screen readers, no images or remote resources that trackers or blocked content could break) and a plain-text twin.
import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/routing";
import en from "../../../messages/en.json";
import pl from "../../../messages/pl.json";
import uk from "../../../messages/uk.json";

const messages = { pl, uk, en };

/** A paragraph, or a sentence followed by a link whose full address is printed (so it can be copied). */
export type MailParagraph = string | { text: string; url: string };

export type MailContent = {
  locale: Locale;
  /** the line mail clients show after the subject in the inbox */
  preheader?: string;
  heading: string;
  /** in this order: paragraphs, notice, action, details, closing, footer */
  paragraphs: MailParagraph[];
  /** a clearly marked block, e.g. a personal message from a coordinator */
  notice?: { label: string; text: string };
  /** the one thing to do, shown as a big button; its address is printed below it as well */
  action?: { label: string; url: string };
  /** label–value pairs, e.g. when and where; a value that is a web address becomes a link */
  details?: Array<[string, string]>;
  closing?: MailParagraph[];
  footer: string[];
};

export function escapeHtml(value: string) {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const isWebAddress = (value: string) => /^https?:\/\/\S+$/.test(value);

// Colours: #1a1a1a on white is 17:1; the button's white on #0b4f8a and the links' #0b4f8a on white are over 8:1.
const FONT = "font-family:Arial,Helvetica,sans-serif;";
const TEXT = `${FONT}font-size:16px;line-height:1.5;color:#1a1a1a;`;
const LINK = "color:#0b4f8a;text-decoration:underline;word-break:break-all;";

function link(url: string, label = url) {
  // Only web addresses become links: a value typed by a coordinator must never become a javascript: link.
  if (!isWebAddress(url)) return escapeHtml(label);
  return `<a href="${escapeHtml(url)}" style="${LINK}">${escapeHtml(label)}</a>`;
}

/** Escaped text with its line breaks kept. */
const multiline = (value: string) => escapeHtml(value).replace(/\r?\n/g, "<br>");

function htmlParagraph(p: MailParagraph) {
  if (typeof p === "string") return `<p style="margin:0 0 16px;">${multiline(p)}</p>`;
  return `<p style="margin:0 0 16px;">${multiline(p.text)}<br>${link(p.url)}</p>`;
}

export function renderMail(content: MailContent): { html: string; text: string } {
  const t = createTranslator({ locale: content.locale, messages: messages[content.locale], namespace: "Mail.layout" });
  const parts: string[] = [];

  parts.push(`<h1 style="margin:0 0 24px;${FONT}font-size:24px;line-height:1.3;color:#1a1a1a;">${escapeHtml(content.heading)}</h1>`);
  parts.push(...content.paragraphs.map(htmlParagraph));

  if (content.notice) {
    parts.push(
      `<div style="margin:0 0 16px;padding:16px;border-left:6px solid #0b4f8a;background:#eef4fb;">` +
        `<h2 style="margin:0 0 8px;${FONT}font-size:16px;font-weight:bold;color:#1a1a1a;">${escapeHtml(content.notice.label)}</h2>` +
        `<p style="margin:0;">${multiline(content.notice.text)}</p></div>`,
    );
  }

  if (content.action) {
    const { label, url } = content.action;
    parts.push(
      `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 12px;"><tr>` +
        `<td style="background:#0b4f8a;border-radius:6px;">` +
        `<a href="${escapeHtml(url)}" style="display:inline-block;padding:14px 28px;${FONT}font-size:18px;font-weight:bold;line-height:1.3;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(label)}</a>` +
        `</td></tr></table>`,
      `<p style="margin:0 0 24px;font-size:14px;color:#333333;">${escapeHtml(t("linkFallback"))}<br>${link(url)}</p>`,
    );
  }

  if (content.details?.length) {
    const rows = content.details.map(
      ([label, value]) =>
        `<p style="margin:0 0 12px;"><strong>${escapeHtml(label)}:</strong><br>${isWebAddress(value) ? link(value) : multiline(value)}</p>`,
    );
    parts.push(`<div style="margin:0 0 16px;padding:16px;background:#f3f5f8;border-radius:6px;">${rows.join("")}</div>`);
  }

  parts.push(...(content.closing ?? []).map(htmlParagraph));

  const footer = content.footer.map((line) => `<p style="margin:0 0 8px;">${multiline(line)}</p>`).join("");
  const preheader = content.preheader
    ? `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${escapeHtml(content.preheader)}</div>`
    : "";

  const html = `<!DOCTYPE html>
<html lang="${content.locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(content.heading)}</title>
</head>
<body style="margin:0;padding:0;background:#f0f0f0;">
${preheader}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f0f0f0;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ffffff;border-radius:8px;">
<tr><td style="padding:32px 28px;${TEXT}">
${parts.join("\n")}
</td></tr>
<tr><td style="padding:20px 28px 28px;border-top:1px solid #d0d0d0;${FONT}font-size:14px;line-height:1.5;color:#333333;">
${footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

  return { html, text: renderText(content) };
}

// In plain text the printed address is the link itself, so there is no "if the button does not work" line.
function renderText(content: MailContent) {
  const blocks: string[] = [`${content.heading}\n${"=".repeat(Math.min(content.heading.length, 60))}`];
  const paragraph = (p: MailParagraph) => (typeof p === "string" ? p : `${p.text}\n${p.url}`);
  blocks.push(...content.paragraphs.map(paragraph));
  if (content.notice) blocks.push(`--- ${content.notice.label} ---\n${content.notice.text}\n---`);
  if (content.action) blocks.push(`${content.action.label}:\n${content.action.url}`);
  if (content.details?.length) blocks.push(content.details.map(([label, value]) => `${label}:\n  ${value.replace(/\n/g, "\n  ")}`).join("\n"));
  blocks.push(...(content.closing ?? []).map(paragraph));
  blocks.push(`--\n${content.footer.join("\n")}`);
  return blocks.join("\n\n") + "\n";
}
