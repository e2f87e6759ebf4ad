import { describe, expect, it } from "vitest";
import {
  cancelSessionAction,
  recordAttendanceAction,
  rescheduleSessionAction,
} from "@/app/trainer/sessions/[id]/actions";
import { scheduleSessionAction } from "@/app/trainer/trajectories/[id]/sessions/new/actions";
import { db } from "@/lib/db/client";
import { createTrajectory } from "@/lib/trajectories/service";
import { defaultTemplate, makeTenant } from "../../support/fixtures";
import { signInAs } from "../../support/session";
import { form } from "../../support/form";

const DAY = 24 * 3600_000;

async function setup() {
  const tenant = await makeTenant();
  const trajectory = await createTrajectory(tenant.trainer, {
    municipalityId: tenant.municipality.id,
    templateId: (await defaultTemplate()).id,
    title: "T",
  });
  const prisma = await db();
  const past = await prisma.session.create({
    data: {
      municipalityId: tenant.municipality.id,
      trajectoryId: trajectory.id,
      kind: "INTRO",
      startsAt: new Date(Date.now() - 2 * DAY),
      endsAt: new Date(Date.now() - 2 * DAY + 2 * 3600_000),
      trainers: { create: [{ trainerId: tenant.trainer.id }] },
      registrations: { create: [{ userId: tenant.staff.id }] },
    },
  });
  return { ...tenant, trajectory, past };
}

describe("session actions (crafted requests)", () => {
  it("R10 a crafted request to move or cancel a past session is refused with the rule's message; attendance still works", async () => {
    const { trainer, staff, past } = await setup();
    signInAs(trainer.id);
    const moved = await rescheduleSessionAction(
      { status: "idle" },
      form({ sessionId: past.id, date: "2099-01-05", time: "09:00", durationMinutes: "120", trainerIds: trainer.id }),
    );
    expect(moved).toMatchObject({ status: "error", rule: "R10" });
    expect(moved.status === "error" && moved.message).toMatch(/^[A-Z]/);
    const cancelled = await cancelSessionAction({ status: "idle" }, form({ sessionId: past.id }));
    expect(cancelled).toMatchObject({ status: "error", rule: "R10" });
    const prisma = await db();
    expect(await prisma.session.findUniqueOrThrow({ where: { id: past.id } })).toMatchObject({
      status: "SCHEDULED",
      startsAt: past.startsAt,
    });

    const marked = await recordAttendanceAction(
      { status: "idle" },
      form({ sessionId: past.id, userId: staff.id, status: "PRESENT" }),
    );
    expect(marked).toMatchObject({ status: "success", data: "PRESENT" });
  });

  it("R7 a refused date names the rule and the earliest valid date, in Dutch", async () => {
    const { trainer, staff, municipality } = await setup();
    const trajectory = await createTrajectory(trainer, {
      municipalityId: municipality.id,
      templateId: (await defaultTemplate()).id,
      title: "Nieuw",
    });
    const prisma = await db();
    const cohort = await prisma.cohort.create({
      data: {
        trajectoryId: trajectory.id,
        name: "Groep",
        enrollments: {
          create: [{ userId: staff.id, trajectoryId: trajectory.id, status: "ACCEPTED", motivation: "m" }],
        },
      },
    });
    signInAs(trainer.id);
    const plan = (kind: string, date: string, durationMinutes: string, cohortId = "") =>
      scheduleSessionAction(
        { status: "idle" },
        form({
          trajectoryId: trajectory.id,
          cohortId,
          kind,
          date,
          time: "09:00",
          durationMinutes,
          trainerIds: trainer.id,
          location: "Stadhuis",
        }),
      );
    expect(await plan("INTRO", "2098-12-15", "30")).toMatchObject({
      status: "error",
      rule: "R7",
      message:
        "Deze duur kan niet: Introductiebijeenkomst duurt tussen 90 en 180 minuten, en u koos 30 minuten. Kies een duur tussen 90 en 180 minuten.",
    });
    // success redirects to the new session's page
    await expect(plan("INTRO", "2098-12-15", "120")).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT/),
    });
    await expect(plan("TRAINING_DAY", "2099-01-05", "420", cohort.id)).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT/),
    });
    const refused = await plan("DEEPENING", "2099-01-08", "210", cohort.id);
    expect(refused).toMatchObject({
      status: "error",
      rule: "R7",
      message:
        "Dit moment kan niet, want Verdiepingsdagdeel moet minstens 7 dagen na Trainingsdag liggen. Kies een later moment; het vroegst mogelijke is maandag 12 januari 2099 om 09:00.",
    });
    expect(await prisma.session.count({ where: { trajectoryId: trajectory.id } })).toBe(2);

    // R8: the trainer is on the training day then; the refusal names it and the free moments nearest the request.
    const other = await createTrajectory(trainer, {
      municipalityId: municipality.id,
      templateId: (await defaultTemplate()).id,
      title: "Ander",
    });
    const busy = await scheduleSessionAction(
      { status: "idle" },
      form({
        trajectoryId: other.id,
        cohortId: "",
        kind: "INTRO",
        date: "2099-01-05",
        time: "10:00",
        durationMinutes: "120",
        trainerIds: trainer.id,
        location: "Stadhuis",
      }),
    );
    expect(busy).toMatchObject({
      status: "error",
      rule: "R8",
      message: `Trainer ${trainer.name} heeft dan al een andere bijeenkomst: Trainingsdag (Nieuw, Groep), maandag 5 januari 2099, 09:00–16:00. Niemand kan op twee bijeenkomsten tegelijk zijn. Kies een ander moment, bijvoorbeeld maandag 5 januari 2099 om 16:00, dinsdag 6 januari 2099 om 09:00 of dinsdag 6 januari 2099 om 10:00.`,
    });
    expect(await prisma.session.count({ where: { trajectoryId: other.id } })).toBe(0);
  });

  it("staff and other municipalities' trainers cannot use the planning actions", async () => {
    const { staff, trainer, past, trajectory } = await setup();
    const outsider = await makeTenant();
    for (const userId of [staff.id, outsider.trainer.id]) {
      signInAs(userId);
      const marked = await recordAttendanceAction(
        { status: "idle" },
        form({ sessionId: past.id, userId: staff.id, status: "PRESENT" }),
      );
      expect(marked).toMatchObject({ status: "error", message: "U heeft geen toegang tot dit onderdeel." });
      const scheduled = await scheduleSessionAction(
        { status: "idle" },
        form({
          trajectoryId: trajectory.id,
          kind: "INTRO",
          date: "2099-01-05",
          time: "09:00",
          durationMinutes: "120",
          trainerIds: trainer.id,
        }),
      );
      expect(scheduled.status).toBe("error");
    }
    expect(await (await db()).attendance.count({ where: { sessionId: past.id } })).toBe(0);
  });
});
