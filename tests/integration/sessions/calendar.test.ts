import { describe, expect, it } from "vitest";
import { resetCalendarTokenAction } from "@/app/calendar/actions";
import { calendarFeed } from "@/lib/calendar/queries";
import { db } from "@/lib/db/client";
import { personalScheduleWhere } from "@/lib/sessions/schedule";
import { queueReminders } from "@/lib/sessions/reminders";
import { atLocalTime, localDay } from "@/lib/sessions/time";
import { makeTenant } from "../../support/fixtures";
import { signInAs } from "../../support/session";

const HOUR = 3600_000;

async function setup() {
  const tenant = await makeTenant();
  const prisma = await db();
  const soon = new Date(Date.now() + 48 * HOUR);
  const mine = await prisma.session.create({
    data: {
      municipalityId: tenant.municipality.id,
      kind: "INTRO",
      startsAt: soon,
      endsAt: new Date(soon.getTime() + 2 * HOUR),
      location: "Stadhuis, raadzaal",
      registrations: { create: [{ userId: tenant.staff.id }] },
      trainers: { create: [{ trainerId: tenant.trainer.id }] },
    },
  });
  const cancelled = await prisma.session.create({
    data: {
      municipalityId: tenant.municipality.id,
      kind: "INTRO",
      startsAt: new Date(soon.getTime() + 24 * HOUR),
      endsAt: new Date(soon.getTime() + 26 * HOUR),
      status: "CANCELLED",
      sequence: 1,
      registrations: { create: [{ userId: tenant.staff.id }] },
    },
  });
  const notMine = await prisma.session.create({
    data: {
      municipalityId: tenant.municipality.id,
      kind: "INTRO",
      startsAt: soon,
      endsAt: new Date(soon.getTime() + HOUR),
      registrations: { create: [{ userId: tenant.colleague.id }] },
    },
  });
  return { ...tenant, mine, cancelled, notMine };
}

const tokenOf = async (userId: string) =>
  (await (await db()).user.findUniqueOrThrow({ where: { id: userId } })).calendarToken;

describe("calendar feed", () => {
  it("contains exactly the person's sessions (personalScheduleWhere), cancelled ones marked CANCELLED", async () => {
    const { staff, mine, cancelled, notMine } = await setup();
    const prisma = await db();
    const feed = (await calendarFeed(prisma, await tokenOf(staff.id), "https://middengrond.test"))!;
    const uids = [...feed.matchAll(/^UID:(.*)$/gm)].map((m) => m[1].trim());
    const scheduled = await prisma.session.findMany({ where: personalScheduleWhere(staff.id), select: { id: true } });
    expect(scheduled.map((s) => s.id)).toEqual([mine.id]);
    expect(uids.sort()).toEqual([`${mine.id}@middengrond`, `${cancelled.id}@middengrond`].sort());
    expect(feed).not.toContain(notMine.id);
    expect(feed).toContain("LOCATION:Stadhuis\\, raadzaal");
    expect(feed).toMatch(/STATUS:CANCELLED\r\n/);
    expect(feed).toContain("SUMMARY:Introductiebijeenkomst");
  });

  it("a reset gives a new address and the old one stops working; the reset is audited", async () => {
    const { staff } = await setup();
    const prisma = await db();
    const before = await tokenOf(staff.id);
    signInAs(staff.id);
    const state = await resetCalendarTokenAction({ status: "idle" });
    expect(state.status).toBe("success");
    const after = await tokenOf(staff.id);
    expect(after).not.toBe(before);
    expect(after).toMatch(/^[0-9a-f]{64}$/);
    expect(await calendarFeed(prisma, before, "")).toBeNull();
    expect(await calendarFeed(prisma, after, "")).toContain("BEGIN:VCALENDAR");
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: staff.id, action: "user.calendarTokenReset" },
    });
    expect(JSON.stringify(event.data)).not.toContain(after);
  });

  it("an erased person's feed is gone", async () => {
    const { staff } = await setup();
    const prisma = await db();
    await prisma.user.update({ where: { id: staff.id }, data: { erasedAt: new Date() } });
    expect(await calendarFeed(prisma, await tokenOf(staff.id), "")).toBeNull();
  });
});

describe("reminders", () => {
  it("queues one reminder per person for tomorrow's sessions, idempotently", async () => {
    const { staff, trainer, mine } = await setup();
    const prisma = await db();
    const dayBefore = atLocalTime(localDay(mine.startsAt) - 1, 7);
    await queueReminders(prisma, dayBefore);
    await queueReminders(prisma, dayBefore);
    const mails = await prisma.outboxMail.findMany({
      where: { kind: "session.reminder", dedupeKey: { startsWith: `reminder:${mine.id}:` } },
    });
    expect(mails.map((m) => m.userId).sort()).toEqual([staff.id, trainer.id].sort());
    expect(mails.find((m) => m.userId === staff.id)?.subject).toBe("Morgen: Introductiebijeenkomst");
  });
});
