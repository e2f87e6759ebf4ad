-- Delivery retries with backoff (ADR 0026). The old "error" column becomes "lastError";
-- a mail that failed before this migration was never retried, so it counts as failed.
ALTER TABLE "OutboxMail" RENAME COLUMN "error" TO "lastError";
ALTER TABLE "OutboxMail" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "failedAt" TIMESTAMPTZ(3),
ADD COLUMN "nextAttemptAt" TIMESTAMPTZ(3);

UPDATE "OutboxMail" SET "attempts" = 1, "failedAt" = "createdAt" WHERE "sentAt" IS NULL AND "lastError" IS NOT NULL;

-- CreateIndex
CREATE INDEX "OutboxMail_nextAttemptAt_idx" ON "OutboxMail"("nextAttemptAt");
