import type { Actor } from "@/lib/auth/access";
import { audit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import type { AttendanceStatus } from "@/lib/generated/prisma/client";

/**
 * Writes one person's attendance at a session in the caller's transaction, and audits it
 * (R22) when it changes `previous`. The callers decide first who may be recorded (R9, R15).
 */
export async function writeAttendance(
  tx: Tx,
  actor: Actor,
  session: { id: string; municipalityId: string },
  userId: string,
  status: AttendanceStatus,
  previous: AttendanceStatus | null,
) {
  const attendance = await tx.attendance.upsert({
    where: { sessionId_userId: { sessionId: session.id, userId } },
    create: { sessionId: session.id, userId, status, recordedById: actor.id },
    update: { status, recordedById: actor.id, recordedAt: new Date() },
  });
  if (previous !== status) {
    await audit(tx, {
      actor,
      action: "attendance.recorded",
      entity: "Attendance",
      entityId: attendance.id,
      municipalityId: session.municipalityId,
      data: { sessionId: session.id, userId, from: previous, to: status },
    });
  }
  return attendance;
}
