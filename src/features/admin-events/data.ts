import "server-only";
import { Prisma, type RegistrationStatus } from "@/generated/prisma/client";
import { idSchema } from "@/features/admin-registrations/schema";
import { recordAudit } from "@/features/audit/data";
import { firstFreeSlug, slugify } from "@/features/organisations/slug";
import { kickOutbox } from "@/features/outbox/data";
import { buildRegistrationMail } from "@/features/registrations/mail";
import { HOLDS_PLACE, lockEvent, manageUrl, promoteFromWaitlist } from "@/features/registrations/data";
import { fieldErrorsOf } from "@/features/registrations/schema";
import { routing, type Locale } from "@/i18n/routing";
import { localized } from "@/lib/localized";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { requireCoordinator, type CurrentUser } from "@/server/session";
import { buildEventMessageMail, eventWhen } from "./mail";
import {
  cancelEventSchema,
  COPY_SUFFIX,
  eventColumns,
  eventFormSchema,
  eventMessageSchema,
  messageAudienceSchema,
  type EventField,
  type EventListView,
  type MessageAudience,
  type MessageField,
} from "./schema";

// Coordinators' management of events: create, edit, publish, cancel, duplicate, and messages to the registrants.
// An event is managed by the coordinators of its voivodeship; a coalition-wide event (no voivodeship) only by admins
// (docs/decisions/006-region-scope.md: every coordinator may *see* coalition-wide events on the dashboard, but
// changing one, or writing to everyone signed up for it, is an admin's decision). Every function starts with
// requireCoordinator() and ANDs eventManageScope(user) into its `where`, including look-ups by id: out of scope and
// non-existent look the same (null, the page answers 404). Every change is audited in its own transaction.

type Tx = Prisma.TransactionClient;

/** Prisma `where` fragment: the events `user` may manage. Admins: all; coordinators: their voivodeships' events. */
export function eventManageScope(user: Pick<CurrentUser, "isAdmin" | "voivodeshipCodes">): Prisma.EventWhereInput {
  return user.isAdmin ? {} : { voivodeshipCode: { in: user.voivodeshipCodes } };
}

const actorOf = (user: CurrentUser) => ({ userId: user.id, label: user.email });

/** Sign-ups that are still "on": they hear about a cancellation. */
export const CANCEL_NOTIFIED: RegistrationStatus[] = ["PENDING_EMAIL", "CONFIRMED", "WAITLISTED"];
const MAIL_CHUNK = 500;
// Thousands of mails are rendered and inserted in one transaction: give it time.
const BULK_TX = { maxWait: 10_000, timeout: 120_000 } as const;

const voivodeshipSelect = { code: true, slug: true, namePl: true, nameUk: true, nameEn: true } satisfies Prisma.VoivodeshipSelect;

const listSelect = {
  id: true,
  slug: true,
  titlePl: true,
  titleUk: true,
  titleEn: true,
  startsAt: true,
  endsAt: true,
  status: true,
  format: true,
  capacity: true,
  voivodeshipCode: true,
  voivodeship: { select: voivodeshipSelect },
} satisfies Prisma.EventSelect;

/** Everything the edit form and the event's admin page show (the online link is private, but coordinators set it). */
const editSelect = {
  ...listSelect,
  summaryPl: true,
  summaryUk: true,
  summaryEn: true,
  bodyPl: true,
  bodyUk: true,
  bodyEn: true,
  venueName: true,
  venueAddress: true,
  onlineMeetingUrl: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  meetingLanguage: true,
  interpretationOffered: true,
  offerId: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.EventSelect;

export type ManagedEventRow = Prisma.EventGetPayload<{ select: typeof listSelect }> & { counts: Partial<Record<RegistrationStatus, number>>; placesTaken: number };
export type ManagedEvent = Prisma.EventGetPayload<{ select: typeof editSelect }> & {
  counts: Record<RegistrationStatus, number>;
  placesTaken: number;
  /** interpretation requests among the registrants who can get messages */
  interpretationCount: number;
};

const ALL_STATUSES: RegistrationStatus[] = ["PENDING_EMAIL", "CONFIRMED", "WAITLISTED", "CANCELLED", "REJECTED", "ATTENDED", "EXPIRED"];

async function countsByStatus(eventIds: string[]) {
  const out = new Map<string, Record<RegistrationStatus, number>>();
  for (const id of eventIds) out.set(id, Object.fromEntries(ALL_STATUSES.map((s) => [s, 0])) as Record<RegistrationStatus, number>);
  if (!eventIds.length) return out;
  // managed events are wholly in the user's scope (regional, or any event for an admin): every sign-up counts
  const groups = await db.registration.groupBy({ by: ["eventId", "status"], where: { eventId: { in: eventIds } }, _count: { _all: true } });
  for (const g of groups) out.get(g.eventId)![g.status] = g._count._all;
  return out;
}

const placesTaken = (counts: Record<RegistrationStatus, number>) => HOLDS_PLACE.reduce((n, s) => n + counts[s], 0);

function viewWhere(view: EventListView, now: Date): Prisma.EventWhereInput {
  if (view === "drafts") return { status: "DRAFT" };
  if (view === "past") return { status: { not: "DRAFT" }, endsAt: { lt: now } };
  return { status: { not: "DRAFT" }, endsAt: { gte: now } };
}

/**
 * The events the user manages, in one of three views: upcoming (published or cancelled, not over yet; soonest
 * first), past (latest first) or drafts (soonest first); with the number of events in each view.
 */
export async function listManagedEvents(view: EventListView, now = new Date()) {
  const user = await requireCoordinator();
  const scope = eventManageScope(user);
  const [items, ...tabCounts] = await Promise.all([
    db.event.findMany({
      where: { AND: [scope, viewWhere(view, now)] },
      orderBy: view === "past" ? [{ startsAt: "desc" }, { id: "desc" }] : [{ startsAt: "asc" }, { id: "asc" }],
      take: 500,
      select: listSelect,
    }),
    ...(["upcoming", "past", "drafts"] as const).map((v) => db.event.count({ where: { AND: [scope, viewWhere(v, now)] } })),
  ]);
  const counts = await countsByStatus(items.map((e) => e.id));
  return {
    view,
    items: items.map((e): ManagedEventRow => ({ ...e, counts: counts.get(e.id)!, placesTaken: placesTaken(counts.get(e.id)!) })),
    tabs: { upcoming: tabCounts[0]!, past: tabCounts[1]!, drafts: tabCounts[2]! },
    canCreate: user.isAdmin || user.voivodeshipCodes.length > 0,
  };
}

/** What the event form offers this user: the programme offers, and the voivodeships they may put an event in. */
export async function getEventFormOptions() {
  const user = await requireCoordinator();
  const [offers, voivodeships] = await Promise.all([
    db.programmeOffer.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, titlePl: true, titleUk: true, titleEn: true } }),
    db.voivodeship.findMany({
      where: user.isAdmin ? {} : { code: { in: user.voivodeshipCodes } },
      orderBy: { sortOrder: "asc" },
      select: voivodeshipSelect,
    }),
  ]);
  return { offers, voivodeships, canBeCoalitionWide: user.isAdmin, canCreate: user.isAdmin || voivodeships.length > 0 };
}

async function findManaged<S extends Prisma.EventSelect>(user: CurrentUser, eventId: unknown, select: S, client: Tx | typeof db = db) {
  if (typeof eventId !== "string" || !idSchema.safeParse(eventId).success) return null;
  return client.event.findFirst({ where: { AND: [{ id: eventId }, eventManageScope(user)] }, select });
}

/** One managed event with its sign-ups counted per status, or null (missing or not the user's to manage). */
export async function getManagedEvent(eventId: string): Promise<ManagedEvent | null> {
  const user = await requireCoordinator();
  const event = await findManaged(user, eventId, editSelect);
  if (!event) return null;
  const [counts, interpretationCount] = await Promise.all([
    countsByStatus([event.id]),
    db.registration.count({ where: { eventId: event.id, status: { in: ["CONFIRMED", "WAITLISTED", "PENDING_EMAIL", "ATTENDED"] }, interpretationNeeded: true } }),
  ]);
  const c = counts.get(event.id)!;
  return { ...event, counts: c, placesTaken: placesTaken(c), interpretationCount };
}

type FieldErrorMap = Partial<Record<EventField, string>>;
export type EventSaveResult =
  | { ok: true; id: string; slug: string; /** public pages to re-render (old and new address) */ slugs: string[] }
  | { ok: false; fieldErrors: FieldErrorMap; formError?: "capacityBelowTaken"; placesTaken?: number };

const isUniqueViolation = (error: unknown, field: string) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && JSON.stringify(error.meta ?? {}).includes(field);

/** The first free slug made from `base` (base, base-2, base-3 …), ignoring the event `except`. */
async function freeSlug(client: Tx | typeof db, base: string, except?: string) {
  const root = base || "spotkanie";
  const taken = await client.event.findMany({ where: { slug: { startsWith: root }, ...(except ? { id: { not: except } } : {}) }, select: { slug: true } });
  return firstFreeSlug(root, new Set(taken.map((t) => t.slug)));
}

/** Checks that need the database: region within the user's scope, an existing offer, a free slug. */
async function checkReferences(user: CurrentUser, data: ReturnType<typeof eventColumns>, slug: string, except?: string): Promise<FieldErrorMap> {
  const errors: FieldErrorMap = {};
  if (data.voivodeshipCode === null ? !user.isAdmin : !user.isAdmin && !user.voivodeshipCodes.includes(data.voivodeshipCode)) errors.voivodeshipCode = "outOfScope";
  if (data.offerId && !(await db.programmeOffer.count({ where: { id: data.offerId } }))) errors.offerId = "invalidChoice";
  if (slug && (await db.event.count({ where: { slug, ...(except ? { id: { not: except } } : {}) } }))) errors.slug = "slugTaken";
  return errors;
}

/** A new event, always a draft. Audited as event.create. */
export async function createManagedEvent(raw: Record<string, unknown>): Promise<EventSaveResult> {
  const user = await requireCoordinator();
  const parsed = eventFormSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf<EventField>(parsed.error) };
  const columns = eventColumns(parsed.data);
  const errors = await checkReferences(user, columns, parsed.data.slug);
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  try {
    return await db.$transaction(async (tx) => {
      const slug = parsed.data.slug || (await freeSlug(tx, slugify(columns.titlePl)));
      const event = await tx.event.create({ data: { ...columns, slug, status: "DRAFT" }, select: { id: true, slug: true } });
      await recordAudit({ actor: actorOf(user), action: "event.create", entityType: "event", entityId: event.id, voivodeshipCode: columns.voivodeshipCode, details: { slug } }, tx);
      return { ok: true as const, id: event.id, slug, slugs: [slug] };
    });
  } catch (error) {
    if (isUniqueViolation(error, "slug")) return { ok: false, fieldErrors: { slug: "slugTaken" } };
    throw error;
  }
}

/**
 * Saves the edit form. The capacity can never go below the places already held (confirmed and attended sign-ups):
 * that is refused with the number, and nothing changes; raising it gives the new places to the waiting list at once
 * (with the usual mail). The user can move an event only within their own voivodeships. Null when not managed.
 */
export async function updateManagedEvent(eventId: string, raw: Record<string, unknown>, now = new Date()): Promise<EventSaveResult | null> {
  const user = await requireCoordinator();
  const current = await findManaged(user, eventId, editSelect);
  if (!current) return null;
  const parsed = eventFormSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf<EventField>(parsed.error) };
  const columns = eventColumns(parsed.data);
  const slug = parsed.data.slug || current.slug;
  const errors = await checkReferences(user, columns, slug === current.slug ? "" : slug, current.id);
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  const changed: string[] = (Object.keys(columns) as Array<keyof typeof columns>).filter((k) => JSON.stringify(columns[k]) !== JSON.stringify(current[k]));
  if (slug !== current.slug) changed.push("slug");
  try {
    const result = await db.$transaction(async (tx): Promise<EventSaveResult> => {
      // the sign-up flow takes the same lock: no place can be taken between this count and the update
      await lockEvent(tx, current.id);
      const taken = await tx.registration.count({ where: { eventId: current.id, status: { in: HOLDS_PLACE } } });
      if (columns.capacity !== null && columns.capacity < taken) {
        return { ok: false, fieldErrors: { capacity: "capacityBelowTaken" }, formError: "capacityBelowTaken", placesTaken: taken };
      }
      const { count } = await tx.event.updateMany({ where: { AND: [{ id: current.id }, eventManageScope(user)] }, data: { ...columns, slug } });
      if (count === 0) return { ok: false, fieldErrors: {} };
      let promoted = 0;
      if (current.status === "PUBLISHED" && columns.endsAt > now) {
        const event = await lockEvent(tx, current.id);
        promoted = await promoteFromWaitlist(tx, event, now, taken);
      }
      await recordAudit(
        {
          actor: actorOf(user),
          action: "event.update",
          entityType: "event",
          entityId: current.id,
          voivodeshipCode: columns.voivodeshipCode,
          details: { fields: changed, ...(promoted ? { promoted } : {}), ...(columns.voivodeshipCode !== current.voivodeshipCode ? { from: current.voivodeshipCode, to: columns.voivodeshipCode } : {}) },
        },
        tx,
      );
      return { ok: true, id: current.id, slug, slugs: [...new Set([current.slug, slug])] };
    }, BULK_TX);
    if (result.ok) kickOutbox();
    return result;
  } catch (error) {
    if (isUniqueViolation(error, "slug")) return { ok: false, fieldErrors: { slug: "slugTaken" } };
    throw error;
  }
}

export type StatusChangeResult = { ok: true; id: string; slug: string; notified?: number } | { ok: false; error: "notAllowed" | "invalid"; fieldErrors?: Record<string, string> };

/** DRAFT → PUBLISHED: the event appears on the public pages. Audited as event.publish. Null when not managed. */
export async function publishManagedEvent(eventId: string): Promise<StatusChangeResult | null> {
  const user = await requireCoordinator();
  const current = await findManaged(user, eventId, { id: true, slug: true, voivodeshipCode: true });
  if (!current) return null;
  return db.$transaction(async (tx) => {
    const { count } = await tx.event.updateMany({ where: { AND: [{ id: current.id, status: "DRAFT" }, eventManageScope(user)] }, data: { status: "PUBLISHED" } });
    if (count === 0) return { ok: false as const, error: "notAllowed" as const };
    await recordAudit({ actor: actorOf(user), action: "event.publish", entityType: "event", entityId: current.id, voivodeshipCode: current.voivodeshipCode }, tx);
    return { ok: true as const, id: current.id, slug: current.slug };
  });
}

const mailEventSelect = { ...editSelect } satisfies Prisma.EventSelect;
const recipientSelect = { id: true, fullName: true, email: true, locale: true } satisfies Prisma.RegistrationSelect;

const asLocale = (value: string): Locale => ((routing.locales as readonly string[]).includes(value) ? (value as Locale) : routing.defaultLocale);
const pageUrl = (slug: string) => (locale: Locale) => `${env.APP_URL}/${locale}/events/${slug}`;

/**
 * DRAFT or PUBLISHED → CANCELLED, after the coordinator's explicit confirmation. In the same transaction, everyone
 * still signed up (waiting for their address confirmation, confirmed or on the waiting list) gets the "meeting
 * cancelled" mail in their own language, with the coordinator's optional words. Audited as event.cancel.
 */
export async function cancelManagedEvent(eventId: string, raw: Record<string, unknown>): Promise<StatusChangeResult | null> {
  const user = await requireCoordinator();
  const current = await findManaged(user, eventId, { id: true, slug: true, voivodeshipCode: true });
  if (!current) return null;
  const parsed = cancelEventSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf<string>(parsed.error) as Record<string, string> };
  const result = await db.$transaction(async (tx) => {
    // the update takes the event's row lock first: a sign-up waiting for it then sees the meeting cancelled
    const { count } = await tx.event.updateMany({
      where: { AND: [{ id: current.id, status: { in: ["DRAFT", "PUBLISHED"] } }, eventManageScope(user)] },
      data: { status: "CANCELLED" },
    });
    if (count === 0) return { ok: false as const, error: "notAllowed" as const };
    const event = await tx.event.findUniqueOrThrow({ where: { id: current.id }, select: mailEventSelect });
    const registrants = await tx.registration.findMany({
      where: { eventId: event.id, status: { in: CANCEL_NOTIFIED }, anonymisedAt: null },
      orderBy: { id: "asc" },
      select: recipientSelect,
    });
    const message = parsed.data.message || undefined;
    const rows = registrants.map((r) => {
      const locale = asLocale(r.locale);
      const mail = buildRegistrationMail("eventCancelled", {
        locale,
        fullName: r.fullName,
        event: {
          id: event.id,
          title: localized(event, "title", locale),
          startsAt: event.startsAt,
          endsAt: event.endsAt,
          format: event.format,
          venueName: event.venueName,
          venueAddress: event.venueAddress,
          onlineMeetingUrl: null,
          pageUrl: pageUrl(event.slug)(locale),
          updatedAt: event.updatedAt,
        },
        manageUrl: manageUrl(locale, r.id),
        personalMessage: message,
      });
      return outboxRow("registration.eventCancelled", r, locale, mail);
    });
    await insertMails(tx, rows);
    await recordAudit(
      {
        actor: actorOf(user),
        action: "event.cancel",
        entityType: "event",
        entityId: event.id,
        voivodeshipCode: event.voivodeshipCode,
        details: { notified: rows.length, ...(message ? { message } : {}) },
      },
      tx,
    );
    return { ok: true as const, id: event.id, slug: event.slug, notified: rows.length };
  }, BULK_TX);
  if (result.ok) kickOutbox();
  return result;
}

function outboxRow(kind: string, r: { id: string; email: string }, locale: Locale, mail: { subject: string; html: string; text: string }, eventMessageId?: string) {
  return {
    kind,
    toAddress: r.email,
    locale,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    status: "PENDING" as const,
    registrationId: r.id,
    eventMessageId: eventMessageId ?? null,
  } satisfies Prisma.OutboxMailCreateManyInput;
}

/** Bulk insert in chunks: one statement per MAIL_CHUNK mails, not one per registrant. */
async function insertMails(tx: Tx, rows: Prisma.OutboxMailCreateManyInput[]) {
  const nextAttemptAt = new Date();
  for (let i = 0; i < rows.length; i += MAIL_CHUNK) {
    await tx.outboxMail.createMany({ data: rows.slice(i, i + MAIL_CHUNK).map((r) => ({ ...r, nextAttemptAt })) });
  }
}

/**
 * A new draft copied from an event: same texts (title marked as a copy), times, place and settings, a new address
 * from the copy's Polish title. Audited as event.duplicate on the copy. Null when not managed.
 */
export async function duplicateManagedEvent(eventId: string): Promise<StatusChangeResult | null> {
  const user = await requireCoordinator();
  const source = await findManaged(user, eventId, editSelect);
  if (!source) return null;
  const copyTitle = (title: string | null, suffix: string) => (title ? `${title.slice(0, 200 - suffix.length)}${suffix}` : null);
  const titlePl = copyTitle(source.titlePl, COPY_SUFFIX.Pl)!;
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const slug = await freeSlug(tx, slugify(titlePl));
        const copy = await tx.event.create({
          data: {
            slug,
            titlePl,
            titleUk: copyTitle(source.titleUk, COPY_SUFFIX.Uk),
            titleEn: copyTitle(source.titleEn, COPY_SUFFIX.En),
            summaryPl: source.summaryPl,
            summaryUk: source.summaryUk,
            summaryEn: source.summaryEn,
            bodyPl: source.bodyPl,
            bodyUk: source.bodyUk,
            bodyEn: source.bodyEn,
            startsAt: source.startsAt,
            endsAt: source.endsAt,
            format: source.format,
            venueName: source.venueName,
            venueAddress: source.venueAddress,
            onlineMeetingUrl: source.onlineMeetingUrl,
            capacity: source.capacity,
            registrationOpensAt: source.registrationOpensAt,
            registrationClosesAt: source.registrationClosesAt,
            meetingLanguage: source.meetingLanguage,
            interpretationOffered: source.interpretationOffered,
            voivodeshipCode: source.voivodeshipCode,
            offerId: source.offerId,
            status: "DRAFT",
          },
          select: { id: true, slug: true },
        });
        await recordAudit({ actor: actorOf(user), action: "event.duplicate", entityType: "event", entityId: copy.id, voivodeshipCode: source.voivodeshipCode, details: { from: source.id, slug } }, tx);
        return { ok: true as const, id: copy.id, slug };
      });
    } catch (error) {
      // two copies made at the same moment picked the same slug: take the next one
      if (attempt < 3 && isUniqueViolation(error, "slug")) continue;
      throw error;
    }
  }
}

function audienceWhere(eventId: string, audience: MessageAudience): Prisma.RegistrationWhereInput {
  return {
    eventId,
    status: { in: audience.statuses },
    anonymisedAt: null,
    ...(audience.interpretationOnly ? { interpretationNeeded: true } : {}),
  };
}

export type RecipientCountResult = { ok: true; count: number } | { ok: false; fieldErrors: Partial<Record<MessageField, string>> };

/** How many registrants of a managed event a message with this audience would go to. Null when not managed. */
export async function countMessageRecipients(eventId: string, raw: Record<string, unknown>): Promise<RecipientCountResult | null> {
  const user = await requireCoordinator();
  const event = await findManaged(user, eventId, { id: true });
  if (!event) return null;
  const parsed = messageAudienceSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf<MessageField>(parsed.error) };
  return { ok: true, count: await db.registration.count({ where: audienceWhere(event.id, parsed.data) }) };
}

export type SendMessageResult =
  | { ok: true; messageId: string; recipients: number }
  | { ok: false; fieldErrors: Partial<Record<MessageField, string>>; formError?: "noRecipients" };

/**
 * Sends a coordinator's message to the chosen registrants of a managed event: one EventMessage row and one outbox
 * mail per recipient (in their language when the message was written in it, else Polish), all in one transaction,
 * inserted in bulk. Audited as event.message. Null when not managed.
 */
export async function sendEventMessage(eventId: string, raw: Record<string, unknown>): Promise<SendMessageResult | null> {
  const user = await requireCoordinator();
  const current = await findManaged(user, eventId, { id: true });
  if (!current) return null;
  const parsed = eventMessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf<MessageField>(parsed.error) };
  const data = parsed.data;
  const texts = {
    subjectPl: data.subjectPl,
    bodyPl: data.bodyPl,
    subjectUk: data.subjectUk || null,
    bodyUk: data.bodyUk || null,
    subjectEn: data.subjectEn || null,
    bodyEn: data.bodyEn || null,
  };
  const audience = { statuses: data.statuses, interpretationOnly: data.interpretationOnly };
  const result = await db.$transaction(async (tx): Promise<SendMessageResult> => {
    const event = await tx.event.findUniqueOrThrow({ where: { id: current.id }, select: mailEventSelect });
    const recipients = await tx.registration.findMany({ where: audienceWhere(event.id, audience), orderBy: { id: "asc" }, select: recipientSelect });
    if (!recipients.length) return { ok: false, fieldErrors: {}, formError: "noRecipients" };
    const message = await tx.eventMessage.create({
      data: { eventId: event.id, ...texts, audience, recipientCount: recipients.length, createdByUserId: user.id, createdByLabel: user.email },
      select: { id: true },
    });
    const title = Object.fromEntries(routing.locales.map((l) => [l, localized(event, "title", l)])) as Record<Locale, string>;
    const when = eventWhen(event.startsAt, event.endsAt);
    const rows = recipients.map((r) => {
      const mail = buildEventMessageMail({
        registrantLocale: r.locale,
        fullName: r.fullName,
        texts,
        event: { title, when, pageUrl: pageUrl(event.slug) },
        manageUrl: (locale) => manageUrl(locale, r.id),
      });
      return outboxRow("event.message", r, mail.locale, mail, message.id);
    });
    await insertMails(tx, rows);
    await recordAudit(
      {
        actor: actorOf(user),
        action: "event.message",
        entityType: "event",
        entityId: event.id,
        voivodeshipCode: event.voivodeshipCode,
        details: { messageId: message.id, recipients: rows.length, audience, subject: texts.subjectPl },
      },
      tx,
    );
    return { ok: true, messageId: message.id, recipients: rows.length };
  }, BULK_TX);
  if (result.ok) kickOutbox();
  return result;
}

export type MessageProgress = { pending: number; sent: number; failed: number };

/** A managed event's messages, newest first, each with its mails counted per outbox status. Null when not managed. */
export async function listEventMessages(eventId: string) {
  const user = await requireCoordinator();
  const event = await findManaged(user, eventId, { id: true });
  if (!event) return null;
  const messages = await db.eventMessage.findMany({
    where: { eventId: event.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, subjectPl: true, subjectUk: true, subjectEn: true, audience: true, recipientCount: true, createdByLabel: true, createdAt: true },
  });
  const groups = messages.length
    ? await db.outboxMail.groupBy({ by: ["eventMessageId", "status"], where: { eventMessageId: { in: messages.map((m) => m.id) } }, _count: { _all: true } })
    : [];
  const progress = new Map<string, MessageProgress>(messages.map((m) => [m.id, { pending: 0, sent: 0, failed: 0 }]));
  for (const g of groups) {
    const p = progress.get(g.eventMessageId!)!;
    if (g.status === "SENT") p.sent += g._count._all;
    else if (g.status === "FAILED") p.failed += g._count._all;
    else p.pending += g._count._all; // PENDING and SENDING: not delivered yet
  }
  return messages.map((m) => ({ ...m, audience: m.audience as MessageAudience, progress: progress.get(m.id)! }));
}

export type EventMessageSummary = NonNullable<Awaited<ReturnType<typeof listEventMessages>>>[number];
