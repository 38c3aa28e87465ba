// Accounts of the coordinator area against a real database: an admin invites, edits, deactivates and reactivates
// accounts; the invited person sets a password behind the mailed link and can log in; "forgot password" mails a
// single-use, expiring link with the same answer for every address, rate-limited per IP and per address.
// DAL code runs "as" a user through runAsUser() (no Prisma mocks). Other test files share this database: every row
// here has a unique e-mail and assertions look only at those.
import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGIN_ACCOUNT_LIMIT, verifyLogin } from "@/features/admin/login";
import {
  getAccount,
  getLinkAccount,
  inviteAccount,
  listAccounts,
  PASSWORD_RESET_EMAIL_LIMIT,
  PASSWORD_RESET_IP_LIMIT,
  requestPasswordReset,
  resendInvitation,
  setAccountActive,
  setPasswordWithLink,
  updateAccount,
} from "@/features/admin-accounts/data";
import { hashToken } from "@/features/registrations/tokens";
import { clearRateLimit } from "@/features/rate-limit/data";
import { requireCoordinator, runAsUser, sessionOutlivesPassword } from "@/server/session";
import { ensureVoivodeships } from "../support/fixtures";
import { disconnectTestDb, testDb } from "../support/test-db";

const db = testDb();
const run = randomBytes(4).toString("hex");
const DAY = 24 * 3600 * 1000;
const PASSWORD = "a long enough passphrase";
let n = 0;
const email = (name: string) => `${name}-${run}-${++n}@admin-accounts.test`;
const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}-${run}-${++n}`;

const users = {} as Record<"admin" | "admin2" | "coordinator", string>;
const emails = {} as Record<keyof typeof users, string>;

async function thrown(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (error) {
    return String((error as { digest?: string }).digest ?? (error as Error).message);
  }
  throw new Error("expected the call to throw");
}

const asAdmin = <T>(fn: () => Promise<T>) => runAsUser(users.admin, fn);

async function outboxTo(address: string) {
  return db.outboxMail.findMany({ where: { toAddress: address }, orderBy: { createdAt: "asc" } });
}

/** The token of the newest link of `kind` mailed to `address`. */
async function mailedToken(address: string, path: "invitation" | "reset-password") {
  const mail = (await outboxTo(address)).at(-1);
  const match = new RegExp(`/admin/${path}/([A-Za-z0-9_-]{43})`).exec(mail?.text ?? "");
  if (!match) throw new Error(`no ${path} link mailed to ${address}`);
  return match[1]!;
}

const invite = (overrides: Record<string, unknown> = {}, locale: "pl" | "uk" | "en" = "pl", now?: Date) =>
  asAdmin(() => inviteAccount({ name: "Olena Koordynatorka", email: email("invitee"), role: "COORDINATOR", voivodeships: ["PL-PK"], ...overrides }, locale, now));

beforeAll(async () => {
  await ensureVoivodeships();
  for (const [key, role, codes] of [
    ["admin", "ADMIN", []],
    ["admin2", "ADMIN", []],
    ["coordinator", "COORDINATOR", ["PL-MA"]],
  ] as const) {
    emails[key] = email(key);
    const user = await db.user.create({
      data: { email: emails[key], name: `${key} ${run}`, role, passwordHash: await hash(PASSWORD), voivodeships: { create: codes.map((voivodeshipCode) => ({ voivodeshipCode })) } },
    });
    users[key] = user.id;
  }
});

afterAll(async () => {
  const mine = await db.user.findMany({ where: { email: { endsWith: `@admin-accounts.test` }, AND: { email: { contains: run } } }, select: { id: true } });
  const ids = mine.map((u) => u.id);
  await db.auditLog.deleteMany({ where: { OR: [{ actorUserId: { in: ids } }, { entityId: { in: ids } }] } });
  await db.outboxMail.deleteMany({ where: { toAddress: { contains: run } } });
  await db.user.deleteMany({ where: { id: { in: ids } } });
  await disconnectTestDb();
});

describe("inviting", () => {
  it("creates an account without a password and mails a single-use link in the admin's language; only the hash is stored", async () => {
    const address = email("olena");
    const result = await invite({ email: `  ${address.toUpperCase()} `, voivodeships: ["PL-PK", "PL-PK", "PL-MA"] }, "uk");
    expect(result.ok).toBe(true);
    const userId = (result as { userId: string }).userId;
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { voivodeships: true, tokens: true } });
    expect(user).toMatchObject({ email: address, name: "Olena Koordynatorka", role: "COORDINATOR", isActive: true, passwordHash: null });
    expect(user.voivodeships.map((v) => v.voivodeshipCode).sort()).toEqual(["PL-MA", "PL-PK"]);

    const mails = await outboxTo(address);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: "account.invitation", locale: "uk", status: "PENDING", subject: "Запрошення до панелі координаторів KOMM" });
    expect(mails[0]!.text).toContain(`admin ${run}`); // who invited
    expect(mails[0]!.text).toContain("7 днів");
    const token = await mailedToken(address, "invitation");
    expect(mails[0]!.text).toContain(`http://localhost:3000/uk/admin/invitation/${token}`);
    expect(mails[0]!.html).toContain(`/uk/admin/invitation/${token}`);

    expect(user.tokens).toHaveLength(1);
    expect(user.tokens[0]).toMatchObject({ kind: "INVITATION", tokenHash: hashToken(token), usedAt: null });
    expect(user.tokens[0]!.tokenHash).not.toContain(token);
    expect(user.tokens[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 7 * DAY - 60_000);
    expect(user.tokens[0]!.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 7 * DAY);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.invite", entityId: userId } });
    expect(audit).toMatchObject({ actorUserId: users.admin, actorLabel: emails.admin, entityType: "user" });
    expect(audit.details).toMatchObject({ email: address, role: "COORDINATOR", voivodeships: ["PL-MA", "PL-PK"], locale: "uk" });

    // invited but not accepted: no login yet
    expect(await verifyLogin({ email: address, password: PASSWORD }, ip())).toEqual({ ok: false, error: "invalidCredentials" });
    const listed = (await asAdmin(() => listAccounts())).find((a) => a.id === userId)!;
    expect(listed).toMatchObject({ invitation: "pending", hasPassword: false, isActive: true, voivodeshipCodes: ["PL-MA", "PL-PK"], isSelf: false });
    expect(listed).not.toHaveProperty("passwordHash");
  });

  it("an admin account needs no voivodeships, and ticked ones are not stored for it", async () => {
    const result = await invite({ role: "ADMIN", voivodeships: ["PL-MA"] });
    const user = await db.user.findUniqueOrThrow({ where: { id: (result as { userId: string }).userId }, include: { voivodeships: true } });
    expect(user.role).toBe("ADMIN");
    expect(user.voivodeships).toEqual([]);
  });

  it("refuses bad input with message keys and changes nothing", async () => {
    const before = await db.user.count();
    const address = email("bad");
    expect(await invite({ email: address, voivodeships: [] })).toEqual({ ok: false, fieldErrors: { voivodeships: "voivodeshipsRequired" } });
    expect(await invite({ email: "not-an-address" })).toEqual({ ok: false, fieldErrors: { email: "email" } });
    expect(await invite({ email: address, name: "  " })).toEqual({ ok: false, fieldErrors: { name: "required" } });
    expect(await invite({ email: address, role: "SUPERUSER" })).toMatchObject({ ok: false, fieldErrors: { role: "role" } });
    expect(await invite({ email: address, voivodeships: ["PL-XX"] })).toMatchObject({ ok: false, fieldErrors: { voivodeships: "voivodeship" } });
    expect(await invite({ email: address, name: "x".repeat(121) })).toEqual({ ok: false, fieldErrors: { name: "tooLong" } });
    expect(await db.user.count()).toBe(before);
    expect(await outboxTo(address)).toEqual([]);
  });

  it("refuses an address that already has an account, whatever its case", async () => {
    const before = await db.user.count();
    expect(await invite({ email: emails.coordinator.toUpperCase() })).toEqual({ ok: false, fieldErrors: { email: "emailTaken" } });
    expect(await db.user.count()).toBe(before);
  });

  it("resending makes a new link and the old one stops working; not for someone who has a password", async () => {
    const address = email("resend");
    const { userId } = (await invite({ email: address })) as { userId: string };
    const first = await mailedToken(address, "invitation");
    expect(await asAdmin(() => resendInvitation(userId, "en"))).toEqual({ ok: true });
    const second = await mailedToken(address, "invitation");
    expect(second).not.toBe(first);
    expect((await outboxTo(address)).at(-1)).toMatchObject({ locale: "en", subject: "Invitation to the KOMM coordinators’ area" });
    expect(await getLinkAccount("INVITATION", first)).toBeNull();
    expect(await getLinkAccount("INVITATION", second)).toEqual({ name: "Olena Koordynatorka", email: address });
    expect(await db.auditLog.count({ where: { action: "user.reinvite", entityId: userId } })).toBe(1);

    expect(await asAdmin(() => resendInvitation(users.coordinator, "pl"))).toEqual({ ok: false, error: "alreadyAccepted" });
    expect(await asAdmin(() => resendInvitation("not-a-uuid", "pl"))).toEqual({ ok: false, error: "notFound" });
  });
});

describe("accepting an invitation", () => {
  it("sets the password (argon2id), uses the link up, and the person can log in", async () => {
    const address = email("accept");
    const { userId } = (await invite({ email: address })) as { userId: string };
    const token = await mailedToken(address, "invitation");
    expect(await getLinkAccount("INVITATION", token)).toEqual({ name: "Olena Koordynatorka", email: address });

    // bad input changes nothing and leaves the link usable
    expect(await setPasswordWithLink("INVITATION", token, { password: "short", passwordConfirm: "short" })).toEqual({ ok: false, fieldErrors: { password: "passwordTooShort" } });
    expect(await setPasswordWithLink("INVITATION", token, { password: PASSWORD, passwordConfirm: `${PASSWORD}!` })).toEqual({ ok: false, fieldErrors: { passwordConfirm: "passwordMismatch" } });
    expect(await setPasswordWithLink("INVITATION", token, {})).toMatchObject({ ok: false, fieldErrors: { password: "required", passwordConfirm: "required" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash).toBeNull();
    // a reset link is not an invitation link, nor the other way round
    expect(await setPasswordWithLink("PASSWORD_RESET", token, { password: PASSWORD, passwordConfirm: PASSWORD })).toEqual({ ok: false, formError: "invalidLink" });

    expect(await setPasswordWithLink("INVITATION", token, { password: PASSWORD, passwordConfirm: PASSWORD })).toEqual({ ok: true, email: address });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { tokens: true } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.tokens).toHaveLength(1);
    expect(user.tokens[0]!.usedAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { action: "user.acceptInvitation", entityId: userId, actorUserId: userId } })).toBe(1);
    expect(await verifyLogin({ email: address, password: PASSWORD }, ip())).toEqual({ ok: true, userId });

    // single use
    expect(await getLinkAccount("INVITATION", token)).toBeNull();
    expect(await setPasswordWithLink("INVITATION", token, { password: "another long passphrase", passwordConfirm: "another long passphrase" })).toEqual({ ok: false, formError: "invalidLink" });
    expect((await asAdmin(() => getAccount(userId)))).toMatchObject({ invitation: null, hasPassword: true });
  });

  it("an expired link does not work, and the account shows the invitation as expired", async () => {
    const address = email("expired");
    const { userId } = (await invite({ email: address }, "pl", new Date(Date.now() - 8 * DAY))) as { userId: string };
    const token = await mailedToken(address, "invitation");
    expect(await getLinkAccount("INVITATION", token)).toBeNull();
    expect(await setPasswordWithLink("INVITATION", token, { password: PASSWORD, passwordConfirm: PASSWORD })).toEqual({ ok: false, formError: "invalidLink" });
    expect(await asAdmin(() => getAccount(userId))).toMatchObject({ invitation: "expired", hasPassword: false });
  });

  it("two submissions of one link at once: exactly one wins", async () => {
    const address = email("race");
    await invite({ email: address });
    const token = await mailedToken(address, "invitation");
    const results = await Promise.all([1, 2].map((i) => setPasswordWithLink("INVITATION", token, { password: `${PASSWORD} ${i}`, passwordConfirm: `${PASSWORD} ${i}` })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("nonsense and unknown tokens are simply invalid", async () => {
    for (const token of ["", "x", "../../etc", "a".repeat(43), randomBytes(32).toString("base64url")]) {
      expect(await getLinkAccount("INVITATION", token)).toBeNull();
      expect(await setPasswordWithLink("INVITATION", token, { password: PASSWORD, passwordConfirm: PASSWORD })).toEqual({ ok: false, formError: "invalidLink" });
    }
  });
});

describe("managing accounts", () => {
  it("changes role and voivodeships, effective at the person's next request, and audits it", async () => {
    const address = email("scope");
    const { userId } = (await invite({ email: address, voivodeships: ["PL-PK"] })) as { userId: string };
    expect(await asAdmin(() => updateAccount(userId, { role: "COORDINATOR", voivodeships: ["PL-MA", "PL-MZ"] }))).toEqual({ ok: true, userId });
    expect((await asAdmin(() => getAccount(userId)))?.voivodeshipCodes).toEqual(["PL-MA", "PL-MZ"]);
    expect(await asAdmin(() => updateAccount(userId, { role: "ADMIN", voivodeships: ["PL-MA"] }))).toEqual({ ok: true, userId });
    expect(await asAdmin(() => getAccount(userId))).toMatchObject({ role: "ADMIN", voivodeshipCodes: [] });
    const entries = await db.auditLog.findMany({ where: { action: "user.update", entityId: userId }, orderBy: { id: "asc" } });
    expect(entries.map((e) => e.details)).toEqual([
      { from: { role: "COORDINATOR", voivodeships: ["PL-PK"] }, to: { role: "COORDINATOR", voivodeships: ["PL-MA", "PL-MZ"] } },
      { from: { role: "COORDINATOR", voivodeships: ["PL-MA", "PL-MZ"] }, to: { role: "ADMIN", voivodeships: [] } },
    ]);
    // nothing to change: no audit entry
    await asAdmin(() => updateAccount(userId, { role: "ADMIN", voivodeships: [] }));
    expect(await db.auditLog.count({ where: { action: "user.update", entityId: userId } })).toBe(2);
  });

  it("refuses bad input and an admin changing their own role", async () => {
    expect(await asAdmin(() => updateAccount(users.coordinator, { role: "COORDINATOR", voivodeships: [] }))).toEqual({ ok: false, fieldErrors: { voivodeships: "voivodeshipsRequired" } });
    expect(await asAdmin(() => updateAccount(users.admin, { role: "COORDINATOR", voivodeships: ["PL-MA"] }))).toEqual({ ok: false, fieldErrors: { role: "ownRole" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: users.admin } })).role).toBe("ADMIN");
    expect(await asAdmin(() => updateAccount("nope", { role: "ADMIN" }))).toBeNull();
  });

  it("deactivating ends the person's sessions and logins at once; reactivating restores them; never oneself", async () => {
    const address = email("off");
    const person = await db.user.create({ data: { email: address, name: "Off", passwordHash: await hash(PASSWORD), voivodeships: { create: [{ voivodeshipCode: "PL-PK" }] } } });
    expect((await runAsUser(person.id, () => requireCoordinator())).id).toBe(person.id);
    await db.authToken.create({ data: { userId: person.id, kind: "PASSWORD_RESET", tokenHash: hashToken(`${run}-pending`), expiresAt: new Date(Date.now() + DAY) } });

    expect(await asAdmin(() => setAccountActive(person.id, false))).toEqual({ ok: true });
    expect(await thrown(() => runAsUser(person.id, () => requireCoordinator()))).toContain("/pl/admin/login");
    expect(await verifyLogin({ email: address, password: PASSWORD }, ip())).toEqual({ ok: false, error: "invalidCredentials" });
    expect(await db.authToken.count({ where: { userId: person.id, usedAt: null } })).toBe(0); // outstanding links revoked
    expect(await asAdmin(() => getAccount(person.id))).toMatchObject({ isActive: false });

    expect(await asAdmin(() => setAccountActive(person.id, true))).toEqual({ ok: true });
    expect((await runAsUser(person.id, () => requireCoordinator())).id).toBe(person.id);
    expect((await verifyLogin({ email: address, password: PASSWORD }, ip())).ok).toBe(true);
    expect((await db.auditLog.findMany({ where: { entityId: person.id, action: { in: ["user.deactivate", "user.reactivate"] } }, orderBy: { id: "asc" } })).map((e) => [e.action, e.actorUserId])).toEqual([
      ["user.deactivate", users.admin],
      ["user.reactivate", users.admin],
    ]);

    expect(await asAdmin(() => setAccountActive(users.admin, false))).toEqual({ ok: false, error: "self" });
    expect((await db.user.findUniqueOrThrow({ where: { id: users.admin } })).isActive).toBe(true);
    // another admin may deactivate an admin
    expect(await runAsUser(users.admin2, () => setAccountActive(users.admin, false))).toEqual({ ok: true });
    expect(await runAsUser(users.admin2, () => setAccountActive(users.admin, true))).toEqual({ ok: true });
  });

  it("lists every account with role, regions, state and last login, marking the admin's own", async () => {
    const accounts = await asAdmin(() => listAccounts());
    const me = accounts.find((a) => a.id === users.admin)!;
    expect(me).toMatchObject({ isSelf: true, role: "ADMIN", hasPassword: true, invitation: null });
    expect(accounts.find((a) => a.id === users.coordinator)).toMatchObject({ isSelf: false, role: "COORDINATOR", voivodeshipCodes: ["PL-MA"] });
    // admins first
    const firstCoordinator = accounts.findIndex((a) => a.role === "COORDINATOR");
    expect(accounts.slice(firstCoordinator).every((a) => a.role === "COORDINATOR")).toBe(true);
  });
});

describe("only admins", () => {
  it("a coordinator gets 404 from every account function and changes nothing", async () => {
    const before = { users: await db.user.count(), audit: await db.auditLog.count({ where: { actorUserId: users.coordinator } }) };
    const calls: Array<() => Promise<unknown>> = [
      () => listAccounts(),
      () => getAccount(users.admin),
      () => inviteAccount({ name: "Evil", email: email("evil"), role: "ADMIN", voivodeships: [] }, "pl"),
      () => updateAccount(users.coordinator, { role: "ADMIN", voivodeships: [] }),
      () => resendInvitation(users.admin, "pl"),
      () => setAccountActive(users.admin, false),
    ];
    for (const call of calls) expect(await thrown(() => runAsUser(users.coordinator, call))).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
    for (const call of calls) expect(await thrown(() => runAsUser(null, call))).toMatch(/^NEXT_REDIRECT;\w+;\/pl\/admin\/login;/);
    expect(await db.user.count()).toBe(before.users);
    expect((await db.user.findUniqueOrThrow({ where: { id: users.coordinator } })).role).toBe("COORDINATOR");
    expect((await db.user.findUniqueOrThrow({ where: { id: users.admin } })).isActive).toBe(true);
  });
});

describe("forgot password", () => {
  it("mails a reset link to an active account with a password, and gives the same answer for any other address", async () => {
    const before = await db.outboxMail.count();
    for (const address of [email("nobody"), emails.coordinator.replace("@", "+x@")]) {
      expect(await requestPasswordReset({ email: address }, ip(), "pl")).toEqual({ ok: true });
    }
    // an invited person without a password, and a deactivated account: the same answer, no mail
    const invited = email("invited-reset");
    await invite({ email: invited });
    const off = await db.user.create({ data: { email: email("off-reset"), name: "Off", isActive: false, passwordHash: await hash(PASSWORD) } });
    expect(await requestPasswordReset({ email: invited }, ip(), "pl")).toEqual({ ok: true });
    expect(await requestPasswordReset({ email: off.email }, ip(), "pl")).toEqual({ ok: true });
    expect(await db.outboxMail.count()).toBe(before + 1); // only the invitation

    expect(await requestPasswordReset({ email: emails.coordinator.toUpperCase() }, ip(), "en")).toEqual({ ok: true });
    const mail = (await outboxTo(emails.coordinator)).at(-1)!;
    expect(mail).toMatchObject({ kind: "account.passwordReset", locale: "en", subject: "New password for the KOMM coordinators’ area" });
    expect(mail.text).toContain("60 minutes");
    const token = await mailedToken(emails.coordinator, "reset-password");
    const row = await db.authToken.findFirstOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(row).toMatchObject({ userId: users.coordinator, kind: "PASSWORD_RESET", usedAt: null });
    expect(row.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 3600_000);
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 3500_000);
    expect(await db.auditLog.count({ where: { action: "user.passwordResetRequest", entityId: users.coordinator } })).toBe(1);
    await clearRateLimit(PASSWORD_RESET_EMAIL_LIMIT.bucket, emails.coordinator);
  });

  it("refuses a malformed address with a message key", async () => {
    expect(await requestPasswordReset({ email: "nope" }, ip(), "pl")).toEqual({ ok: false, fieldErrors: { email: "email" } });
    expect(await requestPasswordReset({}, ip(), "pl")).toEqual({ ok: false, fieldErrors: { email: "required" } });
  });

  it("the link sets a new password once; older reset links and the old password stop working", async () => {
    const address = email("reset");
    const person = await db.user.create({ data: { email: address, name: "Reset Me", passwordHash: await hash(PASSWORD) } });
    await requestPasswordReset({ email: address }, ip(), "pl");
    const older = await mailedToken(address, "reset-password");
    await requestPasswordReset({ email: address }, ip(), "pl");
    const token = await mailedToken(address, "reset-password");
    expect(await getLinkAccount("PASSWORD_RESET", older)).toBeNull();
    expect(await getLinkAccount("PASSWORD_RESET", token)).toEqual({ name: "Reset Me", email: address });
    expect(await setPasswordWithLink("INVITATION", token, { password: PASSWORD, passwordConfirm: PASSWORD })).toEqual({ ok: false, formError: "invalidLink" });

    // earlier wrong guesses do not block the new password
    for (let i = 0; i < LOGIN_ACCOUNT_LIMIT.limit; i++) await verifyLogin({ email: address, password: "wrong guess" }, ip());
    const newPassword = "a brand new passphrase";
    const loggedInBefore = Date.now() - 1;
    expect(await setPasswordWithLink("PASSWORD_RESET", token, { password: newPassword, passwordConfirm: newPassword })).toEqual({ ok: true, email: address });
    // sessions that logged in before the reset are over; a login after it is not
    const { passwordChangedAt } = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(sessionOutlivesPassword(loggedInBefore, passwordChangedAt)).toBe(false);
    expect(sessionOutlivesPassword(null, passwordChangedAt)).toBe(false);
    expect(sessionOutlivesPassword(Date.now(), passwordChangedAt)).toBe(true);
    expect(sessionOutlivesPassword(loggedInBefore, null)).toBe(true);
    expect(await verifyLogin({ email: address, password: PASSWORD }, ip())).toEqual({ ok: false, error: "invalidCredentials" });
    expect(await verifyLogin({ email: address, password: newPassword }, ip())).toEqual({ ok: true, userId: person.id });
    expect(await setPasswordWithLink("PASSWORD_RESET", token, { password: PASSWORD, passwordConfirm: PASSWORD })).toEqual({ ok: false, formError: "invalidLink" });
    expect(await db.authToken.count({ where: { userId: person.id, usedAt: null } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "user.passwordReset", entityId: person.id, actorUserId: person.id } })).toBe(1);
    await clearRateLimit(PASSWORD_RESET_EMAIL_LIMIT.bucket, address);
  });

  it("an expired reset link does not work", async () => {
    const address = email("late");
    await db.user.create({ data: { email: address, name: "Late", passwordHash: await hash(PASSWORD) } });
    await requestPasswordReset({ email: address }, ip(), "pl", new Date(Date.now() - 61 * 60_000));
    const token = await mailedToken(address, "reset-password");
    expect(await getLinkAccount("PASSWORD_RESET", token)).toBeNull();
    expect(await setPasswordWithLink("PASSWORD_RESET", token, { password: "whatever long enough", passwordConfirm: "whatever long enough" })).toEqual({ ok: false, formError: "invalidLink" });
  });

  it("is rate-limited per address (whether or not it exists) and per IP", async () => {
    const address = email("flood");
    await db.user.create({ data: { email: address, name: "Flood", passwordHash: await hash(PASSWORD) } });
    for (let i = 0; i < PASSWORD_RESET_EMAIL_LIMIT.limit; i++) expect(await requestPasswordReset({ email: address }, ip(), "pl")).toEqual({ ok: true });
    expect(await requestPasswordReset({ email: address.toUpperCase() }, ip(), "pl")).toEqual({ ok: false, formError: "throttled" });
    expect(await outboxTo(address)).toHaveLength(PASSWORD_RESET_EMAIL_LIMIT.limit);
    const unknown = email("flood-unknown");
    for (let i = 0; i < PASSWORD_RESET_EMAIL_LIMIT.limit; i++) await requestPasswordReset({ email: unknown }, ip(), "pl");
    expect(await requestPasswordReset({ email: unknown }, ip(), "pl")).toEqual({ ok: false, formError: "throttled" });

    const address2 = ip();
    for (let i = 0; i < PASSWORD_RESET_IP_LIMIT.limit; i++) expect(await requestPasswordReset({ email: email("spray") }, address2, "pl")).toEqual({ ok: true });
    expect(await requestPasswordReset({ email: email("spray") }, address2, "pl")).toEqual({ ok: false, formError: "throttled" });
    await clearRateLimit(PASSWORD_RESET_IP_LIMIT.bucket, address2);
  });
});
