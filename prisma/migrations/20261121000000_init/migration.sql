-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Country" AS ENUM ('NL', 'BE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'TRAINER', 'COORDINATOR', 'STAFF');

-- CreateEnum
CREATE TYPE "WorkField" AS ENUM ('OOV', 'SOCIAL_DOMAIN', 'EDUCATION', 'YOUTH_WORK', 'POLICE', 'CARE', 'HOUSING', 'OTHER');

-- CreateEnum
CREATE TYPE "TrajectoryStatus" AS ENUM ('DRAFT', 'INTRO', 'TRAINING', 'POOL', 'HANDED_OVER', 'CLOSED');

-- CreateEnum
CREATE TYPE "StepScope" AS ENUM ('TRAJECTORY', 'COHORT', 'POOL');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('SCHEDULED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CohortStatus" AS ENUM ('RECRUITING', 'FULL', 'RUNNING', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('REGISTERED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "EnrollmentStatus" AS ENUM ('APPLIED', 'ACCEPTED', 'WAITLISTED', 'WITHDRAWN', 'COMPLETED');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'ABSENT', 'EXCUSED');

-- CreateEnum
CREATE TYPE "CaseNature" AS ENUM ('CONFLICT', 'POLARISATION', 'UNSURE');

-- CreateEnum
CREATE TYPE "CasePhase" AS ENUM ('SIGNALS', 'RISING_TENSION', 'ESCALATION', 'DEESCALATION', 'AFTERMATH');

-- CreateEnum
CREATE TYPE "PolarisationRole" AS ENUM ('PUSHER', 'JOINER', 'SILENT_MIDDLE', 'BRIDGE_BUILDER', 'SCAPEGOAT');

-- CreateEnum
CREATE TYPE "GameChanger" AS ENUM ('TARGET_GROUP', 'TOPIC', 'POSITION', 'TONE');

-- CreateEnum
CREATE TYPE "Confidentiality" AS ENUM ('MUNICIPALITY', 'TRAINERS', 'NETWORK_ANONYMISED');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'SCHEDULED', 'DISCUSSED', 'FOLLOW_UP', 'CLOSED');

-- CreateEnum
CREATE TYPE "PoolMemberStatus" AS ENUM ('ACTIVE', 'PAUSED', 'ALUMNI');

-- CreateEnum
CREATE TYPE "ActionTerm" AS ENUM ('SHORT', 'LONG');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateTable
CREATE TABLE "Municipality" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "country" "Country" NOT NULL,
    "code" TEXT NOT NULL,
    "region" TEXT,
    "namedInNetwork" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "municipalityId" UUID,
    "workField" "WorkField",
    "jobTitle" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "calendarToken" TEXT NOT NULL DEFAULT replace(((gen_random_uuid())::text || (gen_random_uuid())::text), '-'::text, ''::text),
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "erasedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainerAssignment" (
    "trainerId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,

    CONSTRAINT "TrainerAssignment_pkey" PRIMARY KEY ("trainerId","municipalityId")
);

-- CreateTable
CREATE TABLE "TrajectoryTemplate" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "key" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionNl" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "cohortCapacity" INTEGER NOT NULL DEFAULT 16,
    "handoverMinActiveMembers" INTEGER NOT NULL DEFAULT 3,
    "handoverMinIntervisies" INTEGER NOT NULL DEFAULT 2,

    CONSTRAINT "TrajectoryTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TemplateStep" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "templateId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "scope" "StepScope" NOT NULL,
    "labelNl" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "defaultMinutes" INTEGER NOT NULL,
    "minMinutes" INTEGER NOT NULL,
    "maxMinutes" INTEGER NOT NULL,
    "minGapDays" INTEGER NOT NULL DEFAULT 0,
    "capacity" INTEGER,
    "repeatable" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "TemplateStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Trajectory" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "municipalityId" UUID NOT NULL,
    "templateId" UUID NOT NULL,
    "leadTrainerId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" "TrajectoryStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Trajectory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrajectoryTrainer" (
    "trajectoryId" UUID NOT NULL,
    "trainerId" UUID NOT NULL,

    CONSTRAINT "TrajectoryTrainer_pkey" PRIMARY KEY ("trajectoryId","trainerId")
);

-- CreateTable
CREATE TABLE "TrajectoryPartner" (
    "trajectoryId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,

    CONSTRAINT "TrajectoryPartner_pkey" PRIMARY KEY ("trajectoryId","municipalityId")
);

-- CreateTable
CREATE TABLE "Cohort" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "trajectoryId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL DEFAULT 16,
    "autoAccept" BOOLEAN NOT NULL DEFAULT true,
    "status" "CohortStatus" NOT NULL DEFAULT 'RECRUITING',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Cohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "municipalityId" UUID NOT NULL,
    "trajectoryId" UUID,
    "cohortId" UUID,
    "poolId" UUID,
    "kind" TEXT NOT NULL,
    "title" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "location" TEXT,
    "onlineUrl" TEXT,
    "capacity" INTEGER,
    "registrationOpen" BOOLEAN NOT NULL DEFAULT false,
    "status" "SessionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionTrainer" (
    "sessionId" UUID NOT NULL,
    "trainerId" UUID NOT NULL,

    CONSTRAINT "SessionTrainer_pkey" PRIMARY KEY ("sessionId","trainerId")
);

-- CreateTable
CREATE TABLE "IntroRegistration" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sessionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'REGISTERED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntroRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enrollment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "cohortId" UUID NOT NULL,
    "trajectoryId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "EnrollmentStatus" NOT NULL DEFAULT 'APPLIED',
    "motivation" TEXT NOT NULL,
    "overrideReason" TEXT,
    "overriddenById" UUID,
    "appliedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "queuedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Enrollment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sessionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "recordedById" UUID,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "municipalityId" UUID NOT NULL,
    "authorId" UUID,
    "trajectoryId" UUID,
    "title" TEXT NOT NULL,
    "situation" TEXT NOT NULL DEFAULT '',
    "nature" "CaseNature",
    "poleA" TEXT,
    "poleB" TEXT,
    "location" TEXT,
    "phase" "CasePhase",
    "fuel" TEXT,
    "tried" TEXT,
    "gameChangers" "GameChanger"[] DEFAULT ARRAY[]::"GameChanger"[],
    "workField" "WorkField",
    "confidentiality" "Confidentiality" NOT NULL DEFAULT 'MUNICIPALITY',
    "status" "CaseStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseRole" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "role" "PolarisationRole" NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 50,

    CONSTRAINT "CaseRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseSession" (
    "caseId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "advice" TEXT,
    "agreedActions" TEXT,
    "discussedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CaseSession_pkey" PRIMARY KEY ("caseId","sessionId")
);

-- CreateTable
CREATE TABLE "SpecialistPool" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "municipalityId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpecialistPool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PoolMember" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "poolId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "PoolMemberStatus" NOT NULL DEFAULT 'ACTIVE',
    "joinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMPTZ(3),

    CONSTRAINT "PoolMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "municipalityId" UUID NOT NULL,
    "caseId" UUID,
    "trajectoryId" UUID,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "planId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "term" "ActionTerm" NOT NULL,
    "ownerId" UUID,
    "dueDate" DATE,
    "status" "ActionStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lesson" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "municipalityId" UUID NOT NULL,
    "sessionId" UUID,
    "authorId" UUID,
    "title" TEXT NOT NULL,
    "successes" TEXT NOT NULL,
    "dilemmas" TEXT NOT NULL DEFAULT '',
    "insights" TEXT NOT NULL DEFAULT '',
    "themes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "workFields" "WorkField"[] DEFAULT ARRAY[]::"WorkField"[],
    "gameChangers" "GameChanger"[] DEFAULT ARRAY[]::"GameChanger"[],
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Lesson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "actorId" UUID,
    "municipalityId" UUID,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "toEmail" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "userId" UUID,
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "error" TEXT,

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemSecret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SystemSecret_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "Municipality_name_idx" ON "Municipality"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_country_code_key" ON "Municipality"("country", "code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_calendarToken_key" ON "User"("calendarToken");

-- CreateIndex
CREATE INDEX "User_municipalityId_role_idx" ON "User"("municipalityId", "role");

-- CreateIndex
CREATE INDEX "TrainerAssignment_municipalityId_idx" ON "TrainerAssignment"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "TrajectoryTemplate_key_key" ON "TrajectoryTemplate"("key");

-- CreateIndex
CREATE UNIQUE INDEX "TemplateStep_templateId_position_key" ON "TemplateStep"("templateId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "TemplateStep_templateId_kind_key" ON "TemplateStep"("templateId", "kind");

-- CreateIndex
CREATE INDEX "Trajectory_municipalityId_status_idx" ON "Trajectory"("municipalityId", "status");

-- CreateIndex
CREATE INDEX "Trajectory_leadTrainerId_idx" ON "Trajectory"("leadTrainerId");

-- CreateIndex
CREATE INDEX "TrajectoryTrainer_trainerId_idx" ON "TrajectoryTrainer"("trainerId");

-- CreateIndex
CREATE INDEX "TrajectoryPartner_municipalityId_idx" ON "TrajectoryPartner"("municipalityId");

-- CreateIndex
CREATE INDEX "Cohort_trajectoryId_idx" ON "Cohort"("trajectoryId");

-- CreateIndex
CREATE INDEX "Session_municipalityId_startsAt_idx" ON "Session"("municipalityId", "startsAt");

-- CreateIndex
CREATE INDEX "Session_trajectoryId_kind_idx" ON "Session"("trajectoryId", "kind");

-- CreateIndex
CREATE INDEX "Session_cohortId_idx" ON "Session"("cohortId");

-- CreateIndex
CREATE INDEX "Session_poolId_idx" ON "Session"("poolId");

-- CreateIndex
CREATE INDEX "Session_startsAt_idx" ON "Session"("startsAt");

-- CreateIndex
CREATE INDEX "SessionTrainer_trainerId_idx" ON "SessionTrainer"("trainerId");

-- CreateIndex
CREATE INDEX "IntroRegistration_userId_idx" ON "IntroRegistration"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "IntroRegistration_sessionId_userId_key" ON "IntroRegistration"("sessionId", "userId");

-- CreateIndex
CREATE INDEX "Enrollment_cohortId_status_queuedAt_idx" ON "Enrollment"("cohortId", "status", "queuedAt");

-- CreateIndex
CREATE INDEX "Enrollment_userId_idx" ON "Enrollment"("userId");

-- CreateIndex
CREATE INDEX "Enrollment_trajectoryId_userId_idx" ON "Enrollment"("trajectoryId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Enrollment_cohortId_userId_key" ON "Enrollment"("cohortId", "userId");

-- CreateIndex
CREATE INDEX "Attendance_userId_status_idx" ON "Attendance"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_sessionId_userId_key" ON "Attendance"("sessionId", "userId");

-- CreateIndex
CREATE INDEX "Case_municipalityId_status_idx" ON "Case"("municipalityId", "status");

-- CreateIndex
CREATE INDEX "Case_authorId_idx" ON "Case"("authorId");

-- CreateIndex
CREATE INDEX "Case_trajectoryId_idx" ON "Case"("trajectoryId");

-- CreateIndex
CREATE INDEX "Case_confidentiality_status_idx" ON "Case"("confidentiality", "status");

-- CreateIndex
CREATE INDEX "CaseRole_caseId_idx" ON "CaseRole"("caseId");

-- CreateIndex
CREATE INDEX "CaseRole_role_idx" ON "CaseRole"("role");

-- CreateIndex
CREATE INDEX "CaseSession_sessionId_idx" ON "CaseSession"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "SpecialistPool_municipalityId_key" ON "SpecialistPool"("municipalityId");

-- CreateIndex
CREATE INDEX "PoolMember_userId_idx" ON "PoolMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "PoolMember_poolId_userId_key" ON "PoolMember"("poolId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlan_caseId_key" ON "ActionPlan"("caseId");

-- CreateIndex
CREATE INDEX "ActionPlan_municipalityId_idx" ON "ActionPlan"("municipalityId");

-- CreateIndex
CREATE INDEX "ActionPlan_trajectoryId_idx" ON "ActionPlan"("trajectoryId");

-- CreateIndex
CREATE INDEX "Action_planId_idx" ON "Action"("planId");

-- CreateIndex
CREATE INDEX "Action_ownerId_status_idx" ON "Action"("ownerId", "status");

-- CreateIndex
CREATE INDEX "Action_status_dueDate_idx" ON "Action"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Lesson_municipalityId_idx" ON "Lesson"("municipalityId");

-- CreateIndex
CREATE INDEX "Lesson_publishedAt_idx" ON "Lesson"("publishedAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_municipalityId_at_idx" ON "AuditEvent"("municipalityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMail_dedupeKey_key" ON "OutboxMail"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMail_createdAt_idx" ON "OutboxMail"("createdAt");

-- CreateIndex
CREATE INDEX "OutboxMail_sentAt_idx" ON "OutboxMail"("sentAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainerAssignment" ADD CONSTRAINT "TrainerAssignment_trainerId_fkey" FOREIGN KEY ("trainerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainerAssignment" ADD CONSTRAINT "TrainerAssignment_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplateStep" ADD CONSTRAINT "TemplateStep_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "TrajectoryTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trajectory" ADD CONSTRAINT "Trajectory_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trajectory" ADD CONSTRAINT "Trajectory_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "TrajectoryTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trajectory" ADD CONSTRAINT "Trajectory_leadTrainerId_fkey" FOREIGN KEY ("leadTrainerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectoryTrainer" ADD CONSTRAINT "TrajectoryTrainer_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectoryTrainer" ADD CONSTRAINT "TrajectoryTrainer_trainerId_fkey" FOREIGN KEY ("trainerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectoryPartner" ADD CONSTRAINT "TrajectoryPartner_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectoryPartner" ADD CONSTRAINT "TrajectoryPartner_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_poolId_fkey" FOREIGN KEY ("poolId") REFERENCES "SpecialistPool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionTrainer" ADD CONSTRAINT "SessionTrainer_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionTrainer" ADD CONSTRAINT "SessionTrainer_trainerId_fkey" FOREIGN KEY ("trainerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntroRegistration" ADD CONSTRAINT "IntroRegistration_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntroRegistration" ADD CONSTRAINT "IntroRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_overriddenById_fkey" FOREIGN KEY ("overriddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseRole" ADD CONSTRAINT "CaseRole_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseSession" ADD CONSTRAINT "CaseSession_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseSession" ADD CONSTRAINT "CaseSession_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpecialistPool" ADD CONSTRAINT "SpecialistPool_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoolMember" ADD CONSTRAINT "PoolMember_poolId_fkey" FOREIGN KEY ("poolId") REFERENCES "SpecialistPool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoolMember" ADD CONSTRAINT "PoolMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Constraints Prisma's schema language cannot express -------------------------

-- R1: a cohort holds at most 16 places.
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_capacity_check" CHECK ("capacity" BETWEEN 1 AND 16);
ALTER TABLE "TrajectoryTemplate" ADD CONSTRAINT "TrajectoryTemplate_cohortCapacity_check" CHECK ("cohortCapacity" BETWEEN 1 AND 16);

-- R4: a person is in at most one active cohort of a trajectory.
CREATE UNIQUE INDEX "Enrollment_one_active_per_trajectory"
  ON "Enrollment" ("trajectoryId", "userId")
  WHERE "status" IN ('APPLIED', 'ACCEPTED', 'WAITLISTED');

ALTER TABLE "Session" ADD CONSTRAINT "Session_ends_after_start_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "TemplateStep" ADD CONSTRAINT "TemplateStep_duration_bounds_check"
  CHECK ("minMinutes" > 0 AND "minMinutes" <= "defaultMinutes" AND "defaultMinutes" <= "maxMinutes" AND "minGapDays" >= 0);
ALTER TABLE "CaseRole" ADD CONSTRAINT "CaseRole_position_check" CHECK ("position" BETWEEN 0 AND 100);
ALTER TABLE "User" ADD CONSTRAINT "User_municipality_by_role_check"
  CHECK (("role" IN ('ADMIN', 'TRAINER')) OR "municipalityId" IS NOT NULL);
