-- CreateIndex
CREATE INDEX "Attendance_sessionId_status_userId_idx" ON "Attendance"("sessionId", "status", "userId");

-- CreateIndex
CREATE INDEX "Session_municipalityId_kind_startsAt_idx" ON "Session"("municipalityId", "kind", "startsAt");

