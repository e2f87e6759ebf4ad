// R12: participants who have not brought a case are reminded before the training day,
// once, in their own language, and the trainer hears who was reminded.
import { describe, expect, it } from "vitest";
import { queueCaseReminders } from "@/lib/cases/reminders";
import { CASE_REMINDER_LEAD_DAYS } from "@/lib/cohorts/rules";
import { db } from "@/lib/db/client";
import { atLocalTime, localDay } from "@/lib/sessions/time";
import { makeAttendees, makeCohort, makeTrajectoryWithIntro, motivation } from "../recruitment/builders";

const DAY = 86_400_000;

/** A cohort of three accepted participants whose training day (case due that day) is in ten days. */
async function cohortBeforeTrainingDay() {
  const prisma = await db();
  const tenant = await makeTrajectoryWithIntro();
  const cohort = await makeCohort(tenant.trajectory.id);
  const people = await makeAttendees(tenant.municipality.id, tenant.intro.id, 3);
  await prisma.enrollment.createMany({
    data: people.map((person) => ({
      cohortId: cohort.id,
      trajectoryId: tenant.trajectory.id,
      userId: person.id,
      status: "ACCEPTED" as const,
      motivation,
    })),
  });
  const startsAt = atLocalTime(localDay(new Date(Date.now() + 10 * DAY)), 9);
  const trainingDay = await prisma.session.create({
    data: {
      municipalityId: tenant.municipality.id,
      trajectoryId: tenant.trajectory.id,
      cohortId: cohort.id,
      kind: "TRAINING_DAY",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 8 * 3_600_000),
      trainers: { create: [{ trainerId: tenant.trainer.id }] },
    },
  });
  const runOn = (daysBefore: number) => queueCaseReminders(prisma, atLocalTime(localDay(startsAt) - daysBefore, 7));
  const mails = (kind: string) =>
    prisma.outboxMail.findMany({ where: { kind, userId: { in: [...people.map((p) => p.id), tenant.trainer.id] } } });
  return { ...tenant, cohort, people, trainingDay, runOn, mails };
}

describe("R12 reminders to bring a case", () => {
  it("R12 reminds nobody before the window, then every participant without a case once, naming nobody to the trainer while nobody brought one", async () => {
    const { people, trainer, runOn, mails } = await cohortBeforeTrainingDay();
    await runOn(CASE_REMINDER_LEAD_DAYS + 1);
    expect(await mails("case.bringReminder")).toHaveLength(0);

    await runOn(CASE_REMINDER_LEAD_DAYS);
    await runOn(1);
    const reminders = await mails("case.bringReminder");
    expect(reminders.map((m) => m.userId).sort()).toEqual(people.map((p) => p.id).sort());
    expect(reminders[0].subject).toBe("Neem een casus mee naar Trainingsdag");
    expect(reminders[0].body).toContain("/staff/cases/new");

    const [list] = await mails("case.bringReminderList");
    expect(list.userId).toBe(trainer.id);
    expect(list.body).toContain("Nog niemand heeft een casus ingebracht; 3 deelnemers kregen een herinnering.");
    for (const person of people) expect(list.body).not.toContain(person.name);
  });

  it("R12 once someone brought a case, only the others are reminded, in their language, and the trainer sees their names", async () => {
    const prisma = await db();
    const { municipality, people, runOn, mails } = await cohortBeforeTrainingDay();
    const [brought, english, other] = people;
    await prisma.case.create({
      data: {
        municipalityId: municipality.id,
        authorId: brought.id,
        title: "Spanning op het plein",
        status: "SUBMITTED",
      },
    });
    await prisma.user.update({ where: { id: english.id }, data: { locale: "en", localeChosen: true } });

    await runOn(0);
    const reminders = await mails("case.bringReminder");
    expect(reminders.map((m) => m.userId).sort()).toEqual([english.id, other.id].sort());
    expect(reminders.find((m) => m.userId === english.id)?.subject).toBe("Bring a case to Training day");

    const [list] = await mails("case.bringReminderList");
    expect(list.body).toContain(english.name);
    expect(list.body).toContain(other.name);
    expect(list.body).not.toContain(brought.name);
  });

  it("R12 the day after the due day, or a cancelled training day, reminds nobody", async () => {
    const prisma = await db();
    const { trainingDay, runOn, mails } = await cohortBeforeTrainingDay();
    await runOn(-1);
    await prisma.session.update({ where: { id: trainingDay.id }, data: { status: "CANCELLED" } });
    await runOn(1);
    expect(await mails("case.bringReminder")).toHaveLength(0);
  });
});
