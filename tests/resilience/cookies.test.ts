import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl } from "../support/database";
import { hiddenInputs, timed } from "../support/http-forms.mjs";
import { freshDatabase, startApp, type App } from "./support/app";

// Behind a TLS-terminating proxy the server itself speaks plain http; the session cookie must still be Secure,
// because the site (APP_URL) is https. (HttpOnly and SameSite over plain http: tests/e2e/security.spec.ts.)
const ADMIN = { email: "admin@cookies.komm.test", password: "cookies-admin-password" };

let database: Awaited<ReturnType<typeof freshDatabase>>;
let app: App;

beforeAll(async () => {
  database = await freshDatabase(baseUrl, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
  app = await startApp({ DATABASE_URL: database.url, SMTP_URL: "", APP_URL: "https://komm.example.org" });
});

afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

/** Sends the login form as a browser without JavaScript does. */
async function login(password: string) {
  const url = `${app.url}/pl/admin/login`;
  const body = new FormData();
  for (const [name, value] of hiddenInputs((await timed(url)).body)) body.append(name, value);
  body.append("email", ADMIN.email);
  body.append("password", password);
  const res = await fetch(url, { method: "POST", redirect: "manual", headers: { origin: app.url }, body });
  return { status: res.status, session: res.headers.getSetCookie().find((c) => c.includes("authjs.session-token=")) };
}

describe("the session cookie of a site served over https", () => {
  it("is Secure, HttpOnly, SameSite=Lax and __Secure- prefixed, even when the proxy speaks http to the server", async () => {
    const { status, session } = await login(ADMIN.password);
    expect(status).toBe(303);
    expect(session).toMatch(/^__Secure-authjs\.session-token=/);
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
  });

  it("a wrong password sets no session cookie", async () => {
    const { status, session } = await login("not-the-password");
    expect(status).toBe(200);
    expect(session).toBeUndefined();
  });
});
