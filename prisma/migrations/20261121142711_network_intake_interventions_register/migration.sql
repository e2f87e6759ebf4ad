-- CreateEnum
CREATE TYPE "IntakeKind" AS ENUM ('SUPPORT', 'INTERVISIE', 'STRATEGIST');

-- CreateEnum
CREATE TYPE "IntakeStatus" AS ENUM ('NEW', 'IN_CONTACT', 'PLANNED', 'CLOSED');

-- CreateEnum
CREATE TYPE "InterventionCategory" AS ENUM ('LIVING_ENVIRONMENT', 'NEIGHBOURHOOD', 'YOUTH', 'SOCIAL_CONTROL', 'MUNICIPALITY_WIDE');

-- CreateEnum
CREATE TYPE "NetworkEntryKind" AS ENUM ('PERSON', 'ORGANISATION', 'INITIATIVE');

-- CreateTable
CREATE TABLE "IntakeRequest" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "IntakeKind" NOT NULL,
    "status" "IntakeStatus" NOT NULL DEFAULT 'NEW',
    "municipalityName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "question" TEXT NOT NULL,
    "municipalityId" UUID,
    "trajectoryId" UUID,
    "enrollmentId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntakeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Intervention" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "key" TEXT,
    "category" "InterventionCategory" NOT NULL,
    "title" TEXT NOT NULL,
    "aim" TEXT NOT NULL,
    "polarisationForm" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Intervention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseIntervention" (
    "caseId" UUID NOT NULL,
    "interventionId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseIntervention_pkey" PRIMARY KEY ("caseId","interventionId")
);

-- CreateTable
CREATE TABLE "ActionIntervention" (
    "actionId" UUID NOT NULL,
    "interventionId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionIntervention_pkey" PRIMARY KEY ("actionId","interventionId")
);

-- CreateTable
CREATE TABLE "NetworkEntry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "municipalityId" UUID NOT NULL,
    "trajectoryId" UUID,
    "kind" "NetworkEntryKind" NOT NULL,
    "formal" BOOLEAN NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "reach" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StrategyNotes" (
    "municipalityId" UUID NOT NULL,
    "risks" TEXT NOT NULL DEFAULT '',
    "communication" TEXT NOT NULL DEFAULT '',
    "ownRole" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StrategyNotes_pkey" PRIMARY KEY ("municipalityId")
);

-- CreateIndex
CREATE UNIQUE INDEX "IntakeRequest_trajectoryId_key" ON "IntakeRequest"("trajectoryId");

-- CreateIndex
CREATE UNIQUE INDEX "IntakeRequest_enrollmentId_key" ON "IntakeRequest"("enrollmentId");

-- CreateIndex
CREATE INDEX "IntakeRequest_status_createdAt_idx" ON "IntakeRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "IntakeRequest_createdAt_idx" ON "IntakeRequest"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Intervention_key_key" ON "Intervention"("key");

-- CreateIndex
CREATE INDEX "Intervention_category_title_idx" ON "Intervention"("category", "title");

-- CreateIndex
CREATE INDEX "CaseIntervention_interventionId_idx" ON "CaseIntervention"("interventionId");

-- CreateIndex
CREATE INDEX "ActionIntervention_interventionId_idx" ON "ActionIntervention"("interventionId");

-- CreateIndex
CREATE INDEX "NetworkEntry_municipalityId_kind_idx" ON "NetworkEntry"("municipalityId", "kind");

-- AddForeignKey
ALTER TABLE "IntakeRequest" ADD CONSTRAINT "IntakeRequest_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntakeRequest" ADD CONSTRAINT "IntakeRequest_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntakeRequest" ADD CONSTRAINT "IntakeRequest_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "Enrollment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseIntervention" ADD CONSTRAINT "CaseIntervention_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseIntervention" ADD CONSTRAINT "CaseIntervention_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionIntervention" ADD CONSTRAINT "ActionIntervention_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionIntervention" ADD CONSTRAINT "ActionIntervention_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkEntry" ADD CONSTRAINT "NetworkEntry_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkEntry" ADD CONSTRAINT "NetworkEntry_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyNotes" ADD CONSTRAINT "StrategyNotes_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

