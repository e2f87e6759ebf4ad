import { describe, expect, it } from "vitest";
import { applyAction, registerAction } from "@/app/staff/recruitment/actions";
import { admitAction } from "@/app/trainer/cohorts/[id]/actions";
import type { Actor } from "@/lib/auth/access";
import { changeCohortCapacity, changeCohortStatus, createCohort } from "@/lib/cohorts/service";
import { idle } from "@/lib/actions/state";
import { db } from "@/lib/db/client";
import { AccessDenied, RuleViolation } from "@/lib/errors";
import {
  acceptApplication,
  admitWithOverride,
  applyForCohort,
  cancelIntroRegistration,
  registerForIntro,
  withdrawEnrollment,
} from "@/lib/recruitment/service";
import { makeTenant } from "../../support/fixtures";
import { form } from "../../support/form";
import { signInAs } from "../../support/session";
import { expectNothingWritten } from "../../support/writes";
import { makeAttendees, makeCohort, makeTrajectoryWithIntro, motivation } from "./builders";

const staffActor = (user: { id: string; municipalityId: string | null }): Actor => ({
  id: user.id,
  role: "STAFF",
  municipalityId: user.municipalityId,
});

/** Asserts the use case is refused with `rule` and wrote nothing (R21). */
async function refused(rule: string, work: () => Promise<unknown>) {
  const error = await expectNothingWritten(() =>
    work().then(
      () => null,
      (caught: unknown) => caught,
    ),
  );
  expect(error).toBeInstanceOf(RuleViolation);
  expect((error as RuleViolation).rule).toBe(rule);
}

describe("R3 only intro attendees apply", () => {
  it("R3 refuses someone absent from the intro and writes nothing", async () => {
    const { municipality, intro, trajectory } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id);
    const [absent] = await makeAttendees(municipality.id, intro.id, 1, { status: "ABSENT" });
    await refused("R3", () => applyForCohort(staffActor(absent), { cohortId: cohort.id, motivation }));
  });

  it("R3 the server action returns the translated message naming the rule", async () => {
    const { municipality, intro, trajectory } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id);
    const [absent] = await makeAttendees(municipality.id, intro.id, 1, { status: "ABSENT" });
    signInAs(absent.id);
    const state = await applyAction(idle, form({ cohortId: cohort.id, motivation }));
    expect(state).toMatchObject({ status: "error", rule: "R3" });
    expect(state.status === "error" && state.message).toContain(
      "want alleen wie bij de introductiebijeenkomst van dit traject aanwezig was",
    );
    expect(await (await db()).enrollment.count({ where: { cohortId: cohort.id } })).toBe(0);
  });

  it("R3 a trainer admits someone absent with a recorded, audited reason; a blank reason is refused", async () => {
    const prisma = await db();
    const { municipality, intro, trajectory, trainer } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id);
    const [absent] = await makeAttendees(municipality.id, intro.id, 1, { status: "ABSENT" });
    await refused("R3", () => admitWithOverride(trainer, { cohortId: cohort.id, userId: absent.id, reason: "   " }));

    signInAs(trainer.id);
    expect(await admitAction(idle, form({ cohortId: cohort.id, userId: absent.id, reason: "" }))).toMatchObject({
      status: "error",
      fieldErrors: { reason: [expect.stringContaining("reden")] },
    });

    const placement = await admitWithOverride(trainer, {
      cohortId: cohort.id,
      userId: absent.id,
      reason: "Was verhinderd; heeft de opname bekeken.",
    });
    expect(placement.status).toBe("ACCEPTED");
    const enrollment = await prisma.enrollment.findUniqueOrThrow({ where: { id: placement.enrollmentId } });
    expect(enrollment).toMatchObject({
      overrideReason: "Was verhinderd; heeft de opname bekeken.",
      overriddenById: trainer.id,
    });
    expect(
      await prisma.auditEvent.count({
        where: { entityId: enrollment.id, action: "enrollment.override", actorId: trainer.id },
      }),
    ).toBe(1);
  });
});

describe("R4 one active cohort per trajectory", () => {
  it("R4 refuses a second cohort of the same trajectory and writes nothing", async () => {
    const { municipality, intro, trajectory } = await makeTrajectoryWithIntro();
    const [first, second] = [await makeCohort(trajectory.id), await makeCohort(trajectory.id)];
    const [person] = await makeAttendees(municipality.id, intro.id, 1);
    await applyForCohort(staffActor(person), { cohortId: first.id, motivation });
    await refused("R4", () => applyForCohort(staffActor(person), { cohortId: second.id, motivation }));
  });

  it("R4 two simultaneous applications by one person: the database lets exactly one through", async () => {
    const prisma = await db();
    const { municipality, intro, trajectory } = await makeTrajectoryWithIntro();
    const cohorts = [await makeCohort(trajectory.id), await makeCohort(trajectory.id), await makeCohort(trajectory.id)];
    const [person] = await makeAttendees(municipality.id, intro.id, 1);
    const outcomes = await Promise.allSettled(
      cohorts.map((cohort) => applyForCohort(staffActor(person), { cohortId: cohort.id, motivation })),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes.filter((o) => o.status === "rejected")) {
      expect((outcome as PromiseRejectedResult).reason).toMatchObject({ rule: "R4" });
    }
    expect(await prisma.enrollment.count({ where: { userId: person.id } })).toBe(1);
  });

  it("R4 the same person applying three times at once to one cohort: one place, each told it, applied, audited and mailed once", async () => {
    const prisma = await db();
    const { municipality, intro, trajectory } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id, { capacity: 1 });
    const [person] = await makeAttendees(municipality.id, intro.id, 1);
    const placements = await Promise.all(
      [1, 2, 3].map(() => applyForCohort(staffActor(person), { cohortId: cohort.id, motivation })),
    );
    const [enrollment] = await prisma.enrollment.findMany({ where: { cohortId: cohort.id } });
    expect(placements.map(({ enrollmentId, status }) => ({ enrollmentId, status }))).toEqual(
      Array(3).fill({ enrollmentId: enrollment.id, status: "ACCEPTED" }),
    );
    expect(placements.filter((placement) => !placement.already)).toHaveLength(1);
    expect(await prisma.enrollment.count({ where: { cohortId: cohort.id } })).toBe(1);
    expect(
      await prisma.auditEvent.count({
        where: { action: "enrollment.apply", data: { path: ["userId"], equals: person.id } },
      }),
    ).toBe(1);
    expect(await prisma.outboxMail.count({ where: { userId: person.id } })).toBe(1);
  });

  it("R4 someone who withdrew may apply again", async () => {
    const { municipality, intro, trajectory } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id);
    const [person] = await makeAttendees(municipality.id, intro.id, 1);
    const first = await applyForCohort(staffActor(person), { cohortId: cohort.id, motivation });
    await withdrawEnrollment(staffActor(person), { enrollmentId: first.enrollmentId });
    const again = await applyForCohort(staffActor(person), { cohortId: cohort.id, motivation });
    expect(again).toMatchObject({ enrollmentId: first.enrollmentId, status: "ACCEPTED" });
  });
});

describe("applying again to the cohort you are in (a retry whose answer was lost)", () => {
  it("answers with the place you have, writes nothing and sends no second mail", async () => {
    const prisma = await db();
    const { municipality, intro, trajectory } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id);
    const [person] = await makeAttendees(municipality.id, intro.id, 1);
    const first = await applyForCohort(staffActor(person), { cohortId: cohort.id, motivation });
    const again = await expectNothingWritten(
      () => applyForCohort(staffActor(person), { cohortId: cohort.id, motivation }),
      "applying again writes nothing",
    );
    expect(again).toMatchObject({ enrollmentId: first.enrollmentId, status: "ACCEPTED", place: null, already: true });
    expect(await prisma.outboxMail.count({ where: { userId: person.id } })).toBe(1);
  });

  it("on the waiting list: the action says you are already on it, and at which place", async () => {
    const { municipality, intro, trajectory } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id, { capacity: 1, name: "Groep Wacht" });
    const people = await makeAttendees(municipality.id, intro.id, 3);
    for (const person of people) await applyForCohort(staffActor(person), { cohortId: cohort.id, motivation });
    signInAs(people[2].id);
    const state = await expectNothingWritten(() => applyAction(idle, form({ cohortId: cohort.id, motivation })));
    expect(state).toMatchObject({
      status: "success",
      data: "WAITLISTED",
      message: "U staat al op de wachtlijst van Groep Wacht, plaats 2; er is niets veranderd.",
    });
  });

  it("an application the trainer has not decided on yet is answered as received, also after the cohort closed", async () => {
    const prisma = await db();
    const { municipality, intro, trajectory } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id, { autoAccept: false, name: "Groep Later" });
    const [person] = await makeAttendees(municipality.id, intro.id, 1);
    signInAs(person.id);
    await applyAction(idle, form({ cohortId: cohort.id, motivation }));
    await prisma.cohort.update({ where: { id: cohort.id }, data: { status: "RUNNING" } });
    const state = await expectNothingWritten(() => applyAction(idle, form({ cohortId: cohort.id, motivation })));
    expect(state).toMatchObject({
      status: "success",
      data: "APPLIED",
      message: "Uw aanmelding voor Groep Later was al ontvangen; de trainer beslist.",
    });
  });

  it("registering again for your intro answers with your registration and writes nothing, also once registration closed", async () => {
    const prisma = await db();
    const { staff, intro } = await makeTrajectoryWithIntro({ introDaysFromNow: 14, registrationOpen: true });
    signInAs(staff.id);
    expect(await registerAction(idle, form({ sessionId: intro.id }))).toMatchObject({ status: "success" });
    await prisma.session.update({ where: { id: intro.id }, data: { registrationOpen: false } });
    const state = await expectNothingWritten(() => registerAction(idle, form({ sessionId: intro.id })));
    expect(state).toMatchObject({
      status: "success",
      message: "U was al aangemeld voor de introductiebijeenkomst; uw aanmelding staat.",
    });
    expect(await prisma.introRegistration.count({ where: { sessionId: intro.id, status: "REGISTERED" } })).toBe(1);
  });
});

describe("R1 capacity", () => {
  it("R1 a cohort gets the template's capacity and never more than 16", async () => {
    const { trajectory, trainer } = await makeTrajectoryWithIntro();
    const cohort = await createCohort(trainer, { trajectoryId: trajectory.id, name: "Groep A", autoAccept: true });
    expect(cohort.capacity).toBe(16);
    await refused("R1", () =>
      createCohort(trainer, { trajectoryId: trajectory.id, name: "Te groot", capacity: 17, autoAccept: true }),
    );
  });

  it("R1 the capacity cannot drop below the accepted count; raising it promotes the waiting list (R2)", async () => {
    const prisma = await db();
    const { municipality, intro, trajectory, trainer } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id, { capacity: 2 });
    const people = await makeAttendees(municipality.id, intro.id, 3);
    for (const person of people) await applyForCohort(staffActor(person), { cohortId: cohort.id, motivation });
    await refused("R1", () => changeCohortCapacity(trainer, { cohortId: cohort.id, capacity: 1 }));
    const { promoted } = await changeCohortCapacity(trainer, { cohortId: cohort.id, capacity: 3 });
    expect(promoted).toHaveLength(1);
    expect(await prisma.enrollment.count({ where: { cohortId: cohort.id, status: "ACCEPTED" } })).toBe(3);
    expect((await prisma.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).status).toBe("FULL");
  });

  it("R1 without automatic placement an application waits for the trainer, who waitlists it when full", async () => {
    const prisma = await db();
    const { municipality, intro, trajectory, trainer } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id, { capacity: 1, autoAccept: false });
    const [a, b] = await makeAttendees(municipality.id, intro.id, 2);
    const first = await applyForCohort(staffActor(a), { cohortId: cohort.id, motivation });
    const second = await applyForCohort(staffActor(b), { cohortId: cohort.id, motivation });
    expect([first.status, second.status]).toEqual(["APPLIED", "APPLIED"]);
    expect(await prisma.outboxMail.count({ where: { userId: { in: [a.id, b.id] } } })).toBe(0);
    expect((await acceptApplication(trainer, { enrollmentId: first.enrollmentId })).status).toBe("ACCEPTED");
    expect(await acceptApplication(trainer, { enrollmentId: second.enrollmentId })).toMatchObject({
      status: "WAITLISTED",
      place: 1,
    });
    await refused("R1", () => acceptApplication(trainer, { enrollmentId: second.enrollmentId }));
    expect(await prisma.outboxMail.findMany({ where: { userId: b.id }, select: { kind: true } })).toEqual([
      { kind: "enrollment.waitlisted" },
    ]);
  });

  it("R1 a cohort that is running no longer takes applications", async () => {
    const prisma = await db();
    const { municipality, intro, trajectory } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id);
    await prisma.cohort.update({ where: { id: cohort.id }, data: { status: "RUNNING" } });
    const [person] = await makeAttendees(municipality.id, intro.id, 1);
    await refused("R1", () => applyForCohort(staffActor(person), { cohortId: cohort.id, motivation }));
  });
});

describe("cohort life cycle", () => {
  it("R4 cancelling a cohort withdraws its people (audited), so they can join another cohort; a closed cohort stays closed", async () => {
    const prisma = await db();
    const { municipality, intro, trajectory, trainer } = await makeTrajectoryWithIntro();
    const [cancelled, other] = [await makeCohort(trajectory.id, { capacity: 1 }), await makeCohort(trajectory.id)];
    const [a, b] = await makeAttendees(municipality.id, intro.id, 2);
    const first = await applyForCohort(staffActor(a), { cohortId: cancelled.id, motivation });
    const second = await applyForCohort(staffActor(b), { cohortId: cancelled.id, motivation });
    await changeCohortStatus(trainer, { cohortId: cancelled.id, status: "CANCELLED" });
    const statuses = await prisma.enrollment.findMany({ where: { cohortId: cancelled.id }, select: { status: true } });
    expect(statuses.map((row) => row.status)).toEqual(["WITHDRAWN", "WITHDRAWN"]);
    expect(
      await prisma.auditEvent.count({
        where: { entityId: { in: [first.enrollmentId, second.enrollmentId] }, action: "enrollment.withdraw" },
      }),
    ).toBe(2);
    expect((await applyForCohort(staffActor(a), { cohortId: other.id, motivation })).status).toBe("ACCEPTED");
    await refused("R1", () => changeCohortStatus(trainer, { cohortId: cancelled.id, status: "RUNNING" }));
  });

  it("R4 completing a running cohort whose sessions nobody attended completes nobody", async () => {
    const prisma = await db();
    const { municipality, intro, trajectory, trainer } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id);
    const [a] = await makeAttendees(municipality.id, intro.id, 1);
    const placement = await applyForCohort(staffActor(a), { cohortId: cohort.id, motivation });
    await refused("R1", () => changeCohortStatus(trainer, { cohortId: cohort.id, status: "COMPLETED" }));
    await changeCohortStatus(trainer, { cohortId: cohort.id, status: "RUNNING" });
    expect(await changeCohortStatus(trainer, { cohortId: cohort.id, status: "COMPLETED" })).toEqual({
      status: "COMPLETED",
      completed: 0,
      notCompleted: 1,
    });
    expect((await prisma.enrollment.findUniqueOrThrow({ where: { id: placement.enrollmentId } })).status).toBe(
      "ACCEPTED",
    );
  });
});

describe("R2 promotion", () => {
  it("R2 when an accepted participant withdraws, the first waitlisted is accepted, told, and it is audited", async () => {
    const prisma = await db();
    const { municipality, intro, trajectory, trainer } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id, { capacity: 1 });
    const [a, b, c] = await makeAttendees(municipality.id, intro.id, 3);
    const first = await applyForCohort(staffActor(a), { cohortId: cohort.id, motivation });
    const second = await applyForCohort(staffActor(b), { cohortId: cohort.id, motivation });
    const third = await applyForCohort(staffActor(c), { cohortId: cohort.id, motivation });
    expect([second.place, third.place]).toEqual([1, 2]);
    const { promoted } = await withdrawEnrollment(trainer, { enrollmentId: first.enrollmentId });
    expect(promoted).toEqual([second.enrollmentId]);
    expect((await prisma.enrollment.findUniqueOrThrow({ where: { id: second.enrollmentId } })).status).toBe("ACCEPTED");
    expect((await prisma.enrollment.findUniqueOrThrow({ where: { id: third.enrollmentId } })).status).toBe(
      "WAITLISTED",
    );
    const mail = await prisma.outboxMail.findFirstOrThrow({ where: { userId: b.id, kind: "enrollment.promoted" } });
    expect(mail.subject).toContain(cohort.name);
    expect(
      await prisma.auditEvent.count({ where: { entityId: second.enrollmentId, action: "enrollment.promote" } }),
    ).toBe(1);
    expect(
      await prisma.auditEvent.count({
        where: { entityId: first.enrollmentId, action: "enrollment.withdraw", actorId: trainer.id },
      }),
    ).toBe(1);
  });

  it("R2 the promotion mail is in the recipient's language", async () => {
    const prisma = await db();
    const { municipality, intro, trajectory } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id, { capacity: 1 });
    const [a, b] = await makeAttendees(municipality.id, intro.id, 2);
    await prisma.user.update({ where: { id: b.id }, data: { locale: "en", localeChosen: true } });
    const first = await applyForCohort(staffActor(a), { cohortId: cohort.id, motivation });
    await applyForCohort(staffActor(b), { cohortId: cohort.id, motivation });
    await withdrawEnrollment(staffActor(a), { enrollmentId: first.enrollmentId });
    expect(
      (await prisma.outboxMail.findFirstOrThrow({ where: { userId: b.id, kind: "enrollment.promoted" } })).subject,
    ).toMatch(/^A place became free/);
  });
});

describe("R5 work-field mix", () => {
  it("R5 warns, but still accepts, when more than half come from one work field", async () => {
    const { municipality, intro, trajectory } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id);
    const police = await makeAttendees(municipality.id, intro.id, 2, { workField: "POLICE" });
    const [care] = await makeAttendees(municipality.id, intro.id, 1, { workField: "CARE" });
    expect((await applyForCohort(staffActor(care), { cohortId: cohort.id, motivation })).warning).toMatchObject({
      count: 1,
      total: 1,
    });
    expect((await applyForCohort(staffActor(police[0]), { cohortId: cohort.id, motivation })).warning).toBeNull();
    const third = await applyForCohort(staffActor(police[1]), { cohortId: cohort.id, motivation });
    expect(third).toMatchObject({
      status: "ACCEPTED",
      warning: { rule: "R5", workField: "POLICE", count: 2, total: 3 },
    });
  });
});

describe("R20 and intro registration", () => {
  it("R20 staff of another municipality and unassigned trainers are refused", async () => {
    const { municipality, intro, trajectory } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id);
    const other = await makeTenant();
    const [person] = await makeAttendees(municipality.id, intro.id, 1);
    await expect(applyForCohort(staffActor(other.staff), { cohortId: cohort.id, motivation })).rejects.toBeInstanceOf(
      AccessDenied,
    );
    await expect(
      createCohort(other.trainer, { trajectoryId: trajectory.id, name: "X", autoAccept: true }),
    ).rejects.toBeInstanceOf(AccessDenied);
    const placement = await applyForCohort(staffActor(person), { cohortId: cohort.id, motivation });
    await expect(
      withdrawEnrollment(staffActor(other.staff), { enrollmentId: placement.enrollmentId }),
    ).rejects.toBeInstanceOf(AccessDenied);
    await expect(withdrawEnrollment(other.trainer, { enrollmentId: placement.enrollmentId })).rejects.toBeInstanceOf(
      AccessDenied,
    );
  });

  it("staff register for an open intro of their own municipality and can cancel; closed or full intros refuse (R3)", async () => {
    const prisma = await db();
    const { staff, colleague, intro, municipality } = await makeTrajectoryWithIntro({
      introDaysFromNow: 14,
      registrationOpen: true,
      introCapacity: 1,
    });
    const other = await makeTenant();
    await expect(registerForIntro(staffActor(other.staff), { sessionId: intro.id })).rejects.toBeInstanceOf(
      AccessDenied,
    );
    const { registration } = await registerForIntro(staffActor(staff), { sessionId: intro.id });
    expect(registration.status).toBe("REGISTERED");
    await refused("R3", () => registerForIntro(staffActor(colleague), { sessionId: intro.id }));
    await cancelIntroRegistration(staffActor(staff), { sessionId: intro.id });
    expect((await registerForIntro(staffActor(colleague), { sessionId: intro.id })).registration.status).toBe(
      "REGISTERED",
    );
    expect(
      await prisma.auditEvent.count({ where: { entity: "IntroRegistration", municipalityId: municipality.id } }),
    ).toBe(3);

    await prisma.session.update({ where: { id: intro.id }, data: { registrationOpen: false, capacity: 100 } });
    await refused("R3", () => registerForIntro(staffActor(staff), { sessionId: intro.id }));
  });
});
