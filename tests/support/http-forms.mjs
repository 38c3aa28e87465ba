// The portal's forms as a browser without JavaScript uses them: GET the page, read the hidden inputs of the
// server-action <form> (React's `$ACTION_…` fields and the anti-bot form token), POST them back with the answers as
// multipart form data. Shared by the resilience tests and the registration bench.
import http from "node:http";

/** How long the server wants a form to be open before it counts as filled in by a person (features/registrations/tokens.ts). */
export const MIN_FILL_MS = 3000;

/** @param {string} s */
export const decodeEntities = (s) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|quot|lt|gt|apos);/gi, (_, e) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'" }[e.toLowerCase()];
  });

/**
 * The hidden inputs of the server-action <form> in a page.
 * @param {string} html
 * @returns {Array<[string, string]>}
 */
export function hiddenInputs(html) {
  const form = [...html.matchAll(/<form[\s>][\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes("$ACTION_"));
  if (!form) throw new Error("no server-action <form> in the page");
  /** @type {Array<[string, string]>} */
  const fields = [];
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const attr = (/** @type {string} */ name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
    if (attr("type") === "hidden" && attr("name") !== undefined) fields.push([decodeEntities(attr("name") ?? ""), decodeEntities(attr("value") ?? "")]);
  }
  return fields;
}

/** The render time carried by a form's anti-bot token (ms since the epoch), or NaN. */
export const formTokenTime = (/** @type {Array<[string, string]>} */ fields) => Number(new Map(fields).get("formToken")?.split(".")[0]);

/**
 * One request; the body is always read, so the connection is reusable and the time includes it.
 * A browser sends Origin with a form POST, and Next checks it against Host for server actions.
 * @param {string} url
 * @param {RequestInit} [init]
 */
export async function timed(url, init) {
  const started = performance.now();
  const headers = init?.method === "POST" ? { origin: new URL(url).origin } : undefined;
  const res = await fetch(url, { redirect: "manual", headers, ...init });
  const body = await res.text();
  return { ms: performance.now() - started, status: res.status, location: res.headers.get("location"), body };
}

/**
 * POSTs a server-action form: its hidden inputs plus the answers.
 * @param {string} url
 * @param {Array<[string, string]>} hidden
 * @param {Record<string, string>} [answers]
 */
export function postForm(url, hidden, answers = {}) {
  const body = new FormData();
  for (const [name, value] of hidden) body.append(name, value);
  for (const [name, value] of Object.entries(answers)) body.append(name, value);
  return timed(url, { method: "POST", body });
}

/**
 * A form POST encoded ahead of time, as a browser encodes a server-action form (multipart/form-data), so that
 * `send` costs the load generator as little CPU as autocannon does for a GET: the bench's client runs on the same
 * two cores as the server it measures, and fetch + FormData cost it ~2 ms per POST.
 * @param {string} url
 * @param {Array<[string, string]>} hidden
 * @param {Record<string, string>} [answers]
 */
export function encodeForm(url, hidden, answers = {}) {
  const boundary = `----komm${Math.random().toString(16).slice(2)}`;
  const parts = [...hidden, ...Object.entries(answers)].map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/"/g, "%22")}"\r\n\r\n${value}\r\n`,
  );
  const body = Buffer.from(`${parts.join("")}--${boundary}--\r\n`, "utf8");
  const { hostname, port, pathname, search, origin } = new URL(url);
  return {
    hostname,
    port,
    path: pathname + search,
    body,
    headers: { origin, "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": String(body.length) },
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/**
 * Sends a form made by `encodeForm` over a kept-alive connection (node:http). Reads the body so the connection is
 * reusable; answers like `timed`.
 * @param {ReturnType<typeof encodeForm>} form
 * @returns {Promise<{ ms: number; status: number; location: string | null; body: string }>}
 */
export function send(form) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, method: "POST", hostname: form.hostname, port: form.port, path: form.path, headers: form.headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const location = res.headers.location;
        resolve({ ms: performance.now() - started, status: res.statusCode ?? 0, location: location === undefined ? null : String(location), body: Buffer.concat(chunks).toString("utf8") });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(form.body);
  });
}

/** The smallest valid sign-up for an event: no organisation, Podkarpackie, contact in Polish. */
export function signUpAnswers(/** @type {string} */ email, /** @type {number} */ i) {
  return {
    fullName: `Uczestnik Testowy ${i}`,
    email,
    organisationMode: "none",
    voivodeshipCode: "PL-PK",
    contactLanguage: "pl",
    consentProcessing: "on",
    website: "", // the honeypot: filled in means a bot
  };
}

/** Runs fn over items with at most `limit` in flight; returns the results in order. */
export async function pool(/** @type {any[]} */ items, /** @type {number} */ limit, /** @type {(item: any, i: number) => Promise<any>} */ fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The confirmation token in a confirm-address mail's text. */
export function confirmToken(/** @type {string} */ text) {
  const token = text.match(/\/confirm\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error("a confirmation mail without a /confirm/<token> link");
  return token;
}
