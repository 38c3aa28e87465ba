import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// The one way personal data is anonymised, used by the retention job (retention.ts) and by an admin's erasure
// (data.ts). See docs/decisions/012-outbox-audit-privacy.md. Rows are kept, with what reports count (status,
// attendance, voivodeship, group type, interpretation language, offer, score, dates); everything that names or
// describes the person is cleared. Each function only touches rows not anonymised yet, so running it twice is harmless.

type Tx = Pick<Prisma.TransactionClient, "$executeRaw">;

/** What an anonymised row shows instead of a name. */
export const ANONYMISED_NAME = "—";
/** Reserved top-level domain (RFC 2606): a placeholder address can never reach anyone. */
export const ANONYMISED_DOMAIN = "anonymised.invalid";

/** The unique placeholder address of an anonymised row (unique, so the one-active-sign-up index still holds). */
export const anonymisedAddress = (id: string) => `anonymised-${id}@${ANONYMISED_DOMAIN}`;
export const isAnonymisedAddress = (address: string) => address.endsWith(`@${ANONYMISED_DOMAIN}`);

const suffix = `@${ANONYMISED_DOMAIN}`;

/**
 * Anonymises sign-ups, keeping their status. The manage and confirmation links stop working (their hashes are
 * replaced by a value no token hashes to). Returns how many rows changed.
 */
export function anonymiseRegistrations(tx: Tx, ids: string[], now: Date): Promise<number> {
  if (!ids.length) return Promise.resolve(0);
  return tx.$executeRaw`
    UPDATE "Registration" SET
      "fullName" = ${ANONYMISED_NAME},
      email = 'anonymised-' || id || ${suffix},
      "emailNormalized" = 'anonymised-' || id || ${suffix},
      phone = NULL,
      "organisationName" = NULL,
      "roleInOrganisation" = NULL,
      community = NULL,
      city = NULL,
      "contactLanguageOther" = NULL,
      "accessibilityNeeds" = NULL,
      expectations = NULL,
      "internalNotes" = NULL,
      "manageTokenHash" = 'anonymised-' || id,
      "confirmTokenHash" = NULL,
      "expiresAt" = NULL,
      "anonymisedAt" = ${now}::timestamptz,
      "updatedAt" = ${now}::timestamptz
    WHERE id = ANY(${ids}::uuid[]) AND "anonymisedAt" IS NULL`;
}

/** Anonymises offer applications, keeping offer, status, score, voivodeship and dates; the answers are cleared. */
export function anonymiseApplications(tx: Tx, ids: string[], now: Date): Promise<number> {
  if (!ids.length) return Promise.resolve(0);
  return tx.$executeRaw`
    UPDATE "OfferApplication" SET
      "fullName" = ${ANONYMISED_NAME},
      email = 'anonymised-' || id || ${suffix},
      "emailNormalized" = 'anonymised-' || id || ${suffix},
      phone = NULL,
      "organisationName" = NULL,
      city = NULL,
      answers = '{}'::jsonb,
      "followUpAnswers" = NULL,
      "followUpTokenHash" = NULL,
      "reviewerNotes" = NULL,
      "manageTokenHash" = 'anonymised-' || id,
      "anonymisedAt" = ${now}::timestamptz,
      "updatedAt" = ${now}::timestamptz
    WHERE id = ANY(${ids}::uuid[]) AND "anonymisedAt" IS NULL`;
}

/** Removes an organisation's (never published) contact person. The organisation itself is not personal data. */
export function clearOrganisationContacts(tx: Tx, ids: string[], now: Date): Promise<number> {
  if (!ids.length) return Promise.resolve(0);
  return tx.$executeRaw`
    UPDATE "Organisation" SET "contactPersonName" = NULL, "contactPersonEmail" = NULL, "contactPersonPhone" = NULL,
      "manageTokenHash" = NULL, "updatedAt" = ${now}::timestamptz
    WHERE id = ANY(${ids}::uuid[])`;
}

/**
 * Clears the personal content of outbox mails (address, body, attachments) linked to the given sign-ups and
 * applications or sent to `address` (lower-cased). Kind, subject (the event's or offer's title), status and dates
 * stay for the outbox statistics. A mail not sent yet is never sent: it becomes FAILED, and a placeholder address
 * cannot be retried (admin-outbox refuses it).
 */
export function clearMails(tx: Tx, scope: { registrationIds?: string[]; applicationIds?: string[]; address?: string }): Promise<number> {
  const registrationIds = scope.registrationIds ?? [];
  const applicationIds = scope.applicationIds ?? [];
  const address = scope.address ?? null;
  if (!registrationIds.length && !applicationIds.length && !address) return Promise.resolve(0);
  return tx.$executeRaw`
    UPDATE "OutboxMail" SET
      "toAddress" = 'anonymised-' || id || ${suffix},
      html = '',
      text = '',
      attachments = NULL,
      "lastError" = CASE WHEN status IN ('PENDING', 'SENDING') THEN 'not sent: personal data anonymised' ELSE "lastError" END,
      status = CASE WHEN status IN ('PENDING', 'SENDING') THEN 'FAILED'::"OutboxStatus" ELSE status END
    WHERE "toAddress" NOT LIKE ${"%" + suffix}
      AND ("registrationId" = ANY(${registrationIds}::uuid[])
        OR "applicationId" = ANY(${applicationIds}::uuid[])
        OR lower(btrim("toAddress")) = ${address})`;
}
