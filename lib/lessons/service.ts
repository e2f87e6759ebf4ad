import type { z } from "zod";
import type { Actor } from "@/lib/auth/access";
import { assertMay, assertMayIn } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { AccessDenied, NotFound, RuleViolation } from "@/lib/errors";
import { mayPublishLesson, sessionHasBegun } from "./rules";
import type { publishLessonSchema, withdrawLessonSchema, writeLessonSchema } from "./schemas";

/**
 * A trainer or coordinator with access to the session's municipality writes a lesson
 * (knowledge product) after the session: successes first, then dilemmas and insights.
 * The lesson belongs to the session's municipality and is visible only there until
 * its coordinator publishes it.
 */
export async function writeLesson(actor: Actor, input: z.output<typeof writeLessonSchema>, now = new Date()) {
  assertMay(actor, "writeLesson");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const session = await tx.session.findUnique({
      where: { id: input.sessionId },
      select: { id: true, municipalityId: true, startsAt: true },
    });
    if (!session) throw new NotFound("session");
    await assertMayIn(tx, actor, "writeLesson", session.municipalityId);
    if (!sessionHasBegun(session, now)) throw new RuleViolation("R10", "lessonBeforeSession");
    const { sessionId: _sessionId, ...text } = input;
    const lesson = await tx.lesson.create({
      data: { ...text, municipalityId: session.municipalityId, sessionId: session.id, authorId: actor.id },
      select: { id: true, municipalityId: true },
    });
    await audit(tx, {
      actor,
      action: "lesson.write",
      entity: "Lesson",
      entityId: lesson.id,
      municipalityId: lesson.municipalityId,
      data: { sessionId: session.id },
    });
    return lesson;
  });
}

/**
 * The coordinator of the lesson's municipality publishes it to the network: from then
 * on every signed-in user reads it, without names (lib/network/queries networkLesson).
 */
export async function publishLesson(
  actor: Actor,
  input: Pick<z.output<typeof publishLessonSchema>, "lessonId">,
  now = new Date(),
) {
  return changePublication(actor, input.lessonId, now);
}

/** The coordinator takes a published lesson back: it is again visible only to its municipality. */
export async function withdrawLesson(actor: Actor, input: z.output<typeof withdrawLessonSchema>) {
  return changePublication(actor, input.lessonId, null);
}

/** Publishes (at `publishedAt`) or withdraws (null) a lesson, as its own coordinator; publishing twice keeps the first date. */
async function changePublication(actor: Actor, lessonId: string, publishedAt: Date | null) {
  assertMay(actor, "publishLesson");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const lesson = await lockedLesson(tx, lessonId);
    if (!mayPublishLesson(actor, lesson)) throw new AccessDenied();
    if (publishedAt && lesson.publishedAt) return { id: lesson.id, publishedAt: lesson.publishedAt };
    const updated = await tx.lesson.update({
      where: { id: lesson.id },
      data: { publishedAt },
      select: { id: true, publishedAt: true },
    });
    await audit(tx, {
      actor,
      action: publishedAt ? "lesson.publish" : "lesson.withdraw",
      entity: "Lesson",
      entityId: lesson.id,
      municipalityId: lesson.municipalityId,
    });
    return updated;
  });
}

async function lockedLesson(tx: Tx, id: string) {
  const rows = await tx.$queryRaw<{ id: string; municipalityId: string; publishedAt: Date | null }[]>`
    SELECT "id", "municipalityId", "publishedAt" FROM "Lesson" WHERE "id" = ${id}::uuid FOR UPDATE`;
  if (!rows[0]) throw new NotFound("lesson");
  return rows[0];
}
