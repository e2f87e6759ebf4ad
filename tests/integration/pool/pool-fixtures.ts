// Builders for the pool's integration tests: a trajectory with one cohort whose
// training day and deepening have taken place, and a pool.
import { db } from "@/lib/db/client";
import type { AttendanceStatus } from "@/lib/generated/prisma/client";
import { makeTenant, makeTrajectory } from "../../support/fixtures";

const DAY = 24 * 60 * 60 * 1000;
export const daysFromNow = (days: number, hour = 9) => {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
};

/** A tenant with a trajectory and one cohort whose two sessions were held (-30 and -20 days). */
export async function makeTrainedTenant(name?: string) {
  const prisma = await db();
  const tenant = await makeTenant(name);
  const trajectory = await makeTrajectory(tenant, {
    title: "Traject",
    status: "TRAINING",
  });
  const cohort = await prisma.cohort.create({
    data: { trajectoryId: trajectory.id, name: "Groep 1", status: "COMPLETED" },
  });
  const session = (kind: string, startsAt: Date, minutes: number) =>
    prisma.session.create({
      data: {
        municipalityId: tenant.municipality.id,
        trajectoryId: trajectory.id,
        cohortId: cohort.id,
        kind,
        startsAt,
        endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      },
    });
  const trainingDay = await session("TRAINING_DAY", daysFromNow(-30), 420);
  const deepening = await session("DEEPENING", daysFromNow(-20), 210);
  const attend = (sessionId: string, userId: string, status: AttendanceStatus = "PRESENT") =>
    prisma.attendance.create({ data: { sessionId, userId, status } });
  /** Marks `userId` at the training day and the deepening. */
  const graduate = async (userId: string, deepeningStatus: AttendanceStatus = "PRESENT") => {
    await attend(trainingDay.id, userId);
    await attend(deepening.id, userId, deepeningStatus);
  };
  return { ...tenant, trajectory, cohort, trainingDay, deepening, graduate };
}
