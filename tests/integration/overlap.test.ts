import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findDoubleBookings } from "@/lib/sessions/overlap";
import { makeTenant } from "../support/fixtures";

const hour = 60 * 60 * 1000;
const base = new Date("2027-03-01T09:00:00Z");
const at = (hours: number) => new Date(base.getTime() + hours * hour);

describe("R8 double booking", () => {
  it("finds a trainer's and a registered participant's overlapping sessions, not adjacent ones", async () => {
    const prisma = await db();
    const { municipality, trainer, staff, colleague } = await makeTenant();
    const busy = await prisma.session.create({
      data: {
        municipalityId: municipality.id,
        kind: "INTRO",
        startsAt: at(0),
        endsAt: at(2),
        trainers: { create: [{ trainerId: trainer.id }] },
        registrations: { create: [{ userId: staff.id }] },
      },
    });
    const overlapping = await findDoubleBookings(prisma, {
      userIds: [trainer.id, staff.id, colleague.id],
      startsAt: at(1),
      endsAt: at(3),
    });
    expect(overlapping.map((b) => b.userId).sort()).toEqual([trainer.id, staff.id].sort());
    expect(overlapping.every((b) => b.sessionId === busy.id)).toBe(true);

    expect(await findDoubleBookings(prisma, { userIds: [trainer.id], startsAt: at(2), endsAt: at(4) })).toEqual([]);
    expect(
      await findDoubleBookings(prisma, {
        userIds: [trainer.id],
        startsAt: at(1),
        endsAt: at(3),
        ignoreSessionId: busy.id,
      }),
    ).toEqual([]);
  });

  it("ignores cancelled sessions", async () => {
    const prisma = await db();
    const { municipality, trainer } = await makeTenant();
    await prisma.session.create({
      data: {
        municipalityId: municipality.id,
        kind: "INTRO",
        startsAt: at(10),
        endsAt: at(12),
        status: "CANCELLED",
        trainers: { create: [{ trainerId: trainer.id }] },
      },
    });
    expect(await findDoubleBookings(prisma, { userIds: [trainer.id], startsAt: at(10), endsAt: at(11) })).toEqual([]);
  });
});
