-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0;


-- A session ends after it starts (Prisma cannot express CHECK constraints).
ALTER TABLE "Session" ADD CONSTRAINT "Session_ends_after_start" CHECK ("endsAt" > "startsAt");
