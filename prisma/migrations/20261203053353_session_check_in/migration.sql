-- CreateTable
CREATE TABLE "SessionCheckIn" (
    "sessionId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionCheckIn_pkey" PRIMARY KEY ("sessionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "SessionCheckIn_code_key" ON "SessionCheckIn"("code");

-- AddForeignKey
ALTER TABLE "SessionCheckIn" ADD CONSTRAINT "SessionCheckIn_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

