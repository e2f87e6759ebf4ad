import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AccessDenied, FieldConflict, RuleViolation } from "@/lib/errors";
import { CHECK_IN_LIMIT, checkIn, markEveryonePresent, openCheckIn } from "@/lib/sessions/door";
import { recordAttendance } from "@/lib/sessions/service";
import { makeTenant, makeUser } from "../../support/fixtures";

const MINUTE = 60_000;

/** An intro starting `startsIn` minutes from now (2 h), the staff member and a colleague registered, trained by the tenant's trainer. */
async function setup(startsIn = 0) {
  const tenant = await makeTenant();
  const prisma = await db();
  const third = await makeUser("STAFF", { municipalityId: tenant.municipality.id });
  const startsAt = new Date(Date.now() + startsIn * MINUTE);
  const session = await prisma.session.create({
    data: {
      municipalityId: tenant.municipality.id,
      kind: "INTRO",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 120 * MINUTE),
      registrations: { create: [tenant.staff.id, tenant.colleague.id, third.id].map((userId) => ({ userId })) },
      trainers: { create: [{ trainerId: tenant.trainer.id }] },
    },
  });
  return { ...tenant, third, session };
}

const statuses = async (sessionId: string) =>
  Object.fromEntries(
    (await (await db()).attendance.findMany({ where: { sessionId } })).map((a) => [a.userId, a.status]),
  );

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("everyone present at the door", () => {
  it("marks every expected participant without a mark present, keeps the exceptions, audits each (R22)", async () => {
    const { trainer, staff, colleague, third, session } = await setup();
    await recordAttendance(trainer, { sessionId: session.id, userId: colleague.id, status: "EXCUSED" });
    expect(await markEveryonePresent(trainer, { sessionId: session.id })).toEqual({ marked: 2 });
    expect(await statuses(session.id)).toEqual({
      [staff.id]: "PRESENT",
      [colleague.id]: "EXCUSED",
      [third.id]: "PRESENT",
    });
    const events = await (await db()).auditEvent.findMany({ where: { action: "attendance.recorded" } });
    const forSession = events.filter((e) => (e.data as { sessionId?: string }).sessionId === session.id);
    expect(forSession).toHaveLength(3);
    expect(await markEveryonePresent(trainer, { sessionId: session.id })).toEqual({ marked: 0 });
  });

  it("R10: not before the door opens, half an hour before the start", async () => {
    const { trainer, session } = await setup(31);
    const error = await rejection(markEveryonePresent(trainer, { sessionId: session.id }));
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error).toMatchObject({ rule: "R10", key: "attendanceNotYet" });
    expect(await statuses(session.id)).toEqual({});
    const { trainer: soon, session: opened } = await setup(29);
    expect(await markEveryonePresent(soon, { sessionId: opened.id })).toEqual({ marked: 3 });
  });

  it("R20: not for a trainer of another municipality, nor for a participant", async () => {
    const { session, staff } = await setup();
    const other = await makeTenant();
    expect(await rejection(markEveryonePresent(other.trainer, { sessionId: session.id }))).toBeInstanceOf(AccessDenied);
    expect(await rejection(markEveryonePresent(staff, { sessionId: session.id }))).toBeInstanceOf(AccessDenied);
    expect(await statuses(session.id)).toEqual({});
  });
});

describe("self check-in with a code", () => {
  it("opens once per session: the same code again, a different one for another session", async () => {
    const { trainer, session } = await setup();
    const first = await openCheckIn(trainer, { sessionId: session.id });
    expect(first.code).toMatch(/^[A-Z0-9]{6}$/);
    expect((await openCheckIn(trainer, { sessionId: session.id })).code).toBe(first.code);
    const other = await setup();
    expect((await openCheckIn(other.trainer, { sessionId: other.session.id })).code).not.toBe(first.code);
  });

  it("R10: the trainer cannot open it before the door opens or after the end", async () => {
    const early = await setup(45);
    expect(await rejection(openCheckIn(early.trainer, { sessionId: early.session.id }))).toMatchObject({
      rule: "R10",
      key: "attendanceNotYet",
    });
    const late = await setup(-121);
    expect(await rejection(openCheckIn(late.trainer, { sessionId: late.session.id }))).toMatchObject({
      rule: "R10",
      key: "checkInClosed",
    });
  });

  it("marks an expected participant present at the code's own session, audited as theirs (R22)", async () => {
    const { trainer, staff, session } = await setup();
    const { code } = await openCheckIn(trainer, { sessionId: session.id });
    const done = await checkIn(staff, { code });
    expect(done.sessionId).toBe(session.id);
    expect(await statuses(session.id)).toEqual({ [staff.id]: "PRESENT" });
    const row = await (await db()).attendance.findFirstOrThrow({ where: { sessionId: session.id } });
    expect(row.recordedById).toBe(staff.id);
    const event = await (await db()).auditEvent.findFirstOrThrow({ where: { entityId: row.id } });
    expect(event).toMatchObject({ action: "attendance.recorded", actorId: staff.id });
  });

  it("a code is bound to its session: someone expected elsewhere cannot use it (R9)", async () => {
    const { trainer, session } = await setup();
    const elsewhere = await setup();
    const { code } = await openCheckIn(trainer, { sessionId: session.id });
    const error = await rejection(checkIn(elsewhere.staff, { code }));
    expect(error).toMatchObject({ rule: "R9", key: "checkInNotExpected" });
    expect(await statuses(session.id)).toEqual({});
    expect(await statuses(elsewhere.session.id)).toEqual({});
  });

  it("refuses an unknown code and a closed check-in, in the user's words", async () => {
    const { trainer, staff, session } = await setup();
    await openCheckIn(trainer, { sessionId: session.id });
    const unknown = await rejection(checkIn(staff, { code: "ACDEFG" }));
    expect(unknown).toBeInstanceOf(FieldConflict);
    expect(unknown).toMatchObject({ field: "code", key: "sessions.checkIn.unknownCode" });
    const prisma = await db();
    const { code } = await prisma.sessionCheckIn.findUniqueOrThrow({ where: { sessionId: session.id } });
    await prisma.session.update({
      where: { id: session.id },
      data: { startsAt: new Date(Date.now() - 3 * 60 * MINUTE), endsAt: new Date(Date.now() - MINUTE) },
    });
    expect(await rejection(checkIn(staff, { code }))).toMatchObject({ rule: "R10", key: "checkInClosed" });
    await prisma.session.update({
      where: { id: session.id },
      data: { startsAt: new Date(Date.now() + 60 * MINUTE), endsAt: new Date(Date.now() + 180 * MINUTE) },
    });
    expect(await rejection(checkIn(staff, { code }))).toMatchObject({ rule: "R10", key: "checkInNotYet" });
    expect(await statuses(session.id)).toEqual({});
  });

  it("limits guessing: after too many wrong codes even the right one waits", async () => {
    const { trainer, staff, session } = await setup();
    const { code } = await openCheckIn(trainer, { sessionId: session.id });
    for (let attempt = 0; attempt < CHECK_IN_LIMIT.max; attempt++) await rejection(checkIn(staff, { code: "ACDEFG" }));
    expect(await rejection(checkIn(staff, { code }))).toMatchObject({ key: "sessions.checkIn.tooManyTries" });
    expect(await statuses(session.id)).toEqual({});
  });
});
