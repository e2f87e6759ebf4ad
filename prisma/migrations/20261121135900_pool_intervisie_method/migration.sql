-- AlterTable
ALTER TABLE "CaseSession" ADD COLUMN     "analysis" TEXT,
ADD COLUMN     "analysisGameChangers" "GameChanger"[] DEFAULT ARRAY[]::"GameChanger"[],
ADD COLUMN     "analysisRoles" "PolarisationRole"[] DEFAULT ARRAY[]::"PolarisationRole"[],
ADD COLUMN     "clarifications" TEXT,
ADD COLUMN     "methodStep" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "ownerChoice" TEXT,
ADD COLUMN     "question" TEXT;

-- CreateTable
CREATE TABLE "IntervisieGuest" (
    "sessionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "invitedById" UUID,
    "invitedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntervisieGuest_pkey" PRIMARY KEY ("sessionId","userId")
);

-- CreateIndex
CREATE INDEX "IntervisieGuest_userId_idx" ON "IntervisieGuest"("userId");

-- AddForeignKey
ALTER TABLE "IntervisieGuest" ADD CONSTRAINT "IntervisieGuest_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntervisieGuest" ADD CONSTRAINT "IntervisieGuest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntervisieGuest" ADD CONSTRAINT "IntervisieGuest_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The intervisie method has five steps (lib/pool/method.ts).
ALTER TABLE "CaseSession" ADD CONSTRAINT "CaseSession_methodStep_check" CHECK ("methodStep" BETWEEN 0 AND 5);
