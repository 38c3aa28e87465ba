-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "eventMessageId" UUID;

-- CreateTable
CREATE TABLE "EventMessage" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "subjectPl" TEXT NOT NULL,
    "bodyPl" TEXT NOT NULL,
    "subjectUk" TEXT,
    "bodyUk" TEXT,
    "subjectEn" TEXT,
    "bodyEn" TEXT,
    "audience" JSONB NOT NULL,
    "recipientCount" INTEGER NOT NULL,
    "createdByUserId" UUID,
    "createdByLabel" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventMessage_eventId_createdAt_idx" ON "EventMessage"("eventId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMail_eventMessageId_status_idx" ON "OutboxMail"("eventMessageId", "status");

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_eventMessageId_fkey" FOREIGN KEY ("eventMessageId") REFERENCES "EventMessage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMessage" ADD CONSTRAINT "EventMessage_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMessage" ADD CONSTRAINT "EventMessage_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

