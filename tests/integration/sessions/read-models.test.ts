// The trainer's and the staff member's screens get their data from read models that
// authorise inside (R20): a trainer of another municipality, or one not assigned anywhere,
// gets null — the page then shows "not found" — and so does an id that is not one.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { newSessionPage, sessionCalendarFile, sessionPage, staffSchedulePage } from "@/lib/sessions/read-models";
import { newTrajectoryPage, trainerStartPage, trajectoryPage } from "@/lib/trajectories/read-models";
import { createTrajectory } from "@/lib/trajectories/service";
import { defaultTemplate, makeTenant, makeUser } from "../../support/fixtures";

const DAY = 24 * 60 * 60 * 1000;

/** A trajectory with a cohort (staff accepted) and its training day ahead; a foreign and an unassigned trainer. */
async function setup() {
  const prisma = await db();
  const tenant = await makeTenant();
  const [other, unassigned, admin] = await Promise.all([makeTenant(), makeUser("TRAINER"), makeUser("ADMIN")]);
  const trajectory = await createTrajectory(tenant.trainer, {
    municipalityId: tenant.municipality.id,
    templateId: (await defaultTemplate()).id,
    title: "Traject",
  });
  const cohort = await prisma.cohort.create({
    data: {
      trajectoryId: trajectory.id,
      name: "Groep 1",
      enrollments: {
        create: [{ userId: tenant.staff.id, trajectoryId: trajectory.id, status: "ACCEPTED", motivation: "m" }],
      },
    },
  });
  const training = await prisma.session.create({
    data: {
      municipalityId: tenant.municipality.id,
      trajectoryId: trajectory.id,
      cohortId: cohort.id,
      kind: "TRAINING_DAY",
      startsAt: new Date(Date.now() + 20 * DAY),
      endsAt: new Date(Date.now() + 20 * DAY + 7 * 3600_000),
      trainers: { create: [{ trainerId: tenant.trainer.id }] },
    },
  });
  return {
    ...tenant,
    foreign: other.municipality,
    foreignTrainer: other.trainer,
    foreignCoordinator: other.coordinator,
    unassigned,
    admin,
    trajectory,
    cohort,
    training,
  };
}

describe("trajectory read models", () => {
  it("R20 a trajectory's page is its planners': its own trainer and an admin, not a foreign or unassigned trainer", async () => {
    const { trainer, admin, foreignTrainer, unassigned, staff, trajectory } = await setup();
    const page = await trajectoryPage(trainer, trajectory.id, new Date());
    expect(page?.title).toBe("Traject");
    expect(page?.plannable.map((step) => step.kind)).toEqual(["INTRO"]);
    expect((await trajectoryPage(admin, trajectory.id, new Date()))?.id).toBe(trajectory.id);
    for (const actor of [foreignTrainer, unassigned, staff])
      expect(await trajectoryPage(actor, trajectory.id, new Date())).toBeNull();
    expect(await trajectoryPage(trainer, "not-a-uuid", new Date())).toBeNull();
  });

  it("R20 the start page and 'new trajectory' offer only the trainer's own trajectories and municipalities", async () => {
    const { trainer, unassigned, foreignTrainer, staff, municipality, trajectory } = await setup();
    const start = await trainerStartPage(trainer, new Date());
    expect(start?.trajectories.map((t) => t.id)).toEqual([trajectory.id]);
    expect((await trainerStartPage(foreignTrainer, new Date()))?.trajectories).toEqual([]);
    expect(await trainerStartPage(staff, new Date())).toBeNull();
    expect((await newTrajectoryPage(trainer))?.municipalities.map((m) => m.id)).toEqual([municipality.id]);
    expect((await newTrajectoryPage(trainer))?.leadTrainers).toBeNull();
    expect((await newTrajectoryPage(unassigned))?.municipalities).toEqual([]);
    expect(await newTrajectoryPage(staff)).toBeNull();
  });
});

describe("session read models", () => {
  it("R20 a session's page is its planners', with what moving it offers while it is still to come (R10)", async () => {
    const { trainer, admin, foreignTrainer, unassigned, coordinator, training } = await setup();
    const page = await sessionPage(trainer, training.id, new Date());
    expect(page?.label.nl).toBe("Trainingsdag");
    expect(page?.attendanceList).toHaveLength(1);
    expect(page?.reschedule?.chosenTrainerIds).toEqual([trainer.id]);
    expect(page?.shownStatus).toBe("SCHEDULED");
    expect((await sessionPage(admin, training.id, new Date()))?.id).toBe(training.id);
    const afterwards = await sessionPage(trainer, training.id, new Date(Date.now() + 30 * DAY));
    expect([afterwards?.shownStatus, afterwards?.reschedule]).toEqual(["HELD", null]);
    for (const actor of [foreignTrainer, unassigned, coordinator]) {
      expect(await sessionPage(actor, training.id, new Date())).toBeNull();
    }
    expect(await sessionPage(trainer, "1234", new Date())).toBeNull();
  });

  it("R20 planning a session is for the trajectory's planners, and only for a cohort of that trajectory", async () => {
    const { trainer, foreign, foreignTrainer, unassigned, trajectory, cohort } = await setup();
    const now = new Date();
    const intro = await newSessionPage(trainer, trajectory.id, {}, now);
    expect([intro?.plan?.kind, intro?.plan?.chosenTrainerIds]).toEqual(["INTRO", [trainer.id]]);
    const forCohort = await newSessionPage(trainer, trajectory.id, { cohortId: cohort.id }, now);
    expect(forCohort?.cohort?.name).toBe("Groep 1");
    expect(await newSessionPage(trainer, trajectory.id, { kind: "NO_SUCH_STEP" }, now)).toMatchObject({ plan: null });
    const elsewhere = await createTrajectory(foreignTrainer, {
      municipalityId: foreign.id,
      templateId: (await defaultTemplate()).id,
      title: "Elders",
    });
    expect(forCohort?.plan).toMatchObject({ kind: "DEEPENING", waitingFor: null });
    // Before its training day is planned, a cohort's deepening waits for it, and the page says so.
    const waiting = await (await db()).cohort.create({ data: { trajectoryId: elsewhere.id, name: "Groep E" } });
    const deepening = await newSessionPage(
      foreignTrainer,
      elsewhere.id,
      { cohortId: waiting.id, kind: "DEEPENING" },
      now,
    );
    expect(deepening?.plan).toMatchObject({ suggestions: [], waitingFor: { nl: "Trainingsdag", en: "Training day" } });
    expect(await newSessionPage(trainer, elsewhere.id, {}, now)).toBeNull();
    expect(await newSessionPage(trainer, trajectory.id, { cohortId: elsewhere.id }, now)).toBeNull();
    for (const actor of [foreignTrainer, unassigned])
      expect(await newSessionPage(actor, trajectory.id, {}, now)).toBeNull();
  });

  it("R20 a session's calendar file is for whoever takes part in it and for its municipality's planners and coordinator", async () => {
    const { trainer, staff, colleague, coordinator, foreignTrainer, foreignCoordinator, unassigned, training } =
      await setup();
    const file = (actor: Parameters<typeof sessionCalendarFile>[0]) =>
      sessionCalendarFile(actor, training.id, "nl", "https://middengrond.example");
    for (const actor of [trainer, staff, coordinator]) expect(await file(actor)).toContain("BEGIN:VEVENT");
    for (const actor of [colleague, foreignTrainer, foreignCoordinator, unassigned])
      expect(await file(actor)).toBeNull();
    expect(await sessionCalendarFile(trainer, "x", "nl", "")).toBeNull();
  });

  it("the staff start page shows the member's own sessions and cases, and is nobody else's", async () => {
    const { staff, colleague, trainer, training } = await setup();
    expect((await staffSchedulePage(staff, new Date()))?.sessions.map((s) => s.id)).toEqual([training.id]);
    expect((await staffSchedulePage(colleague, new Date()))?.sessions).toEqual([]);
    expect(await staffSchedulePage(trainer, new Date())).toBeNull();
  });
});
