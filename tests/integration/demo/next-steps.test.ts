// Every role's start page answers "what should I do next?" (issue 17), here on the demo
// data the README promises, and each step disappears once it is done.
import { beforeAll, describe, expect, it } from "vitest";
import { adminStartPage } from "@/lib/accounts/read-models";
import { db } from "@/lib/db/client";
import { DEMO_ADMIN, DEMO_COORDINATORS, DEMO_STAFF, DEMO_TRAINERS } from "@/lib/demo/people";
import { seedDemo } from "@/lib/demo/seed";
import { coordinatorStartPage } from "@/lib/reports/read-models";
import { staffSchedulePage } from "@/lib/sessions/read-models";
import { trainerStartPage } from "@/lib/trajectories/read-models";

const person = async (email: string) => (await db()).user.findUniqueOrThrow({ where: { email } });
const keys = (page: { nextSteps: { key: string; count: number }[] } | null) =>
  Object.fromEntries(page!.nextSteps.map((step) => [step.key, step.count]));

describe("next steps on the start pages", () => {
  const now = new Date();
  beforeAll(async () => {
    await seedDemo(await db());
  });

  it("the trainer: two applications waiting in Groep 3, the deepening next week; then attendance left unrecorded", async () => {
    const trainer = await person(DEMO_TRAINERS[0].email);
    const page = await trainerStartPage(trainer, now);
    expect(keys(page)).toEqual({ applicationsWaiting: 2, sessionsThisWeek: 1 });
    const groep3 = await (await db()).cohort.findFirstOrThrow({ where: { name: "Groep 3 (werving)" } });
    expect(page!.nextSteps[0].href).toBe(`/trainer/cohorts/${groep3.id}`);

    const training = await (
      await db()
    ).session.findFirstOrThrow({
      where: { cohort: { name: "Groep 2 (najaar)" }, startsAt: { lt: now } },
    });
    await (await db()).attendance.deleteMany({ where: { sessionId: training.id } });
    const later = await trainerStartPage(trainer, now);
    expect(later!.nextSteps.find((step) => step.key === "attendanceToRecord")).toEqual({
      key: "attendanceToRecord",
      count: 1,
      href: `/trainer/sessions/${training.id}`,
    });
  });

  it("staff: an open intro in Rotterdam; a case to bring in Groep 2 until one is submitted", async () => {
    expect(keys(await staffSchedulePage(await person(DEMO_STAFF.rotterdam[1].email), now))).toEqual({ introOpen: 1 });

    const withoutCase = await person(DEMO_STAFF.deventer[5].email);
    expect(keys(await staffSchedulePage(withoutCase, now))).toEqual({ caseToBring: 1 });
    await (
      await db()
    ).case.create({
      data: {
        municipalityId: withoutCase.municipalityId!,
        authorId: withoutCase.id,
        title: "Onrust bij de nieuwbouw",
        situation: "Nieuwe en oude bewoners staan tegenover elkaar.",
        status: "SUBMITTED",
        submittedAt: now,
      },
    });
    expect(keys(await staffSchedulePage(withoutCase, now))).toEqual({});
    // The case author of Groep 2 already brought hers.
    expect(keys(await staffSchedulePage(await person(DEMO_STAFF.deventer[4].email), now))).toEqual({});
  });

  it("the coordinator: two graduates for the pool and no intervisie planned; the admin: nothing waiting", async () => {
    const page = await coordinatorStartPage(await person(DEMO_COORDINATORS.deventer.email), now);
    expect(keys(page)).toEqual({ graduatesForPool: 2, intervisieToPlan: 1 });
    expect(keys(await adminStartPage(await person(DEMO_ADMIN.email)))).toEqual({});
  });
});
