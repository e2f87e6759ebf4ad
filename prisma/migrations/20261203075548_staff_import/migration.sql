-- CreateTable
CREATE TABLE "StaffImport" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "municipalityId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "expectedRows" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffImportRow" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "importId" UUID NOT NULL,
    "line" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "workField" "WorkField",
    "jobTitle" TEXT,
    "locale" TEXT,

    CONSTRAINT "StaffImportRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffImport_actorId_idx" ON "StaffImport"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffImportRow_importId_email_key" ON "StaffImportRow"("importId", "email");

-- AddForeignKey
ALTER TABLE "StaffImportRow" ADD CONSTRAINT "StaffImportRow_importId_fkey" FOREIGN KEY ("importId") REFERENCES "StaffImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

