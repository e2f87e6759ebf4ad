-- AlterTable
ALTER TABLE "User" ADD COLUMN     "reminderOptOuts" TEXT[] DEFAULT ARRAY[]::TEXT[];

