-- CreateTable
CREATE TABLE "SessionPairing" (
    "sessionId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,

    CONSTRAINT "SessionPairing_pkey" PRIMARY KEY ("sessionId","municipalityId")
);

-- CreateIndex
CREATE INDEX "SessionPairing_municipalityId_idx" ON "SessionPairing"("municipalityId");

-- AddForeignKey
ALTER TABLE "SessionPairing" ADD CONSTRAINT "SessionPairing_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionPairing" ADD CONSTRAINT "SessionPairing_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

