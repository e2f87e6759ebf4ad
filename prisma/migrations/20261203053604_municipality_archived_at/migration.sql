-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "archivedAt" TIMESTAMPTZ(3);

