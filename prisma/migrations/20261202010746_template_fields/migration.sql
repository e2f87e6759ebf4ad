-- CreateEnum
CREATE TYPE "CohortReach" AS ENUM ('ONE_MUNICIPALITY', 'SEVERAL_MUNICIPALITIES');

-- CreateEnum
CREATE TYPE "ProgrammeEnd" AS ENUM ('POOL', 'ALUMNI_NETWORK', 'NONE');

-- DropIndex
DROP INDEX "TrajectoryTemplate_key_key";

-- AlterTable
ALTER TABLE "TemplateStep" ADD COLUMN     "caseDueDaysBefore" INTEGER,
ADD COLUMN     "countsForCompletion" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "countsForEligibility" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isIntervisie" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isIntro" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "TrajectoryTemplate" ADD COLUMN     "cohortReach" "CohortReach" NOT NULL DEFAULT 'ONE_MUNICIPALITY',
ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "endsIn" "ProgrammeEnd" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "introRequired" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "lineageId" UUID NOT NULL DEFAULT gen_random_uuid(),
ADD COLUMN     "supersededAt" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "key" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "TrajectoryTemplate_key_idx" ON "TrajectoryTemplate"("key");

-- CreateIndex
CREATE INDEX "TrajectoryTemplate_supersededAt_idx" ON "TrajectoryTemplate"("supersededAt");

-- CreateIndex
CREATE UNIQUE INDEX "TrajectoryTemplate_lineageId_version_key" ON "TrajectoryTemplate"("lineageId", "version");


-- What Prisma cannot express: one current version per programme and per seed key.
CREATE UNIQUE INDEX "TrajectoryTemplate_current_lineage_key" ON "TrajectoryTemplate"("lineageId") WHERE "supersededAt" IS NULL;
CREATE UNIQUE INDEX "TrajectoryTemplate_current_key_key" ON "TrajectoryTemplate"("key") WHERE "supersededAt" IS NULL;
ALTER TABLE "TrajectoryTemplate" ADD CONSTRAINT "TrajectoryTemplate_version_check" CHECK ("version" >= 1);
ALTER TABLE "TemplateStep" ADD CONSTRAINT "TemplateStep_caseDueDaysBefore_check"
  CHECK ("caseDueDaysBefore" IS NULL OR "caseDueDaysBefore" >= 0);

-- The four seed programmes (lib/templates/seeds.ts) say as data what the code knew by kind.
UPDATE "TrajectoryTemplate" SET "introRequired" = true, "endsIn" = 'POOL' WHERE "key" = 'denkkader-polarisatie';
UPDATE "TrajectoryTemplate" SET "cohortReach" = 'SEVERAL_MUNICIPALITIES', "endsIn" = 'ALUMNI_NETWORK' WHERE "key" = 'polarisatiestrateeg';
UPDATE "TrajectoryTemplate" SET "cohortReach" = 'SEVERAL_MUNICIPALITIES' WHERE "key" = 'lerend-netwerk';

UPDATE "TemplateStep" s SET "isIntro" = true
  FROM "TrajectoryTemplate" t WHERE s."templateId" = t."id" AND t."key" = 'denkkader-polarisatie' AND s."kind" = 'INTRO';
UPDATE "TemplateStep" s SET "countsForCompletion" = true, "countsForEligibility" = true
  FROM "TrajectoryTemplate" t WHERE s."templateId" = t."id"
    AND ((t."key" = 'denkkader-polarisatie' AND s."kind" IN ('TRAINING_DAY', 'DEEPENING'))
      OR (t."key" = 'polarisatiestrateeg' AND s."kind" IN ('FRAMEWORK', 'ANALYSIS', 'SKILLS')));
UPDATE "TemplateStep" s SET "countsForCompletion" = true
  FROM "TrajectoryTemplate" t WHERE s."templateId" = t."id" AND t."key" = 'strategie-ondersteuning';
UPDATE "TemplateStep" s SET "caseDueDaysBefore" = 0
  FROM "TrajectoryTemplate" t WHERE s."templateId" = t."id" AND t."key" = 'denkkader-polarisatie' AND s."kind" = 'TRAINING_DAY';
UPDATE "TemplateStep" s SET "caseDueDaysBefore" = 7
  FROM "TrajectoryTemplate" t WHERE s."templateId" = t."id" AND t."key" = 'polarisatiestrateeg' AND s."kind" = 'ANALYSIS';
UPDATE "TemplateStep" s SET "isIntervisie" = true
  FROM "TrajectoryTemplate" t WHERE s."templateId" = t."id"
    AND t."key" IN ('denkkader-polarisatie', 'polarisatiestrateeg') AND s."kind" = 'INTERVISIE';
