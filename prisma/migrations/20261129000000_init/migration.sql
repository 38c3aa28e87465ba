-- CreateEnum
CREATE TYPE "EventFormat" AS ENUM ('ONLINE', 'ONSITE', 'HYBRID');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('PENDING_EMAIL', 'CONFIRMED', 'WAITLISTED', 'CANCELLED', 'REJECTED', 'ATTENDED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "GroupType" AS ENUM ('MIGRANT_GROUP', 'NATIONAL_MINORITY', 'ETHNIC_MINORITY', 'STATUTORY_MINORITY_ORGANISATION', 'OTHER');

-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('NGO', 'INFORMAL_GROUP', 'STATUTORY_MINORITY_ORGANISATION', 'MIGRANT_ORGANISATION');

-- CreateEnum
CREATE TYPE "ModerationStatus" AS ENUM ('PENDING', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'UNPUBLISHED');

-- CreateEnum
CREATE TYPE "OfferKind" AS ENUM ('ANIMATORS_COURSE', 'MENTORING', 'INCUBATOR', 'FORUM', 'FILM_PORTRAIT');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('NEW', 'IN_REVIEW', 'ACCEPTED', 'WAITLISTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('ADMIN', 'COORDINATOR');

-- CreateEnum
CREATE TYPE "AuthTokenKind" AS ENUM ('INVITATION', 'PASSWORD_RESET');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "Voivodeship" (
    "code" VARCHAR(5) NOT NULL,
    "slug" TEXT NOT NULL,
    "namePl" TEXT NOT NULL,
    "nameUk" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "isProgrammeRegion" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Voivodeship_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ProgrammeOffer" (
    "id" UUID NOT NULL,
    "kind" "OfferKind" NOT NULL,
    "slug" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "titlePl" TEXT NOT NULL,
    "titleUk" TEXT,
    "titleEn" TEXT,
    "summaryPl" TEXT NOT NULL,
    "summaryUk" TEXT,
    "summaryEn" TEXT,
    "audiencePl" TEXT NOT NULL,
    "audienceUk" TEXT,
    "audienceEn" TEXT,
    "benefitsPl" TEXT NOT NULL,
    "benefitsUk" TEXT,
    "benefitsEn" TEXT,
    "howToPl" TEXT NOT NULL,
    "howToUk" TEXT,
    "howToEn" TEXT,
    "acceptsApplications" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProgrammeOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "titlePl" TEXT NOT NULL,
    "titleUk" TEXT,
    "titleEn" TEXT,
    "summaryPl" TEXT NOT NULL,
    "summaryUk" TEXT,
    "summaryEn" TEXT,
    "bodyPl" TEXT NOT NULL DEFAULT '',
    "bodyUk" TEXT,
    "bodyEn" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "format" "EventFormat" NOT NULL,
    "venueName" TEXT,
    "venueAddress" TEXT,
    "onlineMeetingUrl" TEXT,
    "capacity" INTEGER,
    "registrationOpensAt" TIMESTAMPTZ(3),
    "registrationClosesAt" TIMESTAMPTZ(3),
    "meetingLanguage" VARCHAR(8) NOT NULL DEFAULT 'pl',
    "interpretationOffered" BOOLEAN NOT NULL DEFAULT false,
    "status" "EventStatus" NOT NULL DEFAULT 'DRAFT',
    "offerId" UUID,
    "voivodeshipCode" VARCHAR(5),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "fullName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailNormalized" TEXT NOT NULL,
    "phone" TEXT,
    "organisationId" UUID,
    "organisationName" TEXT,
    "noOrganisation" BOOLEAN NOT NULL DEFAULT false,
    "roleInOrganisation" TEXT,
    "community" TEXT,
    "groupType" "GroupType",
    "voivodeshipCode" VARCHAR(5),
    "city" TEXT,
    "contactLanguage" VARCHAR(8) NOT NULL DEFAULT 'pl',
    "contactLanguageOther" TEXT,
    "locale" VARCHAR(2) NOT NULL DEFAULT 'pl',
    "interpretationNeeded" BOOLEAN NOT NULL DEFAULT false,
    "interpretationLanguage" VARCHAR(16),
    "accessibilityNeeds" TEXT,
    "expectations" TEXT,
    "heardFrom" TEXT,
    "policyVersion" TEXT NOT NULL,
    "consentProcessingAt" TIMESTAMPTZ(3) NOT NULL,
    "consentSensitiveAt" TIMESTAMPTZ(3),
    "consentNewsletterAt" TIMESTAMPTZ(3),
    "consentImageAt" TIMESTAMPTZ(3),
    "status" "RegistrationStatus" NOT NULL DEFAULT 'PENDING_EMAIL',
    "manageTokenHash" TEXT NOT NULL,
    "confirmTokenHash" TEXT,
    "expiresAt" TIMESTAMPTZ(3),
    "emailConfirmedAt" TIMESTAMPTZ(3),
    "confirmedAt" TIMESTAMPTZ(3),
    "waitlistedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "attendedAt" TIMESTAMPTZ(3),
    "anonymisedAt" TIMESTAMPTZ(3),
    "internalNotes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "OrganisationType" NOT NULL,
    "communities" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "voivodeshipCode" VARCHAR(5) NOT NULL,
    "city" TEXT NOT NULL,
    "isPartner" BOOLEAN NOT NULL DEFAULT false,
    "moderationStatus" "ModerationStatus" NOT NULL DEFAULT 'PENDING',
    "descriptionPl" TEXT,
    "descriptionUk" TEXT,
    "descriptionEn" TEXT,
    "website" TEXT,
    "publicEmail" TEXT,
    "publicPhone" TEXT,
    "publishContact" BOOLEAN NOT NULL DEFAULT false,
    "contactPersonName" TEXT,
    "contactPersonEmail" TEXT,
    "contactPersonPhone" TEXT,
    "submittedLocale" VARCHAR(2) NOT NULL DEFAULT 'pl',
    "policyVersion" TEXT,
    "consentAt" TIMESTAMPTZ(3),
    "manageTokenHash" TEXT,
    "moderationNote" TEXT,
    "approvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferApplication" (
    "id" UUID NOT NULL,
    "offerId" UUID NOT NULL,
    "fullName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailNormalized" TEXT NOT NULL,
    "phone" TEXT,
    "organisationId" UUID,
    "organisationName" TEXT,
    "voivodeshipCode" VARCHAR(5),
    "city" TEXT,
    "locale" VARCHAR(2) NOT NULL DEFAULT 'pl',
    "contactLanguage" VARCHAR(8) NOT NULL DEFAULT 'pl',
    "answers" JSONB NOT NULL,
    "followUpAnswers" JSONB,
    "followUpTokenHash" TEXT,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'NEW',
    "score" INTEGER,
    "reviewerNotes" TEXT,
    "policyVersion" TEXT NOT NULL,
    "consentProcessingAt" TIMESTAMPTZ(3) NOT NULL,
    "consentSensitiveAt" TIMESTAMPTZ(3),
    "consentImageAt" TIMESTAMPTZ(3),
    "consentNewsletterAt" TIMESTAMPTZ(3),
    "manageTokenHash" TEXT NOT NULL,
    "decidedAt" TIMESTAMPTZ(3),
    "withdrawnAt" TIMESTAMPTZ(3),
    "anonymisedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OfferApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "UserRole" NOT NULL DEFAULT 'COORDINATOR',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserVoivodeship" (
    "userId" UUID NOT NULL,
    "voivodeshipCode" VARCHAR(5) NOT NULL,

    CONSTRAINT "UserVoivodeship_pkey" PRIMARY KEY ("userId","voivodeshipCode")
);

-- CreateTable
CREATE TABLE "AuthToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "AuthTokenKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "id" BIGSERIAL NOT NULL,
    "bucket" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RateLimitHit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "locale" VARCHAR(2) NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "attachments" JSONB,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "registrationId" UUID,
    "applicationId" UUID,
    "organisationId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "voivodeshipCode" VARCHAR(5),
    "details" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Voivodeship_slug_key" ON "Voivodeship"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeOffer_kind_key" ON "ProgrammeOffer"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeOffer_slug_key" ON "ProgrammeOffer"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Event_voivodeshipCode_startsAt_idx" ON "Event"("voivodeshipCode", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_manageTokenHash_key" ON "Registration"("manageTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_confirmTokenHash_key" ON "Registration"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "Registration_eventId_status_waitlistedAt_idx" ON "Registration"("eventId", "status", "waitlistedAt");

-- CreateIndex
CREATE INDEX "Registration_eventId_createdAt_idx" ON "Registration"("eventId", "createdAt");

-- CreateIndex
CREATE INDEX "Registration_emailNormalized_idx" ON "Registration"("emailNormalized");

-- CreateIndex
CREATE INDEX "Registration_voivodeshipCode_idx" ON "Registration"("voivodeshipCode");

-- CreateIndex
CREATE INDEX "Registration_organisationId_idx" ON "Registration"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_active_email_key" ON "Registration"("eventId", "emailNormalized") WHERE (status IN ('PENDING_EMAIL', 'CONFIRMED', 'WAITLISTED', 'ATTENDED'));

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_manageTokenHash_key" ON "Organisation"("manageTokenHash");

-- CreateIndex
CREATE INDEX "Organisation_moderationStatus_voivodeshipCode_idx" ON "Organisation"("moderationStatus", "voivodeshipCode");

-- CreateIndex
CREATE INDEX "Organisation_moderationStatus_type_idx" ON "Organisation"("moderationStatus", "type");

-- CreateIndex
CREATE UNIQUE INDEX "OfferApplication_followUpTokenHash_key" ON "OfferApplication"("followUpTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "OfferApplication_manageTokenHash_key" ON "OfferApplication"("manageTokenHash");

-- CreateIndex
CREATE INDEX "OfferApplication_offerId_status_createdAt_idx" ON "OfferApplication"("offerId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "OfferApplication_emailNormalized_idx" ON "OfferApplication"("emailNormalized");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "AuthToken_tokenHash_key" ON "AuthToken"("tokenHash");

-- CreateIndex
CREATE INDEX "RateLimitHit_bucket_key_createdAt_idx" ON "RateLimitHit"("bucket", "key", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMail_status_nextAttemptAt_idx" ON "OutboxMail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMail_registrationId_idx" ON "OutboxMail"("registrationId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_actorUserId_at_idx" ON "AuditLog"("actorUserId", "at");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "ProgrammeOffer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_voivodeshipCode_fkey" FOREIGN KEY ("voivodeshipCode") REFERENCES "Voivodeship"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_voivodeshipCode_fkey" FOREIGN KEY ("voivodeshipCode") REFERENCES "Voivodeship"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_voivodeshipCode_fkey" FOREIGN KEY ("voivodeshipCode") REFERENCES "Voivodeship"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferApplication" ADD CONSTRAINT "OfferApplication_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "ProgrammeOffer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferApplication" ADD CONSTRAINT "OfferApplication_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferApplication" ADD CONSTRAINT "OfferApplication_voivodeshipCode_fkey" FOREIGN KEY ("voivodeshipCode") REFERENCES "Voivodeship"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserVoivodeship" ADD CONSTRAINT "UserVoivodeship_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserVoivodeship" ADD CONSTRAINT "UserVoivodeship_voivodeshipCode_fkey" FOREIGN KEY ("voivodeshipCode") REFERENCES "Voivodeship"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthToken" ADD CONSTRAINT "AuthToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "OfferApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules Prisma's schema language cannot express: enforced by the database itself.
ALTER TABLE "Event"
  ADD CONSTRAINT "Event_ends_after_start" CHECK ("endsAt" > "startsAt"),
  ADD CONSTRAINT "Event_capacity_nonnegative" CHECK ("capacity" IS NULL OR "capacity" >= 0),
  ADD CONSTRAINT "Event_window_order" CHECK ("registrationOpensAt" IS NULL OR "registrationClosesAt" IS NULL OR "registrationClosesAt" > "registrationOpensAt"),
  ADD CONSTRAINT "Event_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "Event_online_needs_no_venue" CHECK ("format" <> 'ONSITE' OR "venueName" IS NOT NULL);

ALTER TABLE "Registration"
  ADD CONSTRAINT "Registration_email_normalized" CHECK ("emailNormalized" = lower(btrim("email"))),
  ADD CONSTRAINT "Registration_contact_language" CHECK ("contactLanguage" IN ('pl', 'uk', 'en', 'other')),
  ADD CONSTRAINT "Registration_locale" CHECK ("locale" IN ('pl', 'uk', 'en')),
  ADD CONSTRAINT "Registration_interpretation_language" CHECK ("interpretationNeeded" = ("interpretationLanguage" IS NOT NULL)),
  -- art. 9 RODO: sensitive answers only with the separate explicit consent (anonymised rows hold none)
  ADD CONSTRAINT "Registration_sensitive_consent" CHECK ("consentSensitiveAt" IS NOT NULL OR ("accessibilityNeeds" IS NULL AND "community" IS NULL)),
  ADD CONSTRAINT "Registration_waitlisted_has_time" CHECK ("status" <> 'WAITLISTED' OR "waitlistedAt" IS NOT NULL),
  ADD CONSTRAINT "Registration_confirmed_has_time" CHECK ("status" NOT IN ('CONFIRMED', 'ATTENDED') OR "confirmedAt" IS NOT NULL);

ALTER TABLE "Organisation"
  ADD CONSTRAINT "Organisation_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "Organisation_locale" CHECK ("submittedLocale" IN ('pl', 'uk', 'en'));

ALTER TABLE "OfferApplication"
  ADD CONSTRAINT "OfferApplication_email_normalized" CHECK ("emailNormalized" = lower(btrim("email"))),
  ADD CONSTRAINT "OfferApplication_locale" CHECK ("locale" IN ('pl', 'uk', 'en')),
  ADD CONSTRAINT "OfferApplication_score_range" CHECK ("score" IS NULL OR "score" BETWEEN 0 AND 10);

ALTER TABLE "ProgrammeOffer"
  ADD CONSTRAINT "ProgrammeOffer_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

ALTER TABLE "User"
  ADD CONSTRAINT "User_email_lowercase" CHECK ("email" = lower(btrim("email")));

ALTER TABLE "OutboxMail"
  ADD CONSTRAINT "OutboxMail_attempts_nonnegative" CHECK ("attempts" >= 0),
  ADD CONSTRAINT "OutboxMail_sent_has_time" CHECK ("status" <> 'SENT' OR "sentAt" IS NOT NULL);
