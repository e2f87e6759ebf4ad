import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { RuleViolation } from "@/lib/errors";
import { expectedParticipants } from "@/lib/sessions/participants";
import { recordAttendance, updateSessionNotes } from "@/lib/sessions/service";
import { createTrajectory } from "@/lib/trajectories/service";
import { defaultTemplate, makeTenant, makeUser } from "../../support/fixtures";

const DAY = 24 * 60 * 60 * 1000;

/** A trajectory whose intro and training day are history and whose deepening lies ahead. */
async function setup() {
  const tenant = await makeTenant();
  const prisma = await db();
  const template = await defaultTemplate();
  const trajectory = await createTrajectory(tenant.trainer, {
    municipalityId: tenant.municipality.id,
    templateId: template.id,
    title: "Traject",
  });
  const third = await makeUser("STAFF", { municipalityId: tenant.municipality.id, workField: "CARE" });
  const people = [tenant.staff.id, tenant.colleague.id, third.id];
  const cohort = await prisma.cohort.create({
    data: {
      trajectoryId: trajectory.id,
      name: "Groep",
      enrollments: {
        create: people.map((userId) => ({
          userId,
          trajectoryId: trajectory.id,
          status: "ACCEPTED" as const,
          motivation: "m",
        })),
      },
    },
  });
  const base = { municipalityId: tenant.municipality.id, trajectoryId: trajectory.id };
  const intro = await prisma.session.create({
    data: {
      ...base,
      kind: "INTRO",
      startsAt: new Date(Date.now() - 30 * DAY),
      endsAt: new Date(Date.now() - 30 * DAY + 2 * 3600_000),
      registrations: { create: [{ userId: tenant.staff.id }] },
    },
  });
  const training = await prisma.session.create({
    data: {
      ...base,
      cohortId: cohort.id,
      kind: "TRAINING_DAY",
      startsAt: new Date(Date.now() - 10 * DAY),
      endsAt: new Date(Date.now() - 10 * DAY + 7 * 3600_000),
    },
  });
  const deepening = await prisma.session.create({
    data: {
      ...base,
      cohortId: cohort.id,
      kind: "DEEPENING",
      startsAt: new Date(Date.now() + 5 * DAY),
      endsAt: new Date(Date.now() + 5 * DAY + 3.5 * 3600_000),
    },
  });
  return { ...tenant, third, trajectory, cohort, intro, training, deepening };
}

describe("attendance", () => {
  it("R10 attendance and notes can still be recorded after the session; each change is audited (R22)", async () => {
    const { trainer, staff, intro } = await setup();
    const prisma = await db();
    await recordAttendance(trainer, { sessionId: intro.id, userId: staff.id, status: "ABSENT" });
    await recordAttendance(trainer, { sessionId: intro.id, userId: staff.id, status: "PRESENT" });
    await recordAttendance(trainer, { sessionId: intro.id, userId: staff.id, status: "PRESENT" });
    const row = await prisma.attendance.findUniqueOrThrow({
      where: { sessionId_userId: { sessionId: intro.id, userId: staff.id } },
    });
    expect(row).toMatchObject({ status: "PRESENT", recordedById: trainer.id });
    const events = await prisma.auditEvent.findMany({
      where: { entity: "Attendance", entityId: row.id },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.data)).toEqual([
      { sessionId: intro.id, userId: staff.id, from: null, to: "ABSENT" },
      { sessionId: intro.id, userId: staff.id, from: "ABSENT", to: "PRESENT" },
    ]);
    expect(events.every((e) => e.actorId === trainer.id)).toBe(true);

    await updateSessionNotes(trainer, { sessionId: intro.id, notes: "Goede opkomst." });
    expect((await prisma.session.findUniqueOrThrow({ where: { id: intro.id } })).notes).toBe("Goede opkomst.");
  });

  it("R9 only people present at the training day are expected at the deepening", async () => {
    const { trainer, staff, colleague, third, training, deepening } = await setup();
    const prisma = await db();
    // before the training day's attendance is known, every accepted participant is expected
    expect((await expectedParticipants(prisma, deepening)).map((p) => p.id).sort()).toEqual(
      [staff.id, colleague.id, third.id].sort(),
    );
    await recordAttendance(trainer, { sessionId: training.id, userId: staff.id, status: "PRESENT" });
    await recordAttendance(trainer, { sessionId: training.id, userId: colleague.id, status: "ABSENT" });
    await recordAttendance(trainer, { sessionId: training.id, userId: third.id, status: "EXCUSED" });
    expect((await expectedParticipants(prisma, deepening)).map((p) => p.id)).toEqual([staff.id]);

    await recordAttendance(trainer, { sessionId: deepening.id, userId: staff.id, status: "PRESENT" });
    const error = await recordAttendance(trainer, {
      sessionId: deepening.id,
      userId: colleague.id,
      status: "PRESENT",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleViolation);
    expect([(error as RuleViolation).rule, (error as RuleViolation).key]).toEqual(["R9", "notAtTrainingDay"]);
    expect(await prisma.attendance.count({ where: { sessionId: deepening.id } })).toBe(1);
  });

  it("R9 someone not registered for the intro cannot be marked there", async () => {
    const { trainer, colleague, intro } = await setup();
    const error = await recordAttendance(trainer, {
      sessionId: intro.id,
      userId: colleague.id,
      status: "PRESENT",
    }).catch((e: unknown) => e);
    expect([(error as RuleViolation).rule, (error as RuleViolation).key]).toEqual(["R9", "notExpected"]);
    expect(await (await db()).attendance.count({ where: { sessionId: intro.id } })).toBe(0);
  });

  it("staff, coordinators and trainers of other municipalities cannot record attendance", async () => {
    const { staff, coordinator, intro } = await setup();
    const outsider = await makeTenant();
    for (const actor of [staff, coordinator, outsider.trainer]) {
      await expect(
        recordAttendance(actor, { sessionId: intro.id, userId: staff.id, status: "PRESENT" }),
      ).rejects.toThrow("access denied");
    }
    expect(await (await db()).attendance.count({ where: { sessionId: intro.id } })).toBe(0);
  });
});
