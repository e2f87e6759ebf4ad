// Attendance at the door: the trainer marks everyone present at once, or opens a check-in
// code that participants use on their own phone. R10 decides when (rules.ts), R9/R15 who,
// and every change is audited like single marking (R22, writeAttendance).
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/access";
import { audit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { FieldConflict, NotFound, RuleViolation } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { hit, refund, type Limit } from "@/lib/security/rate-limit";
import { writeAttendance } from "./attendance";
import { sessionLabel } from "./labels";
import { expectedParticipants } from "./participants";
import { checkAttendanceOpen, checkCheckInOpen, checkInCode } from "./rules";
import type { CheckInInput } from "./schemas";
import { sessionToRecord } from "./service";

/** Wrong codes one person may type in a quarter of an hour: enough for typos, far too few to guess one of 25^6. */
export const CHECK_IN_LIMIT: Limit = { max: 10, windowSeconds: 15 * 60 };

async function sessionAtTheDoor(tx: Tx, actor: Actor, sessionId: string, now: Date) {
  const session = await sessionToRecord(tx, actor, sessionId, "recordAttendance");
  if (session.status === "CANCELLED") throw new NotFound("session");
  const violation = checkAttendanceOpen(session, now);
  if (violation) throw new RuleViolation(violation.rule, violation.key, violation.params);
  return session;
}

/**
 * "Everyone present": marks every expected participant (R9, R15) who has no record yet
 * present, from when the door opens (R10). Those already marked keep their mark, so the
 * trainer marks the exceptions before or after. Returns how many were marked.
 */
export async function markEveryonePresent(actor: Actor, input: { sessionId: string }, now = new Date()) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const session = await sessionAtTheDoor(tx, actor, input.sessionId, now);
    const [expected, recorded] = await Promise.all([
      expectedParticipants(tx, session),
      tx.attendance.findMany({ where: { sessionId: session.id }, select: { userId: true } }),
    ]);
    const marked = new Set(recorded.map((a) => a.userId));
    const unmarked = expected.filter((person) => !marked.has(person.id));
    for (const person of unmarked) await writeAttendance(tx, actor, session, person.id, "PRESENT", null);
    return { marked: unmarked.length };
  });
}

/**
 * Opens self check-in for a session (R10: from when the door opens until it ends): its
 * code, made once and kept with the session, so it never points at another one.
 */
export async function openCheckIn(actor: Actor, input: { sessionId: string }, now = new Date()) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const session = await sessionAtTheDoor(tx, actor, input.sessionId, now);
    const violation = checkCheckInOpen(session, now);
    if (violation) throw new RuleViolation(violation.rule, violation.key, violation.params);
    const existing = await tx.sessionCheckIn.findUnique({ where: { sessionId: session.id } });
    if (existing) return existing;
    const checkIn = await createUniqueCode(tx, session.id);
    await audit(tx, {
      actor,
      action: "session.checkInOpened",
      entity: "Session",
      entityId: session.id,
      municipalityId: session.municipalityId,
      data: {},
    });
    return checkIn;
  });
}

async function createUniqueCode(tx: Tx, sessionId: string) {
  for (let attempt = 0; ; attempt++) {
    const code = checkInCode(randomBytes(8));
    // A savepoint keeps the transaction usable when a code is already taken.
    await tx.$executeRaw`SAVEPOINT check_in_code`;
    try {
      const created = await tx.sessionCheckIn.create({ data: { sessionId, code } });
      await tx.$executeRaw`RELEASE SAVEPOINT check_in_code`;
      return created;
    } catch (error) {
      await tx.$executeRaw`ROLLBACK TO SAVEPOINT check_in_code`;
      const taken = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!taken || attempt >= 5) throw error;
    }
  }
}

/**
 * A participant checks themselves in with the code at the door: only at the session the
 * code belongs to, only while check-in is open (R10), only when expected there (R9, R15).
 * Wrong codes count against the person (CHECK_IN_LIMIT); a check-in that works does not.
 */
export async function checkIn(actor: Actor, input: CheckInInput, now = new Date()) {
  const prisma = await db();
  const key = `check-in:${actor.id}`;
  if (!(await hit(prisma, key, CHECK_IN_LIMIT))) throw new FieldConflict("code", "sessions.checkIn.tooManyTries");
  const result = await prisma.$transaction(async (tx) => {
    const found = await tx.sessionCheckIn.findUnique({
      where: { code: input.code },
      select: {
        session: {
          select: {
            id: true,
            kind: true,
            title: true,
            status: true,
            startsAt: true,
            endsAt: true,
            municipalityId: true,
            trajectoryId: true,
            cohortId: true,
            poolId: true,
            trajectory: { select: { template: { select: { steps: true } } } },
          },
        },
      },
    });
    if (!found || found.session.status === "CANCELLED") throw new FieldConflict("code", "sessions.checkIn.unknownCode");
    const { session } = found;
    const violation = checkCheckInOpen(session, now);
    if (violation) throw new RuleViolation(violation.rule, violation.key, violation.params);
    const expected = await expectedParticipants(tx, session);
    if (!expected.some((person) => person.id === actor.id)) throw new RuleViolation("R9", "checkInNotExpected");
    const existing = await tx.attendance.findUnique({
      where: { sessionId_userId: { sessionId: session.id, userId: actor.id } },
      select: { status: true },
    });
    await writeAttendance(tx, actor, session, actor.id, "PRESENT", existing?.status ?? null);
    const label = sessionLabel({ ...session, steps: session.trajectory?.template.steps });
    return { sessionId: session.id, label, startsAt: session.startsAt, endsAt: session.endsAt };
  });
  await refund(prisma, key);
  return result;
}
