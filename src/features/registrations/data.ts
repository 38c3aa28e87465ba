import "server-only";
import { Prisma, type RegistrationStatus } from "@/generated/prisma/client";
import type { Locale } from "@/i18n/routing";
import { localized } from "@/lib/localized";
import { PRIVACY_POLICY_VERSION } from "@/lib/policy";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { auditLogInsert, recordAudit, REGISTRANT_ACTOR, SYSTEM_ACTOR } from "@/features/audit/data";
import { enqueueMail, kickOutbox, outboxMailData, outboxMailInsert, outboxRowWithId, type NewMail } from "@/features/outbox/data";
import { rateLimitCtes, type RateLimit } from "@/features/rate-limit/data";
import { insertRow, sqlRows } from "@/server/sql";
import { registrationState } from "@/features/events/registration-state";
import { buildRegistrationMail, type RegistrationMailData } from "./mail";
import { fieldErrorsOf, normaliseEmail, registrationSchema, type FieldErrors, type RegistrationData } from "./schema";
import { hashToken, manageTokenFor, randomToken } from "./tokens";

type Tx = Prisma.TransactionClient;
type MailKind = Parameters<typeof buildRegistrationMail>[0];

/** Unconfirmed sign-ups expire after this many hours (REGISTRATION_CONFIRM_HOURS, default 48). */
export const confirmHours = () => Number(process.env.REGISTRATION_CONFIRM_HOURS ?? 48);

/** Statuses that count as "signed up": one per (event, e-mail) at a time, enforced by a partial unique index. */
export const ACTIVE_STATUSES: RegistrationStatus[] = ["PENDING_EMAIL", "CONFIRMED", "WAITLISTED", "ATTENDED"];
export const HOLDS_PLACE: RegistrationStatus[] = ["CONFIRMED", "ATTENDED"];

// Long queues of sign-ups wait for the event's row lock: give them time rather than failing.
const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 } as const;

export const mailEventSelect = {
  id: true,
  slug: true,
  titlePl: true,
  titleUk: true,
  titleEn: true,
  startsAt: true,
  endsAt: true,
  format: true,
  venueName: true,
  venueAddress: true,
  onlineMeetingUrl: true,
  capacity: true,
  status: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  updatedAt: true,
  voivodeshipCode: true,
} satisfies Prisma.EventSelect;

export type MailEvent = Prisma.EventGetPayload<{ select: typeof mailEventSelect }>;

export const mailRegistrationSelect = {
  id: true,
  fullName: true,
  email: true,
  locale: true,
  status: true,
  waitlistedAt: true,
  eventId: true,
  voivodeshipCode: true,
} satisfies Prisma.RegistrationSelect;

export type MailRegistration = Prisma.RegistrationGetPayload<{ select: typeof mailRegistrationSelect }>;

export const manageUrl = (locale: string, registrationId: string) => `${env.APP_URL}/${locale}/manage/${manageTokenFor(registrationId)}`;
const confirmUrl = (locale: string, token: string) => `${env.APP_URL}/${locale}/confirm/${token}`;

type MailExtra = { confirmToken?: string; waitlistPosition?: number | string; personalMessage?: string };

/** Writes one mail to the outbox, in the caller's transaction. The online link goes only into mails for confirmed people. */
export async function queueMail(tx: Tx, kind: MailKind, registration: MailRegistration, event: MailEvent, extra: MailExtra = {}) {
  await enqueueMail(tx, registrationMail(kind, registration, event, extra));
}

/** The mail itself, rendered in the registrant's language, ready for the outbox. */
function registrationMail(kind: MailKind, registration: MailRegistration, event: MailEvent, extra: MailExtra = {}): NewMail {
  const locale = registration.locale as Locale;
  const withLink = kind === "confirmed" || kind === "promoted" || kind === "reminder";
  const data: RegistrationMailData = {
    locale,
    fullName: registration.fullName,
    event: {
      id: event.id,
      title: localized(event, "title", locale),
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      format: event.format,
      venueName: event.venueName,
      venueAddress: event.venueAddress,
      onlineMeetingUrl: withLink ? event.onlineMeetingUrl : null,
      pageUrl: `${env.APP_URL}/${locale}/events/${event.slug}`,
      updatedAt: event.updatedAt,
    },
    manageUrl: manageUrl(locale, registration.id),
    confirmUrl: extra.confirmToken ? confirmUrl(locale, extra.confirmToken) : undefined,
    waitlistPosition: extra.waitlistPosition,
    personalMessage: extra.personalMessage,
    status: registration.status === "PENDING_EMAIL" || registration.status === "CONFIRMED" || registration.status === "WAITLISTED" ? registration.status : undefined,
    confirmHours: confirmHours(),
  };
  const mail = buildRegistrationMail(kind, data);
  return { kind: `registration.${kind}`, to: registration.email, locale, ...mail, registrationId: registration.id };
}

/** Locks the event's row for the rest of the transaction: every change of places for one event goes one at a time. */
export async function lockEvent(tx: Tx, eventId: string): Promise<MailEvent> {
  // One round trip: the lock is held until the transaction ends, so every statement inside it counts.
  const [event] = await tx.$queryRaw<MailEvent[]>`SELECT ${LOCKED_EVENT_COLUMNS} FROM "Event" e WHERE e.id = ${eventId}::uuid FOR UPDATE`;
  if (!event) throw new Error(`event ${eventId} not found`);
  return event;
}

// The columns of mailEventSelect, for the raw SELECT … FOR UPDATE statements (Prisma's queries cannot lock rows).
const LOCKED_EVENT_COLUMNS = Prisma.raw(
  Object.keys(mailEventSelect)
    .map((column) => `e."${column}"`)
    .join(", "),
);

/** Places taken, and the waiting list's length and latest timestamp, in one statement. Statuses as in HOLDS_PLACE. */
async function placeCounts(tx: Tx, eventId: string) {
  const [row] = await tx.$queryRaw<Array<{ taken: number; waiting: number; last: Date | null }>>`
    SELECT count(*) FILTER (WHERE status IN ('CONFIRMED', 'ATTENDED'))::int AS taken,
           count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waiting,
           max("waitlistedAt") FILTER (WHERE status = 'WAITLISTED') AS last
    FROM "Registration" WHERE "eventId" = ${eventId}::uuid`;
  return row!;
}

export async function waitlistPosition(client: Tx, registration: { id: string; eventId: string; waitlistedAt: Date | null }) {
  if (!registration.waitlistedAt) return undefined;
  const ahead = await client.registration.count({
    where: {
      eventId: registration.eventId,
      status: "WAITLISTED",
      OR: [{ waitlistedAt: { lt: registration.waitlistedAt } }, { waitlistedAt: registration.waitlistedAt, id: { lt: registration.id } }],
    },
  });
  return ahead + 1;
}

const takenPlaces = (tx: Tx, eventId: string) => tx.registration.count({ where: { eventId, status: { in: HOLDS_PLACE } } });

/**
 * Gives free places to the waiting list, first come first served, and tells each person. Needs the event lock.
 * Returns how many were promoted. `taken` saves a count when the caller already has it.
 */
export async function promoteFromWaitlist(tx: Tx, event: MailEvent, now: Date, taken?: number) {
  if (event.capacity === null) return 0;
  const free = event.capacity - (taken ?? (await takenPlaces(tx, event.id)));
  if (free <= 0) return 0;
  const next = await tx.registration.findMany({
    where: { eventId: event.id, status: "WAITLISTED" },
    orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }],
    take: free,
    select: mailRegistrationSelect,
  });
  for (const registration of next) {
    await tx.registration.update({ where: { id: registration.id }, data: { status: "CONFIRMED", confirmedAt: now } });
    await queueMail(tx, "promoted", { ...registration, status: "CONFIRMED" }, event);
    await recordAudit({ actor: SYSTEM_ACTOR, action: "registration.promote", entityType: "registration", entityId: registration.id, voivodeshipCode: event.voivodeshipCode ?? registration.voivodeshipCode }, tx);
  }
  return next.length;
}

/**
 * A place if one is free (after the waiting list), else the end of the waiting list, with the position there.
 * Needs the event lock.
 */
export async function assignPlace(
  tx: Tx,
  event: MailEvent,
  now: Date,
): Promise<{ status: "CONFIRMED"; waitlistedAt?: undefined; position?: undefined } | { status: "WAITLISTED"; waitlistedAt: Date; position: number }> {
  if (event.capacity === null) return { status: "CONFIRMED" };
  const counts = await placeCounts(tx, event.id);
  let { taken, waiting } = counts;
  if (taken < event.capacity && waiting > 0) {
    const promoted = await promoteFromWaitlist(tx, event, now, taken); // people waiting come first
    taken += promoted;
    waiting -= promoted;
  }
  if (taken < event.capacity) return { status: "CONFIRMED" };
  // Strictly increasing, so the order of the waiting list is the order of the lock, even within one millisecond;
  // and so the newcomer is last: everyone still waiting is ahead.
  const after = counts.last ? counts.last.getTime() + 1 : 0;
  return { status: "WAITLISTED", waitlistedAt: new Date(Math.max(now.getTime(), after)), position: waiting + 1 };
}

// ---------------------------------------------------------------------------------------------------------------
// Sign-up

export type SignUpOutcome = "pendingConfirmation" | "duplicate";
export type SignUpError = "eventNotFound" | "notYetOpen" | "closed" | "cancelled" | "past";

function dataColumns(data: RegistrationData) {
  const sensitiveConsent = data.consentSensitive && (data.accessibilityNeeds !== "" || data.community !== "");
  return {
    fullName: data.fullName,
    phone: data.phone || null,
    organisationId: data.organisationMode === "directory" ? data.organisationId : null,
    organisationName: data.organisationMode === "other" ? data.organisationName : null,
    noOrganisation: data.organisationMode === "none",
    roleInOrganisation: data.roleInOrganisation || null,
    // art. 9 RODO: without the separate consent, sensitive answers are not stored at all
    community: sensitiveConsent ? data.community || null : null,
    accessibilityNeeds: sensitiveConsent ? data.accessibilityNeeds || null : null,
    groupType: data.groupType ?? null,
    voivodeshipCode: data.voivodeshipCode,
    city: data.city || null,
    contactLanguage: data.contactLanguage,
    contactLanguageOther: data.contactLanguage === "other" ? data.contactLanguageOther : null,
    interpretationNeeded: data.interpretationNeeded,
    interpretationLanguage: data.interpretationNeeded ? data.interpretationLanguage! : null,
    expectations: data.expectations || null,
    heardFrom: data.heardFrom ?? null,
  };
}

/** Consent timestamps: set when given, kept when given before, cleared when withdrawn. */
function consentColumns(data: RegistrationData, now: Date, previous?: { consentSensitiveAt: Date | null; consentNewsletterAt: Date | null; consentImageAt: Date | null }) {
  const keep = (given: boolean, before: Date | null | undefined) => (given ? (before ?? now) : null);
  const sensitive = data.consentSensitive && (data.accessibilityNeeds !== "" || data.community !== "");
  return {
    consentSensitiveAt: keep(sensitive, previous?.consentSensitiveAt),
    consentNewsletterAt: keep(data.consentNewsletter, previous?.consentNewsletterAt),
    consentImageAt: keep(data.consentImage, previous?.consentImageAt),
  };
}

async function findOpenEvent(slug: string, now: Date) {
  const found = await db.event.findFirst({
    where: { slug, status: { in: ["PUBLISHED", "CANCELLED"] } },
    select: { ...mailEventSelect, _count: { select: { registrations: { where: { status: { in: HOLDS_PLACE } } } } } },
  });
  if (!found) return { error: "eventNotFound" as const };
  const { _count, ...event } = found;
  const state = registrationState(event, _count.registrations, now);
  if (state !== "open" && state !== "waitlist") return { error: state };
  return { event };
}

const takesSignUps = (event: MailEvent, now: Date) => ["open", "waitlist"].includes(registrationState(event, 0, now));

// This process's copy of the events taking sign-ups, so that a sign-up is one statement. Never trusted: the statement
// checks that the copy is current (same status and updatedAt; every change of an event sets updatedAt), and a stale
// copy (an edit, another instance) only costs a fresh read. Bounded: events taking sign-ups at once are few.
const openEvents = new Map<string, MailEvent>();
function rememberOpenEvent(event: MailEvent) {
  if (openEvents.size >= 200) openEvents.clear();
  openEvents.set(event.slug, event);
}

const REGISTRATION_CASTS = { id: "uuid", eventId: "uuid", organisationId: "uuid", groupType: '"GroupType"', status: '"RegistrationStatus"' };

/**
 * Saves a sign-up awaiting e-mail confirmation and queues the confirmation mail, in one transaction.
 * A second sign-up with the same address creates nothing: the person gets their link again.
 * `rateLimits` (per IP, per address) are counted in the same statement; over a limit, nothing is saved.
 */
export async function createRegistration(
  eventSlug: string,
  data: RegistrationData,
  context: { locale: Locale; now?: Date; rateLimits?: Array<[RateLimit, string]> },
): Promise<{ ok: true; outcome: SignUpOutcome } | { ok: false; error: SignUpError | "rateLimited" } | { ok: false; fieldErrors: FieldErrors }> {
  const now = context.now ?? new Date();
  let rateLimits = context.rateLimits ?? [];
  let event = openEvents.get(eventSlug);
  for (let attempt = 1; ; attempt++) {
    if (!event || !takesSignUps(event, now)) {
      const found = await findOpenEvent(eventSlug, now);
      if ("error" in found) {
        openEvents.delete(eventSlug);
        return { ok: false, error: found.error as SignUpError };
      }
      event = found.event;
      rememberOpenEvent(event);
    }
    const result = await insertSignUp(event, data, context.locale, now, rateLimits);
    if (!result.allowed) return { ok: false, error: "rateLimited" };
    if (!result.eventCurrent) {
      // The event changed since it was read: read it again (the attempts are counted already).
      if (attempt === 3) throw new Error(`event ${eventSlug} kept changing during a sign-up`);
      rateLimits = [];
      event = undefined;
      continue;
    }
    if (!result.organisationOk) return { ok: false, fieldErrors: { organisationId: "chooseOrganisation" } };
    if (!result.created) {
      // Signed up already (or two identical sign-ups at the same moment): the partial unique index let one through.
      const emailNormalized = normaliseEmail(data.email);
      const current = event;
      await db.$transaction(async (tx) => {
        const existing = await tx.registration.findFirst({
          where: { eventId: current.id, emailNormalized, status: { in: ACTIVE_STATUSES } },
          select: mailRegistrationSelect,
        });
        if (existing) await resendLink(tx, existing, current, now);
      });
    }
    kickOutbox();
    return { ok: true, outcome: result.created ? "pendingConfirmation" : "duplicate" };
  }
}

/**
 * The sign-up as one statement (the busiest write of the portal): the rate limits, a check that `event` is still
 * the event as stored and that a chosen organisation is in the directory, then the sign-up, its confirmation mail
 * and its audit entry, or nothing when the address is signed up already (the partial unique index on (event,
 * e-mail) of active sign-ups: no look-up first). All or nothing, as one statement is.
 */
async function insertSignUp(event: MailEvent, data: RegistrationData, locale: Locale, now: Date, rateLimits: Array<[RateLimit, string]>) {
  const id = crypto.randomUUID();
  const confirmToken = randomToken();
  const columns = { fullName: data.fullName, email: data.email, locale, status: "PENDING_EMAIL" as const, voivodeshipCode: data.voivodeshipCode ?? null };
  const organisationId = data.organisationMode === "directory" ? data.organisationId : null;
  const registration = insertRow(
    "Registration",
    {
      id,
      eventId: event.id,
      emailNormalized: normaliseEmail(data.email),
      ...columns,
      ...dataColumns(data),
      policyVersion: PRIVACY_POLICY_VERSION,
      consentProcessingAt: now,
      ...consentColumns(data, now),
      manageTokenHash: hashToken(manageTokenFor(id)),
      confirmTokenHash: hashToken(confirmToken),
      expiresAt: new Date(now.getTime() + confirmHours() * 3600_000),
      createdAt: now,
      updatedAt: now,
    },
    REGISTRATION_CASTS,
  );
  const mail = outboxMailInsert(registrationMail("confirmAddress", { id, eventId: event.id, waitlistedAt: null, ...columns }, event, { confirmToken }));
  const audit = auditLogInsert({ actor: REGISTRANT_ACTOR, action: "registration.create", entityType: "registration", entityId: id, voivodeshipCode: event.voivodeshipCode ?? data.voivodeshipCode });
  const [row] = await sqlRows<{ allowed: boolean; eventCurrent: boolean; organisationOk: boolean; created: boolean }>(Prisma.sql`
    WITH ${rateLimitCtes(rateLimits)},
    gate AS (
      SELECT 1 FROM "Event" WHERE id = ${event.id}::uuid AND status = 'PUBLISHED' AND "updatedAt" = ${event.updatedAt}::timestamptz
    ), organisation AS (
      SELECT ${organisationId}::uuid IS NULL OR EXISTS (
        SELECT 1 FROM "Organisation" WHERE id = ${organisationId}::uuid AND "moderationStatus" = 'APPROVED') AS ok
    ), registration AS (
      ${registration} FROM gate
      WHERE (SELECT ok FROM organisation) AND NOT EXISTS (SELECT 1 FROM recent WHERE n >= lim)
      ON CONFLICT ("eventId", "emailNormalized") WHERE status IN ('PENDING_EMAIL', 'CONFIRMED', 'WAITLISTED', 'ATTENDED') DO NOTHING
      RETURNING id
    ), mail AS (
      ${mail} FROM registration
    ), audit AS (
      ${audit} FROM registration
    )
    SELECT NOT EXISTS (SELECT 1 FROM recent WHERE n >= lim) AS allowed, EXISTS (SELECT 1 FROM gate) AS "eventCurrent",
           (SELECT ok FROM organisation) AS "organisationOk", EXISTS (SELECT 1 FROM registration) AS created`);
  return row!;
}

/** Someone signed up again: still unconfirmed → a fresh confirmation link; otherwise their manage link. */
async function resendLink(tx: Tx, existing: MailRegistration, event: MailEvent, now: Date) {
  if (existing.status === "PENDING_EMAIL") {
    const confirmToken = randomToken();
    await tx.registration.update({
      where: { id: existing.id },
      data: { confirmTokenHash: hashToken(confirmToken), expiresAt: new Date(now.getTime() + confirmHours() * 3600_000) },
    });
    await queueMail(tx, "confirmAddress", existing, event, { confirmToken });
  } else {
    await queueMail(tx, "manageLink", existing, event);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Confirmation of the e-mail address (double opt-in) and the place

export type ConfirmOutcome =
  | { outcome: "confirmed" | "alreadyConfirmed"; eventSlug: string; locale: string }
  | { outcome: "waitlisted" | "alreadyWaitlisted"; eventSlug: string; locale: string; position: number }
  | { outcome: "expired" | "eventClosed" | "cancelled"; eventSlug: string; locale: string }
  | { outcome: "invalid" };

/** What the confirmation page shows before the person presses the button (no change). */
export async function getConfirmation(confirmToken: string) {
  if (confirmToken.length > 100) return null;
  const registration = await db.registration.findUnique({
    where: { confirmTokenHash: hashToken(confirmToken) },
    select: {
      id: true,
      eventId: true,
      status: true,
      expiresAt: true,
      waitlistedAt: true,
      event: { select: { slug: true, titlePl: true, titleUk: true, titleEn: true, startsAt: true, endsAt: true } },
    },
  });
  if (!registration) return null;
  const position = registration.status === "WAITLISTED" ? await waitlistPosition(db, registration) : undefined;
  return { status: registration.status, expiresAt: registration.expiresAt, event: registration.event, waitlistPosition: position };
}

/**
 * Confirms the address and assigns a place or a waiting-list position. The event's row lock serialises every
 * assignment for that event, so places can never be overbooked, however many confirmations arrive at once.
 */
export async function confirmRegistration(confirmToken: string, now = new Date()): Promise<ConfirmOutcome> {
  if (confirmToken.length > 100) return { outcome: "invalid" };
  const tokenHash = hashToken(confirmToken);
  const quick = await confirmInDatabase(tokenHash, now);
  if (quick) {
    if (quick.outcome !== "invalid") kickOutbox();
    return quick;
  }
  return confirmInTransaction(tokenHash, now);
}

// The columns of mailRegistrationSelect prefixed "r.", for a raw read that also returns the event's columns.
const REGISTRATION_COLUMNS_PREFIXED = Prisma.raw(
  Object.keys(mailRegistrationSelect)
    .map((column) => `r."${column}" AS "r.${column}"`)
    .join(", "),
);

/**
 * The common confirmation (awaiting confirmation, event taking sign-ups, nobody waiting for a free place) in two
 * round trips and with the event's lock held inside the database only: read what the mails need, render both
 * possible mails, then `komm_confirm_registration` (migration 20261129120000) locks, counts, decides and writes.
 * Answers null for anything else, or when something changed in between: confirmInTransaction then decides.
 */
async function confirmInDatabase(tokenHash: string, now: Date): Promise<ConfirmOutcome | null> {
  const [row] = await sqlRows<Record<string, unknown>>(Prisma.sql`
    SELECT ${REGISTRATION_COLUMNS_PREFIXED}, r."updatedAt" AS "r.updatedAt", r."expiresAt" AS "r.expiresAt", ${LOCKED_EVENT_COLUMNS}
    FROM "Registration" r JOIN "Event" e ON e.id = r."eventId"
    WHERE r."confirmTokenHash" = ${tokenHash}`);
  if (!row) return { outcome: "invalid" };
  const columns = Object.entries(row);
  const registration = Object.fromEntries(columns.filter(([k]) => k.startsWith("r.")).map(([k, v]) => [k.slice(2), v])) as MailRegistration & {
    updatedAt: Date;
    expiresAt: Date | null;
  };
  const event = Object.fromEntries(columns.filter(([k]) => !k.startsWith("r."))) as MailEvent;
  if (registration.status !== "PENDING_EMAIL" || (registration.expiresAt && registration.expiresAt < now) || event.status !== "PUBLISHED" || event.endsAt <= now) {
    return null;
  }
  const mark = `[[position-${randomToken().slice(0, 12)}]]`;
  const outboxJson = (mail: NewMail) => JSON.stringify(outboxRowWithId(mail));
  const confirmed = outboxJson(registrationMail("confirmed", { ...registration, status: "CONFIRMED" }, event));
  const waitlisted = outboxJson(registrationMail("waitlisted", { ...registration, status: "WAITLISTED" }, event, { waitlistPosition: mark }));
  const [result] = await sqlRows<{ outcome: "confirmed" | "waitlisted" | "invalid" | "slow"; position: number | null }>(Prisma.sql`
    SELECT outcome, waitlist_position AS position FROM komm_confirm_registration(${tokenHash}, ${now}::timestamptz,
      ${event.updatedAt}::timestamptz, ${registration.updatedAt}::timestamptz, ${confirmed}::jsonb, ${waitlisted}::jsonb, ${mark})`);
  const base = { eventSlug: event.slug, locale: registration.locale };
  switch (result!.outcome) {
    case "confirmed":
      return { outcome: "confirmed", ...base };
    case "waitlisted":
      return { outcome: "waitlisted", ...base, position: result!.position! };
    case "invalid":
      return { outcome: "invalid" };
    default:
      return null;
  }
}

/**
 * Every confirmation the database function leaves to the app (rare: see confirmInDatabase), in one transaction under
 * the event's lock, with the same rules.
 */
async function confirmInTransaction(tokenHash: string, now: Date): Promise<ConfirmOutcome> {
  try {
    return await db.$transaction(async (tx): Promise<ConfirmOutcome> => {
      // Finds the sign-up's event and locks it in one statement.
      const [locked] = await tx.$queryRaw<Array<MailEvent & { registrationId: string }>>`
        SELECT r.id AS "registrationId", ${LOCKED_EVENT_COLUMNS}
        FROM "Registration" r JOIN "Event" e ON e.id = r."eventId"
        WHERE r."confirmTokenHash" = ${tokenHash} FOR UPDATE OF e`;
      if (!locked) return { outcome: "invalid" };
      const { registrationId, ...event } = locked;
      const registration = await tx.registration.findUniqueOrThrow({
        where: { id: registrationId },
        select: { ...mailRegistrationSelect, expiresAt: true },
      });
      const base = { eventSlug: event.slug, locale: registration.locale };
      if (registration.status === "CONFIRMED" || registration.status === "ATTENDED") return { outcome: "alreadyConfirmed", ...base };
      if (registration.status === "WAITLISTED") return { outcome: "alreadyWaitlisted", ...base, position: (await waitlistPosition(tx, registration))! };
      if (registration.status !== "PENDING_EMAIL") return { outcome: registration.status === "EXPIRED" ? "expired" : "cancelled", ...base };
      if (registration.expiresAt && registration.expiresAt < now) {
        await tx.registration.update({ where: { id: registration.id }, data: { status: "EXPIRED", confirmTokenHash: null } });
        return { outcome: "expired", ...base };
      }
      if (event.status === "CANCELLED" || event.endsAt <= now) return { outcome: "eventClosed", ...base };

      const place = await assignPlace(tx, event, now);
      // The mail is rendered from the new state and written with the update (nested create): one statement.
      const { expiresAt: _, ...current } = registration;
      const updated = { ...current, status: place.status, waitlistedAt: place.waitlistedAt ?? null };
      const mail = place.status === "CONFIRMED" ? registrationMail("confirmed", updated, event) : registrationMail("waitlisted", updated, event, { waitlistPosition: place.position });
      const { registrationId: __, ...mailRow } = outboxMailData(mail);
      await tx.registration.update({
        where: { id: registration.id },
        data: {
          status: place.status,
          emailConfirmedAt: now,
          confirmedAt: place.status === "CONFIRMED" ? now : null,
          waitlistedAt: place.waitlistedAt ?? null,
          expiresAt: null,
          mails: { create: mailRow },
        },
        select: { id: true },
      });
      const audit = { actor: REGISTRANT_ACTOR, entityType: "registration", entityId: registration.id, voivodeshipCode: event.voivodeshipCode ?? registration.voivodeshipCode };
      if (place.status === "CONFIRMED") {
        await recordAudit({ ...audit, action: "registration.confirm" }, tx);
        return { outcome: "confirmed", ...base };
      }
      const position = place.position;
      await recordAudit({ ...audit, action: "registration.waitlist", details: { position } }, tx);
      return { outcome: "waitlisted", ...base, position };
    }, TX_OPTIONS);
  } finally {
    kickOutbox();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Self-service through the manage link

const manageSelect = {
  id: true,
  eventId: true,
  status: true,
  email: true,
  fullName: true,
  phone: true,
  organisationId: true,
  organisationName: true,
  noOrganisation: true,
  roleInOrganisation: true,
  community: true,
  groupType: true,
  voivodeshipCode: true,
  city: true,
  contactLanguage: true,
  contactLanguageOther: true,
  locale: true,
  interpretationNeeded: true,
  interpretationLanguage: true,
  accessibilityNeeds: true,
  expectations: true,
  heardFrom: true,
  consentSensitiveAt: true,
  consentNewsletterAt: true,
  consentImageAt: true,
  waitlistedAt: true,
  createdAt: true,
  event: { select: { ...mailEventSelect, summaryPl: true, summaryUk: true, summaryEn: true } },
  organisation: { select: { name: true } },
} satisfies Prisma.RegistrationSelect;

/** Until when answers can be changed: the end of registration (or the start of the event). */
export const editDeadline = (event: { registrationClosesAt: Date | null; startsAt: Date }) => event.registrationClosesAt ?? event.startsAt;

export async function getManagedRegistration(manageToken: string, now = new Date()) {
  if (manageToken.length > 100) return null;
  const row = await db.registration.findUnique({ where: { manageTokenHash: hashToken(manageToken) }, select: manageSelect });
  if (!row) return null;
  const { event, ...registration } = row;
  const holdsPlace = HOLDS_PLACE.includes(registration.status);
  const active = ACTIVE_STATUSES.includes(registration.status);
  return {
    ...registration,
    // the private meeting link: only for people with a confirmed place
    event: { ...event, onlineMeetingUrl: holdsPlace ? event.onlineMeetingUrl : null },
    waitlistPosition: registration.status === "WAITLISTED" ? await waitlistPosition(db, registration) : undefined,
    canEdit: active && event.status === "PUBLISHED" && now < editDeadline(event),
    canCancel: active && registration.status !== "ATTENDED" && event.status === "PUBLISHED" && now < event.endsAt,
  };
}

export type ManagedRegistration = NonNullable<Awaited<ReturnType<typeof getManagedRegistration>>>;

/** The person cancels (or leaves the waiting list); a freed place goes to the first person waiting. */
export async function cancelRegistration(manageToken: string, now = new Date()) {
  const current = await getManagedRegistration(manageToken, now);
  if (!current || !current.canCancel) return { ok: false as const };
  try {
    await db.$transaction(async (tx) => {
      const event = await lockEvent(tx, current.eventId);
      const registration = await tx.registration.findUniqueOrThrow({ where: { id: current.id }, select: mailRegistrationSelect });
      if (!ACTIVE_STATUSES.includes(registration.status) || registration.status === "ATTENDED") return;
      const cancelled = await tx.registration.update({
        where: { id: registration.id },
        data: { status: "CANCELLED", cancelledAt: now, confirmTokenHash: null, expiresAt: null },
        select: mailRegistrationSelect,
      });
      await queueMail(tx, "cancelled", cancelled, event);
      await recordAudit({ actor: REGISTRANT_ACTOR, action: "registration.cancel", entityType: "registration", entityId: registration.id, voivodeshipCode: event.voivodeshipCode ?? registration.voivodeshipCode, details: { from: registration.status } }, tx);
      if (registration.status === "CONFIRMED") await promoteFromWaitlist(tx, event, now);
    }, TX_OPTIONS);
    return { ok: true as const, eventSlug: current.event.slug };
  } finally {
    kickOutbox();
  }
}

export async function updateRegistration(manageToken: string, raw: unknown, now = new Date()) {
  const current = await getManagedRegistration(manageToken, now);
  if (!current) return { ok: false as const, formError: "notFound" as const };
  if (!current.canEdit) return { ok: false as const, formError: "editClosed" as const };
  // The e-mail address is not editable: it is taken from the registration, whatever the form says.
  const parsed = registrationSchema.safeParse({ ...(raw as object), email: current.email });
  if (!parsed.success) return { ok: false as const, fieldErrors: fieldErrorsOf(parsed.error) };
  const data = parsed.data;
  if (data.organisationMode === "directory") {
    const organisation = await db.organisation.findFirst({ where: { id: data.organisationId, moderationStatus: "APPROVED" }, select: { id: true } });
    if (!organisation) return { ok: false as const, fieldErrors: { organisationId: "chooseOrganisation" } };
  }
  try {
    await db.$transaction(async (tx) => {
      const updated = await tx.registration.update({
        where: { id: current.id },
        data: { ...dataColumns(data), ...consentColumns(data, now, current) },
        select: mailRegistrationSelect,
      });
      const event = await tx.event.findUniqueOrThrow({ where: { id: current.eventId }, select: mailEventSelect });
      await queueMail(tx, "changed", updated, event, { waitlistPosition: await waitlistPosition(tx, updated) });
      await recordAudit({ actor: REGISTRANT_ACTOR, action: "registration.update", entityType: "registration", entityId: current.id, voivodeshipCode: event.voivodeshipCode ?? data.voivodeshipCode }, tx);
    });
    return { ok: true as const };
  } finally {
    kickOutbox();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Background jobs

/** Unconfirmed sign-ups past their deadline: they never held a place, so nothing is freed. */
export async function expirePendingRegistrations(now = new Date()) {
  const { count } = await db.registration.updateMany({
    where: { status: "PENDING_EMAIL", expiresAt: { lt: now } },
    data: { status: "EXPIRED", confirmTokenHash: null },
  });
  return count;
}

/** Queues the reminder for confirmed people of events starting within the next 24 hours (once each). */
export async function queueDueReminders(now = new Date(), batch = 200) {
  const due = await db.registration.findMany({
    where: {
      status: "CONFIRMED",
      reminderSentAt: null,
      event: { status: "PUBLISHED", startsAt: { gt: now, lte: new Date(now.getTime() + 24 * 3600_000) } },
    },
    select: mailRegistrationSelect,
    take: batch,
  });
  for (const registration of due) {
    await db.$transaction(async (tx) => {
      // claim it first, so two workers never remind the same person twice
      const claimed = await tx.registration.updateMany({ where: { id: registration.id, reminderSentAt: null }, data: { reminderSentAt: now } });
      if (claimed.count === 0) return;
      const event = await tx.event.findUniqueOrThrow({ where: { id: registration.eventId }, select: mailEventSelect });
      await queueMail(tx, "reminder", registration, event);
    });
  }
  if (due.length) kickOutbox();
  return due.length;
}
