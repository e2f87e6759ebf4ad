import type { Db } from "@/lib/db/client";
import type { IntakeStatus } from "@/lib/generated/prisma/client";

/** The admin inbox, newest first, optionally one status. */
export function intakeInbox(prisma: Db, status?: IntakeStatus, take = 200) {
  return prisma.intakeRequest.findMany({
    where: status ? { status } : {},
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, kind: true, status: true, municipalityName: true, contactName: true, role: true, createdAt: true },
  });
}

export function intakeRequest(prisma: Db, id: string) {
  return prisma.intakeRequest.findUnique({
    where: { id },
    include: { trajectory: { select: { id: true, title: true } } },
  });
}

/** What the admin chooses from when turning a request into a trajectory (three queries). */
export async function conversionOptions(prisma: Db) {
  const [municipalities, templates, trainers] = await Promise.all([
    prisma.municipality.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.trajectoryTemplate.findMany({ orderBy: { nameNl: "asc" }, select: { id: true, key: true, nameNl: true, nameEn: true } }),
    prisma.user.findMany({
      where: { role: "TRAINER", erasedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true, assignments: { orderBy: { municipality: { name: "asc" } }, select: { municipality: { select: { name: true } } } } },
    }),
  ]);
  return { municipalities, templates, trainers };
}
