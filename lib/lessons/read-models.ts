import { accessibleMunicipalityIds, type Actor } from "@/lib/auth/access";
import { may, mayIn } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/ids";
import { networkLessonPreview } from "@/lib/network/queries";
import { lessonById, lessonsOf, meetingsAwaitingLesson, sessionForLesson, sessionsForLessons } from "./queries";
import { mayPublishLesson, sessionHasBegun } from "./rules";

/**
 * /lessons: the lessons of the reader's own municipalities (R20), and for those who write
 * lessons the network meetings there still waiting for their knowledge product.
 */
export async function lessonsPage(actor: Actor, now = new Date()) {
  const prisma = await db();
  const municipalities = may(actor, "readLesson") ? await accessibleMunicipalityIds(prisma, actor) : [];
  const mayWrite = may(actor, "writeLesson");
  const [lessons, awaiting] = await Promise.all([
    lessonsOf(prisma, municipalities),
    mayWrite ? meetingsAwaitingLesson(prisma, municipalities, now) : [],
  ]);
  return { mayWrite, lessons, awaiting };
}

/**
 * /lessons/[id]: one lesson for the readers of its own municipality (R20), whether published
 * or not, with whether the reader may publish or withdraw it. Null when missing or foreign.
 */
export async function lessonPage(actor: Actor, id: string) {
  if (!isUuid(id)) return null;
  const prisma = await db();
  const lesson = await lessonById(prisma, id);
  if (!lesson || !(await mayIn(prisma, actor, "readLesson", lesson.municipalityId))) return null;
  const { municipality, author, ...rest } = lesson;
  return {
    lesson: { ...rest, municipality: municipality.name, author: author?.name ?? null },
    mayPublish: mayPublishLesson(actor, lesson),
  };
}

/** /lessons/new without a session: the sessions the writer may write a lesson about (begun, R10; R20). */
export async function lessonSessionsPage(actor: Actor, now = new Date()) {
  if (!may(actor, "writeLesson")) return null;
  const prisma = await db();
  return { sessions: await sessionsForLessons(prisma, await accessibleMunicipalityIds(prisma, actor), now) };
}

/** /lessons/new?session=…: the session a lesson is written about; null unless it has begun (R10) and is the writer's (R20). */
export async function newLessonPage(actor: Actor, sessionId: string, now = new Date()) {
  if (!isUuid(sessionId) || !may(actor, "writeLesson")) return null;
  const prisma = await db();
  const session = await sessionForLesson(prisma, sessionId);
  if (!session || !sessionHasBegun(session, now)) return null;
  if (!(await mayIn(prisma, actor, "writeLesson", session.municipalityId))) return null;
  return { session };
}

/**
 * /lessons/[id]/publish: the lesson as the network would read it, for its own coordinator
 * to confirm it names nobody. Null for anyone else, or a missing lesson.
 */
export async function publishLessonPage(actor: Actor, id: string) {
  if (!isUuid(id) || !may(actor, "publishLesson")) return null;
  const prisma = await db();
  const lesson = await lessonById(prisma, id);
  if (!lesson || !mayPublishLesson(actor, lesson)) return null;
  const preview = await networkLessonPreview(prisma, id);
  if (!preview) return null;
  return {
    lesson: { id: lesson.id, published: lesson.publishedAt !== null },
    municipalityNamed: lesson.municipality.namedInNetwork,
    preview: { ...preview, publishedAt: null },
  };
}
