// Builders for recruitment tests: a trajectory of the default template with an intro.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { WorkField } from "@/lib/generated/prisma/client";
import { makeTenant, makeTrajectory } from "../../support/fixtures";

const DAY = 86_400_000;

export async function makeTrajectoryWithIntro(
  options: { introDaysFromNow?: number; registrationOpen?: boolean; introCapacity?: number } = {},
) {
  const prisma = await db();
  const tenant = await makeTenant();
  const trajectory = await makeTrajectory(tenant);
  const startsAt = new Date(Date.now() + (options.introDaysFromNow ?? -30) * DAY);
  const intro = await prisma.session.create({
    data: {
      municipalityId: tenant.municipality.id,
      trajectoryId: trajectory.id,
      kind: "INTRO",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      capacity: options.introCapacity ?? 120,
      registrationOpen: options.registrationOpen ?? false,
    },
  });
  return { ...tenant, trajectory, intro };
}

export async function makeCohort(
  trajectoryId: string,
  options: { capacity?: number; autoAccept?: boolean; name?: string } = {},
) {
  return (await db()).cohort.create({
    data: {
      trajectoryId,
      name: options.name ?? `Groep ${randomUUID().slice(0, 4)}`,
      capacity: options.capacity ?? 16,
      autoAccept: options.autoAccept ?? true,
    },
  });
}

/** `count` staff members of the municipality, marked present (or absent) at the intro. */
export async function makeAttendees(
  municipalityId: string,
  introId: string,
  count: number,
  options: { workField?: WorkField; status?: "PRESENT" | "ABSENT" } = {},
) {
  const prisma = await db();
  const batch = randomUUID().slice(0, 8);
  const data = Array.from({ length: count }, (_, index) => ({
    name: `Medewerker ${batch} ${String(index).padStart(3, "0")}`,
    email: `${batch}.${index}@example.test`,
    role: "STAFF" as const,
    municipalityId,
    workField: options.workField ?? "OOV",
  }));
  await prisma.user.createMany({ data });
  const users = await prisma.user.findMany({
    where: { email: { in: data.map((row) => row.email) } },
    orderBy: { name: "asc" },
  });
  await prisma.attendance.createMany({
    data: users.map((user) => ({ sessionId: introId, userId: user.id, status: options.status ?? "PRESENT" })),
  });
  return users;
}

export const motivation = "Ik wil leren hoe ik de stille middengroep bereik.";
