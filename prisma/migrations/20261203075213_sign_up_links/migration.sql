-- AlterEnum
ALTER TYPE "PasswordTokenPurpose" ADD VALUE 'SIGN_UP';

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "emailDomains" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "PasswordToken" ADD COLUMN     "introId" UUID;

-- CreateTable
CREATE TABLE "SignUpLink" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sessionId" UUID NOT NULL,
    "token" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignUpLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SignUpLink_sessionId_key" ON "SignUpLink"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "SignUpLink_token_key" ON "SignUpLink"("token");

-- CreateIndex
CREATE INDEX "Municipality_emailDomains_idx" ON "Municipality" USING GIN ("emailDomains");

-- AddForeignKey
ALTER TABLE "SignUpLink" ADD CONSTRAINT "SignUpLink_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignUpLink" ADD CONSTRAINT "SignUpLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

