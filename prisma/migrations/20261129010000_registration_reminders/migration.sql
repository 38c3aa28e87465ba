-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "reminderSentAt" TIMESTAMPTZ(3);

