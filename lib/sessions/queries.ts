import type { Db } from "@/lib/db/client";
import { expectedParticipants } from "./participants";

/** A session with everything its page shows; attendance and registrations in constant queries. */
export async function sessionDetail(prisma: Db, sessionId: string) {
  const session = await prisma.session.findUnique({
    where: { id: sessionId },
    include: {
      trajectory: {
        select: {
          id: true,
          title: true,
          template: { select: { nameNl: true, nameEn: true, steps: { orderBy: { position: "asc" } } } },
          leadTrainerId: true,
          trainers: { select: { trainer: { select: { id: true, name: true } } } },
        },
      },
      municipality: { select: { name: true } },
      cohort: { select: { id: true, name: true } },
      trainers: { select: { trainer: { select: { id: true, name: true } } } },
      registrations: {
        where: { status: "REGISTERED" },
        orderBy: { createdAt: "asc" },
        select: { createdAt: true, user: { select: { id: true, name: true, workField: true, jobTitle: true } } },
      },
      attendances: {
        select: {
          userId: true,
          status: true,
          makeUpReason: true,
          user: { select: { id: true, name: true, email: true, locale: true, workField: true } },
        },
      },
    },
  });
  if (!session) return null;
  const expected = await expectedParticipants(prisma, session);
  // People already marked stay on the list (e.g. marked before R9 narrowed it).
  const listed = new Map(expected.map((person) => [person.id, person]));
  for (const attendance of session.attendances)
    if (!listed.has(attendance.userId)) listed.set(attendance.userId, attendance.user);
  const attendance = new Map(session.attendances.map((a) => [a.userId, a]));
  const attendanceList = [...listed.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((person) => ({
      ...person,
      status: attendance.get(person.id)?.status ?? null,
      makeUpReason: attendance.get(person.id)?.makeUpReason ?? null,
    }));
  return { ...session, attendanceList };
}
