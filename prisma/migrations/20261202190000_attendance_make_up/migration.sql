-- AlterTable
ALTER TABLE "Attendance" ADD COLUMN     "makeUpAt" TIMESTAMPTZ(3),
ADD COLUMN     "makeUpById" UUID,
ADD COLUMN     "makeUpReason" TEXT;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_makeUpById_fkey" FOREIGN KEY ("makeUpById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

