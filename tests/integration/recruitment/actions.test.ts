import { describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { withdrawOwnAction } from "@/app/staff/enrollments/actions";
import { applyAction, registerAction } from "@/app/staff/recruitment/actions";
import { acceptAction, capacityAction, withdrawAction } from "@/app/trainer/cohorts/[id]/actions";
import { createCohortAction } from "@/app/trainer/trajectories/[id]/cohorts/actions";
import { db } from "@/lib/db/client";
import { makeTenant } from "../../support/fixtures";
import { signInAs } from "../../support/session";
import { makeAttendees, makeCohort, makeTrajectoryWithIntro, motivation } from "./builders";
import { form } from "../../support/form";

describe("recruitment actions: roles, municipalities and outcomes", () => {
  it("R20 staff cannot use trainer actions, and trainers of another municipality are refused", async () => {
    const prisma = await db();
    const { municipality, intro, trajectory } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id, { autoAccept: false });
    const [person] = await makeAttendees(municipality.id, intro.id, 1);
    signInAs(person.id);
    const applied = await applyAction(idle, form({ cohortId: cohort.id, motivation }));
    expect(applied).toMatchObject({ status: "success", data: "APPLIED" });
    const enrollment = await prisma.enrollment.findFirstOrThrow({ where: { userId: person.id } });

    expect(await acceptAction(idle, form({ enrollmentId: enrollment.id }))).toMatchObject({
      status: "error",
      message: "U heeft geen toegang tot dit onderdeel.",
    });
    expect(await createCohortAction(idle, form({ trajectoryId: trajectory.id, name: "X" }))).toMatchObject({
      status: "error",
    });

    const stranger = await makeTenant();
    signInAs(stranger.trainer.id);
    expect(await acceptAction(idle, form({ enrollmentId: enrollment.id }))).toMatchObject({
      status: "error",
      message: "U heeft geen toegang tot dit onderdeel.",
    });
    expect(await capacityAction(idle, form({ cohortId: cohort.id, capacity: "4" }))).toMatchObject({ status: "error" });
    signInAs(stranger.staff.id);
    expect(await withdrawOwnAction(idle, form({ enrollmentId: enrollment.id }))).toMatchObject({ status: "error" });
    expect(await registerAction(idle, form({ sessionId: intro.id }))).toMatchObject({ status: "error" });
    expect((await prisma.enrollment.findUniqueOrThrow({ where: { id: enrollment.id } })).status).toBe("APPLIED");
    expect((await prisma.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).capacity).toBe(16);
  });

  it("the trainer accepts with the R5 warning in the outcome, and a withdrawal reports the promotion (R2)", async () => {
    const prisma = await db();
    const { municipality, intro, trajectory, trainer } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id, { capacity: 1, autoAccept: false });
    const [a, b] = await makeAttendees(municipality.id, intro.id, 2, { workField: "POLICE" });
    for (const person of [a, b]) {
      signInAs(person.id);
      await applyAction(idle, form({ cohortId: cohort.id, motivation }));
    }
    const [first, second] = await prisma.enrollment.findMany({
      where: { cohortId: cohort.id },
      orderBy: { appliedAt: "asc" },
    });
    signInAs(trainer.id);
    const accepted = await acceptAction(idle, form({ enrollmentId: first.id }));
    expect(accepted).toMatchObject({
      status: "success",
      data: "ACCEPTED",
      warnings: [expect.stringMatching(/^Meer dan de helft van de groep/)],
    });
    expect(await acceptAction(idle, form({ enrollmentId: second.id }))).toMatchObject({
      status: "success",
      data: "WAITLISTED",
      message: expect.stringContaining("plaats 1"),
    });
    expect(await capacityAction(idle, form({ cohortId: cohort.id, capacity: "17" }))).toMatchObject({
      status: "error",
      fieldErrors: { capacity: [expect.any(String)] },
    });
    const withdrawn = await withdrawAction(idle, form({ enrollmentId: first.id }));
    expect(withdrawn).toMatchObject({
      status: "success",
      message: expect.stringContaining("1 persoon van de wachtlijst geplaatst"),
    });
  });
});
