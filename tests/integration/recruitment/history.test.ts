// R10 by crafted requests: once a session has taken place its participants are history.
// Every write path that changes who takes part in a session is driven through its server
// action with a form the UI would never offer (the buttons are gone by then).
import { describe, expect, it } from "vitest";
import { inviteAlumnusAction } from "@/app/coordinator/pool/intervisie/actions";
import { withdrawOwnAction } from "@/app/staff/enrollments/actions";
import { applyAction, cancelRegistrationAction, registerAction } from "@/app/staff/recruitment/actions";
import {
  acceptAction,
  admitAction,
  capacityAction,
  statusAction,
  withdrawAction,
} from "@/app/trainer/cohorts/[id]/actions";
import { idle, type ActionState } from "@/lib/actions/state";
import { db } from "@/lib/db/client";
import { planIntervisie } from "@/lib/intervisie/service";
import { addPoolMember, changePoolMemberStatus } from "@/lib/pool/service";
import { daysFromNow, makeTrainedTenant } from "../pool/pool-fixtures";
import { form } from "../../support/form";
import { signInAs } from "../../support/session";
import { expectNothingWritten } from "../../support/writes";
import { makeAttendees, makeCohort, makeTrajectoryWithIntro, motivation } from "./builders";

const HOUR = 3_600_000;

/** Refused with R10 and the translated message naming it, and nothing written (R21). */
async function refusedR10(call: () => Promise<ActionState<unknown>>) {
  const state = await expectNothingWritten(call);
  expect(state).toMatchObject({ status: "error", rule: "R10" });
  expect(state.status === "error" && state.message).toMatch(/^[A-Z]/);
}

/** A recruiting cohort (as its status still says) whose training day started `hoursAgo` hours ago. */
async function cohortWithTrainingDay(hoursAgo: number, options: { capacity?: number; autoAccept?: boolean } = {}) {
  const prisma = await db();
  const tenant = await makeTrajectoryWithIntro();
  const cohort = await makeCohort(tenant.trajectory.id, options);
  const startsAt = new Date(Date.now() - hoursAgo * HOUR);
  const trainingDay = await prisma.session.create({
    data: {
      municipalityId: tenant.municipality.id,
      trajectoryId: tenant.trajectory.id,
      cohortId: cohort.id,
      kind: "TRAINING_DAY",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 7 * HOUR),
    },
  });
  const people = await makeAttendees(tenant.municipality.id, tenant.intro.id, 4);
  const enroll = (userId: string, status: "APPLIED" | "ACCEPTED" | "WAITLISTED", minutesAgo = 60) =>
    prisma.enrollment.create({
      data: {
        cohortId: cohort.id,
        trajectoryId: tenant.trajectory.id,
        userId,
        status,
        motivation,
        queuedAt: status === "WAITLISTED" ? new Date(Date.now() - minutesAgo * 60_000) : null,
      },
    });
  return { ...tenant, cohort, trainingDay, people, enroll };
}

describe("R10 intro meetings that have started", () => {
  it("R10 a crafted registration or cancellation for an intro that has started is refused, even with registration left open", async () => {
    const prisma = await db();
    const { intro, staff, colleague } = await makeTrajectoryWithIntro({ introDaysFromNow: 14, registrationOpen: true });
    await prisma.introRegistration.create({ data: { sessionId: intro.id, userId: colleague.id } });
    await prisma.session.update({
      where: { id: intro.id },
      data: { startsAt: new Date(Date.now() - HOUR), endsAt: new Date(Date.now() + HOUR) },
    });

    signInAs(staff.id);
    await refusedR10(() => registerAction(idle, form({ sessionId: intro.id })));
    signInAs(colleague.id);
    await refusedR10(() => cancelRegistrationAction(idle, form({ sessionId: intro.id })));
    expect(
      await prisma.introRegistration.findMany({
        where: { sessionId: intro.id },
        select: { userId: true, status: true },
      }),
    ).toEqual([{ userId: colleague.id, status: "REGISTERED" }]);
  });
});

describe("R10 a cohort whose first session has taken place", () => {
  it("R10 a crafted application is refused once the training day has started; before it, the same application is placed", async () => {
    const begun = await cohortWithTrainingDay(1);
    signInAs(begun.people[0].id);
    await refusedR10(() => applyAction(idle, form({ cohortId: begun.cohort.id, motivation })));

    const ahead = await cohortWithTrainingDay(-48);
    signInAs(ahead.people[0].id);
    expect(await applyAction(idle, form({ cohortId: ahead.cohort.id, motivation }))).toMatchObject({
      status: "success",
      data: "ACCEPTED",
    });
  });

  it("R10 the trainer can no longer accept an application or admit someone with an override", async () => {
    const { cohort, trainer, people, enroll } = await cohortWithTrainingDay(3, { autoAccept: false });
    const application = await enroll(people[0].id, "APPLIED");
    signInAs(trainer.id);
    await refusedR10(() => acceptAction(idle, form({ enrollmentId: application.id })));
    await refusedR10(() =>
      admitAction(idle, form({ cohortId: cohort.id, userId: people[1].id, reason: "Was ziek bij de intro." })),
    );
  });

  it("R10 an accepted participant is not withdrawn (by themselves or the trainer); a waitlisted one is, and nobody is promoted", async () => {
    const prisma = await db();
    const { cohort, trainer, people, enroll } = await cohortWithTrainingDay(30, { capacity: 2 });
    const accepted = await enroll(people[0].id, "ACCEPTED");
    const first = await enroll(people[1].id, "WAITLISTED", 90);
    const second = await enroll(people[2].id, "WAITLISTED", 30);

    signInAs(people[0].id);
    await refusedR10(() => withdrawOwnAction(idle, form({ enrollmentId: accepted.id })));
    signInAs(trainer.id);
    await refusedR10(() => withdrawAction(idle, form({ enrollmentId: accepted.id })));

    // A free place and a waiting list: without R10 the withdrawal would promote `second`.
    expect(await withdrawAction(idle, form({ enrollmentId: first.id }))).toMatchObject({ status: "success" });
    const statuses = await prisma.enrollment.findMany({
      where: { cohortId: cohort.id },
      select: { id: true, status: true },
      orderBy: { appliedAt: "asc" },
    });
    expect(Object.fromEntries(statuses.map((e) => [e.id, e.status]))).toEqual({
      [accepted.id]: "ACCEPTED",
      [first.id]: "WITHDRAWN",
      [second.id]: "WAITLISTED",
    });
    expect(await prisma.outboxMail.count({ where: { kind: "enrollment.promoted" } })).toBe(0);
  });

  it("R10 the capacity cannot change and the cohort cannot be cancelled away; it can still be completed", async () => {
    const prisma = await db();
    const { cohort, trainer, people, enroll } = await cohortWithTrainingDay(48, { capacity: 2 });
    const accepted = await enroll(people[0].id, "ACCEPTED");
    await enroll(people[1].id, "WAITLISTED");
    await prisma.cohort.update({ where: { id: cohort.id }, data: { status: "RUNNING" } });
    signInAs(trainer.id);
    await refusedR10(() => capacityAction(idle, form({ cohortId: cohort.id, capacity: "3" })));
    await refusedR10(() => statusAction(idle, form({ cohortId: cohort.id, status: "CANCELLED" })));
    expect(await statusAction(idle, form({ cohortId: cohort.id, status: "COMPLETED" }))).toMatchObject({
      status: "success",
    });
    // Nobody attended a step that counts (R4), so the participant stays accepted, not completed.
    expect((await prisma.enrollment.findUniqueOrThrow({ where: { id: accepted.id } })).status).toBe("ACCEPTED");
  });

  it("R10 a cancelled session does not count: the cohort's participants stay open until a held session starts", async () => {
    const prisma = await db();
    const { cohort, trainingDay, people } = await cohortWithTrainingDay(5);
    await prisma.session.update({ where: { id: trainingDay.id }, data: { status: "CANCELLED" } });
    signInAs(people[0].id);
    expect(await applyAction(idle, form({ cohortId: cohort.id, motivation }))).toMatchObject({
      status: "success",
      data: "ACCEPTED",
    });
  });
});

describe("R10 intervisie guests", () => {
  it("R10 an alumnus cannot be invited to an intervisie that has started; to a coming one they can", async () => {
    const prisma = await db();
    const tenant = await makeTrainedTenant();
    await tenant.graduate(tenant.colleague.id);
    const member = await addPoolMember(tenant.coordinator, {
      municipalityId: tenant.municipality.id,
      userId: tenant.colleague.id,
    });
    await changePoolMemberStatus(tenant.coordinator, { memberId: member.id, status: "ALUMNI" });
    const past = await planIntervisie(tenant.coordinator, {
      municipalityId: tenant.municipality.id,
      startsAt: daysFromNow(-2, 13),
      endsAt: daysFromNow(-2, 15),
      caseIds: [],
    });
    const coming = await planIntervisie(tenant.coordinator, {
      municipalityId: tenant.municipality.id,
      startsAt: daysFromNow(5, 13),
      endsAt: daysFromNow(5, 15),
      caseIds: [],
    });

    signInAs(tenant.coordinator.id);
    const state = await inviteAlumnusAction(idle, form({ sessionId: past.id, userId: tenant.colleague.id }));
    expect(state).toMatchObject({ status: "error", rule: "R10" });
    expect(await prisma.intervisieGuest.count({ where: { sessionId: past.id } })).toBe(0);
    expect(await inviteAlumnusAction(idle, form({ sessionId: coming.id, userId: tenant.colleague.id }))).toMatchObject({
      status: "success",
    });
  });
});
