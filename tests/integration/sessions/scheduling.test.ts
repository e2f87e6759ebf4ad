import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { RuleViolation } from "@/lib/errors";
import { rescheduleSessionSchema, scheduleSessionSchema } from "@/lib/sessions/schemas";
import { cancelSession, rescheduleSession, scheduleSession } from "@/lib/sessions/service";
import { toLocalInput } from "@/lib/sessions/time";
import { changeTrajectoryStatus, createTrajectory } from "@/lib/trajectories/service";
import { defaultTemplate, makeTenant, makeUser } from "../../support/fixtures";

// A fixed "now" (Monday 1 March 2027, 08:00 local) keeps the dates readable.
const now = new Date("2027-03-01T07:00:00Z");

async function setup() {
  const tenant = await makeTenant();
  const template = await defaultTemplate();
  const trajectory = await createTrajectory(tenant.trainer, {
    municipalityId: tenant.municipality.id,
    templateId: template.id,
    title: "Traject voor de test",
  });
  return { ...tenant, template, trajectory };
}

function input(
  trajectoryId: string,
  trainerId: string,
  kind: string,
  date: string,
  time: string,
  durationMinutes: number,
  cohortId?: string,
) {
  return scheduleSessionSchema.parse({
    trajectoryId,
    cohortId: cohortId ?? "",
    kind,
    date,
    time,
    durationMinutes: String(durationMinutes),
    location: "Stadhuis",
    trainerIds: trainerId,
    capacity: kind === "INTRO" ? "80" : "",
    registrationOpen: kind === "INTRO" ? "on" : undefined,
  });
}

async function cohortWith(trajectoryId: string, people: string[]) {
  const prisma = await db();
  return prisma.cohort.create({
    data: {
      trajectoryId,
      name: "Groep A",
      enrollments: {
        create: people.map((userId) => ({ userId, trajectoryId, status: "ACCEPTED", motivation: "test" })),
      },
    },
  });
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RuleViolation);
  return error as RuleViolation;
}

const sessionCount = async (trajectoryId: string) => (await db()).session.count({ where: { trajectoryId } });

describe("trajectories", () => {
  it("a trainer creates a trajectory only for a municipality they are assigned to; it is audited", async () => {
    const { trajectory, trainer, template } = await setup();
    const prisma = await db();
    expect(trajectory.leadTrainerId).toBe(trainer.id);
    expect(trajectory.status).toBe("DRAFT");
    expect(await prisma.auditEvent.count({ where: { entityId: trajectory.id, action: "trajectory.created" } })).toBe(1);

    const other = await makeTenant();
    await expect(
      createTrajectory(trainer, { municipalityId: other.municipality.id, templateId: template.id, title: "Elders" }),
    ).rejects.toThrow("access denied");
    expect(await prisma.trajectory.count({ where: { municipalityId: other.municipality.id } })).toBe(0);
  });

  it("an admin picks an assigned trainer as lead", async () => {
    const { municipality, trainer, template } = await setup();
    const admin = await makeUser("ADMIN");
    const created = await createTrajectory(admin, {
      municipalityId: municipality.id,
      templateId: template.id,
      title: "Door beheer",
      leadTrainerId: trainer.id,
    });
    expect(created.leadTrainerId).toBe(trainer.id);
    const stranger = await makeUser("TRAINER");
    const error = await refusal(
      createTrajectory(admin, {
        municipalityId: municipality.id,
        templateId: template.id,
        title: "Niet gekoppeld",
        leadTrainerId: stranger.id,
      }),
    );
    expect([error.rule, error.key]).toEqual(["R20", "trainerNotAssigned"]);
  });

  it("R6 the phases go in order: a skipped phase is refused and nothing changes", async () => {
    const { trajectory, trainer } = await setup();
    const error = await refusal(changeTrajectoryStatus(trainer, { trajectoryId: trajectory.id, status: "POOL" }));
    expect(error.rule).toBe("R6");
    expect(error.key).toBe("statusOrder");
    const prisma = await db();
    expect((await prisma.trajectory.findUniqueOrThrow({ where: { id: trajectory.id } })).status).toBe("DRAFT");
    await changeTrajectoryStatus(trainer, { trajectoryId: trajectory.id, status: "INTRO" });
    expect(
      await prisma.auditEvent.count({ where: { entityId: trajectory.id, action: "trajectory.statusChanged" } }),
    ).toBe(1);
  });
});

describe("scheduling sessions", () => {
  it("schedules the intro with capacity and open registration, and moves the trajectory to the intro phase", async () => {
    const { trajectory, trainer } = await setup();
    const intro = await scheduleSession(
      trainer,
      input(trajectory.id, trainer.id, "INTRO", "2027-03-08", "14:00", 120),
      now,
    );
    expect(intro).toMatchObject({ kind: "INTRO", capacity: 80, registrationOpen: true, cohortId: null });
    const prisma = await db();
    expect((await prisma.trajectory.findUniqueOrThrow({ where: { id: trajectory.id } })).status).toBe("INTRO");
    expect(await prisma.auditEvent.count({ where: { entityId: intro.id, action: "session.scheduled" } })).toBe(1);
  });

  it("R6 a cohort session before the intro is planned is refused and nothing is written", async () => {
    const { trajectory, trainer, staff } = await setup();
    const cohort = await cohortWith(trajectory.id, [staff.id]);
    const error = await refusal(
      scheduleSession(
        trainer,
        input(trajectory.id, trainer.id, "TRAINING_DAY", "2027-03-15", "09:00", 420, cohort.id),
        now,
      ),
    );
    expect(error.rule).toBe("R6");
    expect(error.key).toBe("previousMissing");
    expect(await sessionCount(trajectory.id)).toBe(0);
  });

  it("R6 a second intro is refused", async () => {
    const { trajectory, trainer } = await setup();
    await scheduleSession(trainer, input(trajectory.id, trainer.id, "INTRO", "2027-03-08", "14:00", 120), now);
    const error = await refusal(
      scheduleSession(trainer, input(trajectory.id, trainer.id, "INTRO", "2027-03-09", "14:00", 120), now),
    );
    expect([error.rule, error.key]).toEqual(["R6", "notRepeatable"]);
    expect(await sessionCount(trajectory.id)).toBe(1);
  });

  it("R7 a deepening 3 days after the training day is refused with the earliest valid date", async () => {
    const { trajectory, trainer, staff } = await setup();
    const cohort = await cohortWith(trajectory.id, [staff.id]);
    await scheduleSession(trainer, input(trajectory.id, trainer.id, "INTRO", "2027-03-02", "14:00", 120), now);
    await scheduleSession(
      trainer,
      input(trajectory.id, trainer.id, "TRAINING_DAY", "2027-03-08", "09:00", 420, cohort.id),
      now,
    );
    const error = await refusal(
      scheduleSession(
        trainer,
        input(trajectory.id, trainer.id, "DEEPENING", "2027-03-11", "09:00", 210, cohort.id),
        now,
      ),
    );
    expect([error.rule, error.key]).toEqual(["R7", "gapTooShort"]);
    expect(toLocalInput(error.params.earliest as Date)).toEqual({ date: "2027-03-15", time: "09:00" });
    expect(await sessionCount(trajectory.id)).toBe(2);
    await scheduleSession(
      trainer,
      input(trajectory.id, trainer.id, "DEEPENING", "2027-03-15", "09:00", 210, cohort.id),
      now,
    );
    expect(await sessionCount(trajectory.id)).toBe(3);
  });

  it("R7 a duration outside the step's bounds is refused", async () => {
    const { trajectory, trainer } = await setup();
    const error = await refusal(
      scheduleSession(trainer, input(trajectory.id, trainer.id, "INTRO", "2027-03-08", "09:00", 480), now),
    );
    expect([error.rule, error.key]).toEqual(["R7", "durationOutOfBounds"]);
    expect(await sessionCount(trajectory.id)).toBe(0);
  });

  it("R8 a trainer booked elsewhere is refused, naming that session (not its trajectory elsewhere) and the nearest free moments", async () => {
    const { trajectory, trainer } = await setup();
    const prisma = await db();
    const elsewhere = await makeTenant();
    await prisma.trainerAssignment.create({
      data: { trainerId: trainer.id, municipalityId: elsewhere.municipality.id },
    });
    await prisma.session.create({
      data: {
        municipalityId: elsewhere.municipality.id,
        kind: "INTRO",
        startsAt: new Date("2027-03-08T08:00:00Z"),
        endsAt: new Date("2027-03-08T15:00:00Z"),
        trainers: { create: [{ trainerId: trainer.id }] },
      },
    });
    const error = await refusal(
      scheduleSession(trainer, input(trajectory.id, trainer.id, "INTRO", "2027-03-08", "13:30", 120), now),
    );
    expect([error.rule, error.key]).toEqual(["R8", "trainerBusy"]);
    expect(error.params.name).toBe(trainer.name);
    expect(error.params.meeting).toEqual({ nl: "Introductiebijeenkomst", en: "Introduction meeting" });
    expect((error.params.nearest as Date[]).map(toLocalInput)).toEqual([
      { date: "2027-03-08", time: "16:00" },
      { date: "2027-03-09", time: "09:00" },
      { date: "2027-03-09", time: "13:30" },
    ]);
    expect(await sessionCount(trajectory.id)).toBe(0);
  });

  it("R8 a cohort participant booked elsewhere is refused", async () => {
    const { trajectory, trainer, staff, municipality } = await setup();
    const prisma = await db();
    const cohort = await cohortWith(trajectory.id, [staff.id]);
    await scheduleSession(trainer, input(trajectory.id, trainer.id, "INTRO", "2027-03-02", "14:00", 120), now);
    await prisma.session.create({
      data: {
        municipalityId: municipality.id,
        kind: "OTHER",
        startsAt: new Date("2027-03-10T10:00:00Z"),
        endsAt: new Date("2027-03-10T11:00:00Z"),
        registrations: { create: [{ userId: staff.id }] },
      },
    });
    const error = await refusal(
      scheduleSession(
        trainer,
        input(trajectory.id, trainer.id, "TRAINING_DAY", "2027-03-10", "09:00", 420, cohort.id),
        now,
      ),
    );
    expect([error.rule, error.key, error.params.count]).toEqual(["R8", "participantBusy", 1]);
    expect(await sessionCount(trajectory.id)).toBe(1);
  });

  it("R10 a session cannot be scheduled in the past", async () => {
    const { trajectory, trainer } = await setup();
    const error = await refusal(
      scheduleSession(trainer, input(trajectory.id, trainer.id, "INTRO", "2027-02-22", "14:00", 120), now),
    );
    expect([error.rule, error.key]).toEqual(["R10", "notInPast"]);
  });

  it("a trainer of another municipality cannot schedule here (R20)", async () => {
    const { trajectory } = await setup();
    const outsider = await makeTenant();
    await expect(
      scheduleSession(
        outsider.trainer,
        input(trajectory.id, outsider.trainer.id, "INTRO", "2027-03-08", "14:00", 120),
        now,
      ),
    ).rejects.toThrow("access denied");
    expect(await sessionCount(trajectory.id)).toBe(0);
  });
});

describe("changing sessions", () => {
  const reschedule = (sessionId: string, trainerId: string, date: string, time: string, minutes: number) =>
    rescheduleSessionSchema.parse({
      sessionId,
      date,
      time,
      durationMinutes: String(minutes),
      location: "Bibliotheek",
      trainerIds: [trainerId],
      registrationOpen: "on",
    });

  it("moving a session raises its sequence, is audited and tells the participants", async () => {
    const { trajectory, trainer, staff } = await setup();
    const prisma = await db();
    const intro = await scheduleSession(
      trainer,
      input(trajectory.id, trainer.id, "INTRO", "2027-03-08", "14:00", 120),
      now,
    );
    await prisma.introRegistration.create({ data: { sessionId: intro.id, userId: staff.id } });
    const moved = await rescheduleSession(trainer, reschedule(intro.id, trainer.id, "2027-03-09", "13:30", 120), now);
    expect(moved.sequence).toBe(1);
    expect(moved.location).toBe("Bibliotheek");
    expect(await prisma.auditEvent.count({ where: { entityId: intro.id, action: "session.rescheduled" } })).toBe(1);
    const mail = await prisma.outboxMail.findMany({ where: { userId: staff.id } });
    expect(mail.map((m) => m.kind)).toEqual(["session.changed"]);
    expect(mail[0].subject).toContain("Introductiebijeenkomst");
  });

  it("R7 moving the training day within 7 days of the deepening is refused", async () => {
    const { trajectory, trainer, staff } = await setup();
    const cohort = await cohortWith(trajectory.id, [staff.id]);
    await scheduleSession(trainer, input(trajectory.id, trainer.id, "INTRO", "2027-03-02", "14:00", 120), now);
    const training = await scheduleSession(
      trainer,
      input(trajectory.id, trainer.id, "TRAINING_DAY", "2027-03-08", "09:00", 420, cohort.id),
      now,
    );
    await scheduleSession(
      trainer,
      input(trajectory.id, trainer.id, "DEEPENING", "2027-03-15", "09:00", 210, cohort.id),
      now,
    );
    const error = await refusal(
      rescheduleSession(trainer, reschedule(training.id, trainer.id, "2027-03-10", "09:00", 420), now),
    );
    expect([error.rule, error.key]).toEqual(["R7", "gapBeforeNext"]);
    const after = await refusal(
      rescheduleSession(trainer, reschedule(training.id, trainer.id, "2027-03-16", "09:00", 420), now),
    );
    expect([after.rule, after.key]).toEqual(["R6", "beforeNext"]);
    const prisma = await db();
    expect((await prisma.session.findUniqueOrThrow({ where: { id: training.id } })).startsAt).toEqual(
      training.startsAt,
    );
  });

  it("R10 a session that has started cannot be moved, re-staffed or cancelled", async () => {
    const { trajectory, trainer } = await setup();
    const prisma = await db();
    const intro = await scheduleSession(
      trainer,
      input(trajectory.id, trainer.id, "INTRO", "2027-03-08", "14:00", 120),
      now,
    );
    const later = new Date("2027-03-08T14:00:00Z");
    const moved = await refusal(
      rescheduleSession(trainer, reschedule(intro.id, trainer.id, "2027-03-20", "14:00", 120), later),
    );
    expect([moved.rule, moved.key]).toEqual(["R10", "sessionIsHistory"]);
    const cancelled = await refusal(cancelSession(trainer, { sessionId: intro.id }, later));
    expect([cancelled.rule, cancelled.key]).toEqual(["R10", "sessionIsHistory"]);
    const stored = await prisma.session.findUniqueOrThrow({ where: { id: intro.id } });
    expect(stored).toMatchObject({ status: "SCHEDULED", startsAt: intro.startsAt, sequence: 0 });
  });

  it("cancelling tells participants and trainers, marks the session cancelled and is audited", async () => {
    const { trajectory, trainer, staff, colleague } = await setup();
    const prisma = await db();
    const intro = await scheduleSession(
      trainer,
      input(trajectory.id, trainer.id, "INTRO", "2027-03-08", "14:00", 120),
      now,
    );
    await prisma.introRegistration.createMany({
      data: [
        { sessionId: intro.id, userId: staff.id },
        { sessionId: intro.id, userId: colleague.id },
      ],
    });
    const admin = await makeUser("ADMIN");
    const cancelled = await cancelSession(admin, { sessionId: intro.id }, now);
    expect(cancelled).toMatchObject({ status: "CANCELLED", sequence: 1 });
    const mail = await prisma.outboxMail.findMany({
      where: { kind: "session.cancelled", userId: { in: [staff.id, colleague.id, trainer.id] } },
    });
    expect(mail).toHaveLength(3);
    expect(await prisma.auditEvent.count({ where: { entityId: intro.id, action: "session.cancelled" } })).toBe(1);
  });
});
