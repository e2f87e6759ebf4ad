// R4: completing a cohort completes who attended the steps the template marks for
// completion, or got the trainer's make-up decision (ADR 0024) — through the actions.
import { describe, expect, it } from "vitest";
import { statusAction } from "@/app/trainer/cohorts/[id]/actions";
import { recordMakeUpAction } from "@/app/trainer/sessions/[id]/actions";
import { idle } from "@/lib/actions/state";
import { cohortPage } from "@/lib/cohorts/read-models";
import { db } from "@/lib/db/client";
import { form } from "../../support/form";
import { signInAs } from "../../support/session";
import { expectNothingWritten } from "../../support/writes";
import { makeAttendees, makeCohort, makeTrajectoryWithIntro, motivation } from "../recruitment/builders";

const DAY = 86_400_000;

/** A running cohort with a held training day and deepening: `done` present at both, `missed` absent at the deepening, `excused` excused at the training day. */
async function heldCohort() {
  const prisma = await db();
  const tenant = await makeTrajectoryWithIntro();
  const cohort = await makeCohort(tenant.trajectory.id);
  await prisma.cohort.update({ where: { id: cohort.id }, data: { status: "RUNNING" } });
  const [done, missed, excused] = await makeAttendees(tenant.municipality.id, tenant.intro.id, 3);
  await prisma.enrollment.createMany({
    data: [done, missed, excused].map((person) => ({
      cohortId: cohort.id,
      trajectoryId: tenant.trajectory.id,
      userId: person.id,
      status: "ACCEPTED" as const,
      motivation,
    })),
  });
  const session = (kind: string, daysAgo: number) =>
    prisma.session.create({
      data: {
        municipalityId: tenant.municipality.id,
        trajectoryId: tenant.trajectory.id,
        cohortId: cohort.id,
        kind,
        startsAt: new Date(Date.now() - daysAgo * DAY),
        endsAt: new Date(Date.now() - daysAgo * DAY + 4 * 3_600_000),
      },
    });
  const trainingDay = await session("TRAINING_DAY", 20);
  const deepening = await session("DEEPENING", 10);
  await prisma.attendance.createMany({
    data: [
      { sessionId: trainingDay.id, userId: done.id, status: "PRESENT" },
      { sessionId: trainingDay.id, userId: missed.id, status: "PRESENT" },
      { sessionId: trainingDay.id, userId: excused.id, status: "EXCUSED" },
      { sessionId: deepening.id, userId: done.id, status: "PRESENT" },
      { sessionId: deepening.id, userId: missed.id, status: "ABSENT" },
    ],
  });
  const statusOf = async (userId: string) =>
    (await prisma.enrollment.findFirstOrThrow({ where: { cohortId: cohort.id, userId } })).status;
  return { ...tenant, cohort, done, missed, excused, trainingDay, deepening, statusOf };
}

describe("R4 completing a cohort from attendance", () => {
  it("R4 completes only who was present at every step that counts; the others stay accepted, shown as not completed", async () => {
    const prisma = await db();
    const { cohort, trainer, done, missed, excused, statusOf } = await heldCohort();
    signInAs(trainer.id);
    expect(await statusAction(idle, form({ cohortId: cohort.id, status: "COMPLETED" }))).toMatchObject({
      status: "success",
    });
    expect([await statusOf(done.id), await statusOf(missed.id), await statusOf(excused.id)]).toEqual([
      "COMPLETED",
      "ACCEPTED",
      "ACCEPTED",
    ]);
    expect(
      await prisma.auditEvent.count({
        where: { action: "enrollment.complete", data: { path: ["cohortId"], equals: cohort.id } },
      }),
    ).toBe(1);

    const page = await cohortPage(trainer, cohort.id, new Date());
    expect(page?.count).toEqual({ kind: "completed", completed: 1, participants: 3 });
    expect(Object.fromEntries(page!.accepted.map((p) => [p.userId, p.completed]))).toEqual({
      [done.id]: true,
      [missed.id]: false,
      [excused.id]: false,
    });
  });

  it("R4 a make-up decision needs a reason and an absence; recorded after completion it completes the participant then", async () => {
    const prisma = await db();
    const { cohort, trainer, done, missed, deepening, statusOf } = await heldCohort();
    signInAs(trainer.id);
    await statusAction(idle, form({ cohortId: cohort.id, status: "COMPLETED" }));

    const blank = await expectNothingWritten(() =>
      recordMakeUpAction(idle, form({ sessionId: deepening.id, userId: missed.id, reason: "   " })),
    );
    expect(blank.status === "error" && blank.fieldErrors?.reason).toEqual(["Vul de reden van het inhaalbesluit in."]);
    const present = await expectNothingWritten(() =>
      recordMakeUpAction(idle, form({ sessionId: deepening.id, userId: done.id, reason: "Opdracht gemaakt." })),
    );
    expect(present).toMatchObject({ status: "error", rule: "R4" });
    expect(present.status === "error" && present.message).toMatch(/niet als afwezig of afgemeld genoteerd/);

    expect(
      await recordMakeUpAction(
        idle,
        form({
          sessionId: deepening.id,
          userId: missed.id,
          reason: "Inhaalopdracht over de stille middengroep gemaakt.",
        }),
      ),
    ).toMatchObject({
      status: "success",
      message: "Het inhaalbesluit is vastgelegd. Deze deelnemer heeft de trainingsgroep nu afgerond.",
    });
    expect(await statusOf(missed.id)).toBe("COMPLETED");
    const attendance = await prisma.attendance.findUniqueOrThrow({
      where: { sessionId_userId: { sessionId: deepening.id, userId: missed.id } },
    });
    expect([attendance.status, attendance.makeUpReason, attendance.makeUpById]).toEqual([
      "ABSENT",
      "Inhaalopdracht over de stille middengroep gemaakt.",
      trainer.id,
    ]);
    expect(await prisma.auditEvent.count({ where: { action: "attendance.madeUp", entityId: attendance.id } })).toBe(1);
  });

  it("R4 a make-up recorded before completion counts when the cohort is completed; one step made up is not enough", async () => {
    const { cohort, trainer, missed, excused, trainingDay, deepening, statusOf } = await heldCohort();
    signInAs(trainer.id);
    expect(
      await recordMakeUpAction(idle, form({ sessionId: deepening.id, userId: missed.id, reason: "Opdracht gemaakt." })),
    ).toMatchObject({ status: "success", message: "Het inhaalbesluit is vastgelegd." });
    expect(
      await recordMakeUpAction(
        idle,
        form({ sessionId: trainingDay.id, userId: excused.id, reason: "Gesprek gevoerd." }),
      ),
    ).toMatchObject({ status: "success" });
    expect(await statusOf(missed.id)).toBe("ACCEPTED");
    await statusAction(idle, form({ cohortId: cohort.id, status: "COMPLETED" }));
    expect([await statusOf(missed.id), await statusOf(excused.id)]).toEqual(["COMPLETED", "ACCEPTED"]);
  });

  it("R4 the intro does not count for completion: no make-up there", async () => {
    const { trainer, intro, done } = await heldCohort();
    signInAs(trainer.id);
    const state = await expectNothingWritten(() =>
      recordMakeUpAction(idle, form({ sessionId: intro.id, userId: done.id, reason: "Opdracht gemaakt." })),
    );
    expect(state).toMatchObject({ status: "error", rule: "R4" });
  });
});
