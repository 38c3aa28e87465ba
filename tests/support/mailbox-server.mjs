#!/usr/bin/env node
// A catch-all mailbox for browser tests: an SMTP server that keeps every message (point the app's SMTP_URL at it)
// and a tiny HTTP API to read them. Same capture as tests/support/smtp.ts, in plain ESM so Playwright can run it.
//   GET    /messages?to=<address>  → JSON array of the messages to that address (all without ?to), newest last
//   DELETE /messages               → forgets every message
// Run directly: MAILBOX_SMTP_PORT=2525 MAILBOX_HTTP_PORT=2526 node tests/support/mailbox-server.mjs
import http from "node:http";
import { pathToFileURL } from "node:url";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

const addresses = (value) => (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) => a.value.map((v) => v.address ?? ""));

/** @param {{ smtpPort: number, httpPort: number, host?: string }} options */
export async function startMailbox({ smtpPort, httpPort, host = "127.0.0.1" }) {
  let messages = [];

  const smtp = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    closeTimeout: 100,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: addresses(parsed.from)[0] ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            // the portal only attaches text files (.ics), so the content is given as text
            attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? "", contentType: a.contentType, content: a.content.toString("utf8") })),
            receivedAt: new Date().toISOString(),
          });
          callback();
        })
        .catch(callback);
    },
  });

  const api = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://${host}`);
    if (url.pathname !== "/messages") {
      res.writeHead(404).end();
    } else if (req.method === "GET") {
      const to = url.searchParams.get("to")?.toLowerCase();
      const body = to ? messages.filter((m) => m.to.includes(to)) : messages;
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
    } else if (req.method === "DELETE") {
      messages = [];
      res.writeHead(204).end();
    } else {
      res.writeHead(405, { allow: "GET, DELETE" }).end();
    }
  });

  const listen = (server, port) =>
    new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, resolve);
    });
  await listen(smtp.server, smtpPort);
  await listen(api, httpPort);

  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    apiUrl: `http://${host}:${httpPort}`,
    stop: () => Promise.all([new Promise((r) => smtp.close(r)), new Promise((r) => api.close(r))]),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const smtpPort = Number(process.env.MAILBOX_SMTP_PORT ?? 2525);
  const httpPort = Number(process.env.MAILBOX_HTTP_PORT ?? 2526);
  const mailbox = await startMailbox({ smtpPort, httpPort });
  console.log(`mailbox: SMTP ${mailbox.smtpUrl}, messages at ${mailbox.apiUrl}/messages`);
  const stop = () => mailbox.stop().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
