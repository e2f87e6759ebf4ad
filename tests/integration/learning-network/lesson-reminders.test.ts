import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { LESSON_REMINDER_DAYS } from "@/lib/learning-network/rules";
import { queueLessonReminders } from "@/lib/learning-network/service";
import { makeTenant } from "../../support/fixtures";
import { makeLearningNetwork, makeNetworkSession, writeLessonAbout } from "./builders";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

async function learningNetwork() {
  const organiser = await makeTenant();
  const partner = await makeTenant();
  const trajectory = await makeLearningNetwork(organiser, [partner]);
  const meeting = (kind: string, endedDaysAgo: number, trainerId?: string) =>
    makeNetworkSession(trajectory, {
      kind,
      title: `Netwerkbijeenkomst ${endedDaysAgo}`,
      startsAt: new Date(Date.now() - endedDaysAgo * DAY - 3 * HOUR),
      hours: 3,
      trainerId,
    });
  return { prisma: await db(), organiser, partner, trajectory, meeting };
}

const remindersFor = async (sessionId: string) =>
  (await db()).outboxMail.findMany({
    where: { kind: "lesson.reminder", dedupeKey: { startsWith: `lesson-reminder:${sessionId}:` } },
  });

describe("learning network: the organiser is reminded until the knowledge product exists", () => {
  it("queues a reminder to the organiser for a meeting that ended without a lesson", async () => {
    const { organiser, meeting } = await learningNetwork();
    const held = await meeting("NETWORK_MEETING", 2, organiser.trainer.id);
    await queueLessonReminders(await db());
    const mails = await remindersFor(held.id);
    expect(mails.map((mail) => mail.toEmail)).toEqual([organiser.trainer.email]);
    expect(mails[0].subject).toContain(held.title);
    expect(mails[0].body).toContain(`/lessons/new?session=${held.id}`);
  });

  it("falls back to the trajectory's lead trainer when the meeting has no trainer", async () => {
    const { organiser, meeting } = await learningNetwork();
    const held = await meeting("NETWORK_MEETING", 1);
    await queueLessonReminders(await db());
    expect((await remindersFor(held.id)).map((mail) => mail.userId)).toEqual([organiser.trainer.id]);
  });

  it("no reminder for a meeting with a lesson, a meeting still ahead, a cancelled meeting or another kind of session", async () => {
    const { prisma, organiser, meeting } = await learningNetwork();
    const written = await meeting("NETWORK_MEETING", 3, organiser.trainer.id);
    await writeLessonAbout(organiser.trainer, written.id);
    const ahead = await meeting("NETWORK_MEETING", -2, organiser.trainer.id);
    const cancelled = await meeting("NETWORK_MEETING", 2, organiser.trainer.id);
    await prisma.session.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });
    const intake = await meeting("INTAKE", 2, organiser.trainer.id);
    await queueLessonReminders(prisma);
    for (const session of [written, ahead, cancelled, intake]) expect(await remindersFor(session.id)).toEqual([]);
  });

  it("not twice within the cadence, again in the next round, and never once the lesson exists", async () => {
    const { prisma, organiser, meeting } = await learningNetwork();
    const held = await meeting("NETWORK_MEETING", 1, organiser.trainer.id);
    const now = new Date();
    await queueLessonReminders(prisma, now);
    await queueLessonReminders(prisma, new Date(now.getTime() + DAY));
    await queueLessonReminders(prisma, new Date(now.getTime() + 2 * DAY));
    expect(await remindersFor(held.id)).toHaveLength(1);

    await queueLessonReminders(prisma, new Date(now.getTime() + LESSON_REMINDER_DAYS * DAY));
    expect(await remindersFor(held.id)).toHaveLength(2);

    await writeLessonAbout(organiser.trainer, held.id);
    await queueLessonReminders(prisma, new Date(now.getTime() + 3 * LESSON_REMINDER_DAYS * DAY));
    expect(await remindersFor(held.id)).toHaveLength(2);
  });
});
