// The cohort and recruitment screens get their data from read models that authorise
// inside (R20): a trainer of another municipality, or one not assigned anywhere, gets
// null — the page then shows "not found" — and so does an id that is not one.
import { describe, expect, it } from "vitest";
import { cohortPage, cohortsPage } from "@/lib/cohorts/read-models";
import { db } from "@/lib/db/client";
import { myEnrollmentsPage, recruitmentPage } from "@/lib/recruitment/read-models";
import { makeTenant, makeUser } from "../../support/fixtures";
import { makeAttendees, makeCohort, makeTrajectoryWithIntro } from "./builders";

const DAY = 24 * 60 * 60 * 1000;

async function setup() {
  const world = await makeTrajectoryWithIntro();
  const [other, unassigned, admin] = await Promise.all([makeTenant(), makeUser("TRAINER"), makeUser("ADMIN")]);
  const cohort = await makeCohort(world.trajectory.id, { capacity: 1 });
  const [first, second] = await makeAttendees(world.municipality.id, world.intro.id, 2);
  await (
    await db()
  ).enrollment.createMany({
    data: [
      { cohortId: cohort.id, trajectoryId: world.trajectory.id, userId: first.id, status: "ACCEPTED", motivation: "m" },
      {
        cohortId: cohort.id,
        trajectoryId: world.trajectory.id,
        userId: second.id,
        status: "WAITLISTED",
        motivation: "m",
        queuedAt: new Date(),
      },
    ],
  });
  return {
    ...world,
    foreignTrainer: other.trainer,
    foreignStaff: other.staff,
    unassigned,
    admin,
    cohort,
    first,
    second,
  };
}

describe("cohort read models", () => {
  it("R20 a trajectory's cohorts are its planners', with their places", async () => {
    const { trainer, admin, foreignTrainer, unassigned, staff, trajectory, cohort } = await setup();
    const page = await cohortsPage(trainer, trajectory.id);
    expect(page?.cohorts.map((c) => [c.id, c.accepted, c.waitlisted])).toEqual([[cohort.id, 1, 1]]);
    expect(page?.defaultCapacity).toBe(16);
    expect((await cohortsPage(admin, trajectory.id))?.trajectory.id).toBe(trajectory.id);
    for (const actor of [foreignTrainer, unassigned, staff]) expect(await cohortsPage(actor, trajectory.id)).toBeNull();
    expect(await cohortsPage(trainer, "groep-1")).toBeNull();
  });

  it("R20 a cohort's roster is its planners'; R10 fixes its participants once its first session has started", async () => {
    const { trainer, foreignTrainer, unassigned, coordinator, municipality, trajectory, cohort, first } = await setup();
    const roster = await cohortPage(trainer, cohort.id, new Date());
    expect(roster?.accepted.map((e) => e.userId)).toEqual([first.id]);
    expect(roster?.waitlist.map((e) => e.place)).toEqual([1]);
    expect([roster?.begun, roster?.statusOptions]).toEqual([false, ["RUNNING", "CANCELLED"]]);
    await (
      await db()
    ).session.create({
      data: {
        municipalityId: municipality.id,
        trajectoryId: trajectory.id,
        cohortId: cohort.id,
        kind: "TRAINING_DAY",
        startsAt: new Date(Date.now() + DAY),
        endsAt: new Date(Date.now() + DAY + 7 * 3600_000),
      },
    });
    const later = await cohortPage(trainer, cohort.id, new Date(Date.now() + 2 * DAY));
    expect([later?.begun, later?.statusOptions, later?.sessions[0].label.nl]).toEqual([
      true,
      ["RUNNING"],
      "Trainingsdag",
    ]);
    for (const actor of [foreignTrainer, unassigned, coordinator]) {
      expect(await cohortPage(actor, cohort.id, new Date())).toBeNull();
    }
    expect(await cohortPage(trainer, "", new Date())).toBeNull();
  });
});

describe("recruitment read models", () => {
  it("R20 staff see their own municipality's cohorts with where they stand; nobody else gets the page", async () => {
    const { first, second, foreignStaff, trainer, cohort } = await setup();
    const mine = (page: Awaited<ReturnType<typeof recruitmentPage>>) =>
      page?.cohorts.find((c) => c.id === cohort.id)?.mine;
    expect(mine(await recruitmentPage(first, new Date()))).toEqual({ status: "ACCEPTED", place: null });
    expect(mine(await recruitmentPage(second, new Date()))).toEqual({ status: "WAITLISTED", place: 1 });
    expect((await recruitmentPage(foreignStaff, new Date()))?.cohorts.some((c) => c.id === cohort.id)).toBe(false);
    expect(await recruitmentPage(trainer, new Date())).toBeNull();
  });

  it("R3/R4 someone who cannot apply gets why and what to do instead (the next open intro, the trainer), not the form", async () => {
    const { staff, first, trainer, trajectory, municipality, cohort } = await setup();
    const prisma = await db();
    const next = await prisma.session.create({
      data: {
        municipalityId: municipality.id,
        trajectoryId: trajectory.id,
        kind: "INTRO",
        startsAt: new Date(Date.now() + 10 * DAY),
        endsAt: new Date(Date.now() + 10 * DAY + 2 * 3_600_000),
        registrationOpen: true,
      },
    });
    const standing = async (actor: typeof staff) =>
      (await recruitmentPage(actor, new Date()))?.cohorts.find((c) => c.id === cohort.id);
    expect(await standing(staff)).toMatchObject({
      refusal: { rule: "R3", key: "notAtIntro" },
      nextIntro: { id: next.id, registered: false },
      trainer: trainer.name,
    });
    await prisma.introRegistration.create({ data: { sessionId: next.id, userId: staff.id } });
    expect((await standing(staff))?.nextIntro).toMatchObject({ id: next.id, registered: true });
    // `first` was at the intro and is in this cohort already: R4, and no form either.
    expect((await standing(first))?.refusal).toEqual({ rule: "R4", key: "alreadyInCohort" });
    const newcomer = await makeAttendees(
      municipality.id,
      (
        await prisma.session.findFirstOrThrow({
          where: { trajectoryId: trajectory.id, kind: "INTRO", registrationOpen: false },
        })
      ).id,
      1,
    );
    expect((await standing(newcomer[0]))?.refusal).toBeNull();
  });

  it("a staff member's enrollments are their own, marked active while they can be withdrawn", async () => {
    const { second, foreignStaff, trainer } = await setup();
    expect((await myEnrollmentsPage(second))?.map((e) => [e.status, e.place, e.active])).toEqual([
      ["WAITLISTED", 1, true],
    ]);
    expect(await myEnrollmentsPage(foreignStaff)).toEqual([]);
    expect(await myEnrollmentsPage(trainer)).toBeNull();
  });
});
