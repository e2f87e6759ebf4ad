// Optional reminders: each person chooses on their profile; the reminder runs respect it,
// and an action's owner is reminded once before the due date and once after it.
import { describe, expect, it } from "vitest";
import { chooseRemindersAction } from "@/app/account/actions";
import { idle } from "@/lib/actions/state";
import { queueActionReminders } from "@/lib/cases/action-reminders";
import { db } from "@/lib/db/client";
import { queueReminders } from "@/lib/sessions/reminders";
import { atLocalTime, localDay } from "@/lib/sessions/time";
import { makeTenant } from "../../support/fixtures";
import { form } from "../../support/form";
import { signInAs } from "../../support/session";

const DAY = 86_400_000;

describe("choosing optional reminders", () => {
  it("keeps what the person ticked, audits it, and the day-before reminder skips who switched it off", async () => {
    const prisma = await db();
    const { municipality, staff, colleague, trainer } = await makeTenant();
    signInAs(staff.id);
    expect(await chooseRemindersAction(idle, form({ reminders: "actionDue" }))).toMatchObject({
      status: "success",
      message: "Uw keuze is opgeslagen.",
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: staff.id } })).reminderOptOuts).toEqual([
      "sessionTomorrow",
    ]);
    expect(await prisma.auditEvent.count({ where: { action: "person.reminders", entityId: staff.id } })).toBe(1);

    const startsAt = atLocalTime(localDay(new Date(Date.now() + 5 * DAY)), 19);
    const intro = await prisma.session.create({
      data: {
        municipalityId: municipality.id,
        kind: "INTRO",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
        registrations: { create: [{ userId: staff.id }, { userId: colleague.id }] },
        trainers: { create: [{ trainerId: trainer.id }] },
      },
    });
    await queueReminders(prisma, atLocalTime(localDay(startsAt) - 1, 7));
    const reminded = await prisma.outboxMail.findMany({
      where: { kind: "session.reminder", dedupeKey: { startsWith: `reminder:${intro.id}:` } },
    });
    expect(reminded.map((m) => m.userId).sort()).toEqual([colleague.id, trainer.id].sort());
  });

  it("refuses an unknown reminder and changes nothing", async () => {
    const prisma = await db();
    const { staff } = await makeTenant();
    signInAs(staff.id);
    expect(await chooseRemindersAction(idle, form({ reminders: "everything" }))).toMatchObject({ status: "error" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: staff.id } })).reminderOptOuts).toEqual([]);
  });
});

describe("reminders for an action's owner", () => {
  async function planWithActions() {
    const prisma = await db();
    const { municipality, staff, colleague } = await makeTenant();
    const today = localDay(new Date());
    const dueOn = (days: number) => new Date((today + days) * DAY);
    const item = await prisma.case.create({
      data: { municipalityId: municipality.id, authorId: staff.id, title: "Onrust na de raadsvergadering" },
    });
    const plan = await prisma.actionPlan.create({
      data: {
        municipalityId: municipality.id,
        caseId: item.id,
        title: "Plan",
        actions: {
          create: [
            { description: "Gesprek met de wijkagent", term: "SHORT", ownerId: staff.id, dueDate: dueOn(2) },
            {
              description: "Bijeenkomst buurthuis",
              term: "SHORT",
              ownerId: staff.id,
              dueDate: dueOn(2),
              status: "DONE",
            },
            { description: "Evaluatie", term: "SHORT", ownerId: colleague.id, dueDate: dueOn(2) },
          ],
        },
      },
      include: { actions: true },
    });
    await prisma.user.update({ where: { id: colleague.id }, data: { reminderOptOuts: ["actionDue"] } });
    const mails = () => prisma.outboxMail.findMany({ where: { userId: { in: [staff.id, colleague.id] } } });
    return { prisma, staff, item, plan, today, mails };
  }

  it("mails the owner of an open action once before the due date and once after it, not for done actions or who switched it off", async () => {
    const { prisma, staff, item, today, mails } = await planWithActions();
    await queueActionReminders(prisma, atLocalTime(today, 7));
    await queueActionReminders(prisma, atLocalTime(today + 1, 7));
    const soon = await mails();
    expect(soon.map((m) => [m.userId, m.kind])).toEqual([[staff.id, "action.dueSoon"]]);
    expect(soon[0].body).toContain(`/cases/${item.id}`);
    expect(soon[0].body).not.toContain("wijkagent"); // mail never quotes the plan

    await queueActionReminders(prisma, atLocalTime(today + 4, 7));
    await queueActionReminders(prisma, atLocalTime(today + 5, 7));
    expect((await mails()).filter((m) => m.kind === "action.overdue").map((m) => m.userId)).toEqual([staff.id]);
  });
});
