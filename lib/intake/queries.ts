import type { Db } from "@/lib/db/client";
import { OPEN_STATUSES } from "@/lib/cohorts/rules";
import type { IntakeStatus } from "@/lib/generated/prisma/client";
import { STRATEGIST_TEMPLATE_KEY } from "./rules";

/** The admin inbox, newest first, optionally one status. */
export function intakeInbox(prisma: Db, status?: IntakeStatus, take = 200) {
  return prisma.intakeRequest.findMany({
    where: status ? { status } : {},
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      kind: true,
      status: true,
      municipalityName: true,
      contactName: true,
      role: true,
      createdAt: true,
    },
  });
}

export function intakeRequest(prisma: Db, id: string) {
  return prisma.intakeRequest.findUnique({
    where: { id },
    include: {
      trajectory: { select: { id: true, title: true } },
      enrollment: { select: { status: true, user: { select: { name: true } }, cohort: { select: { name: true } } } },
    },
  });
}

/** What the admin chooses from when turning a request into a trajectory (three queries). */
export async function conversionOptions(prisma: Db) {
  const [municipalities, templates, trainers] = await Promise.all([
    prisma.municipality.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.trajectoryTemplate.findMany({
      where: { supersededAt: null },
      orderBy: { nameNl: "asc" },
      select: { id: true, key: true, nameNl: true, nameEn: true },
    }),
    prisma.user.findMany({
      where: { role: "TRAINER", erasedAt: null },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        assignments: {
          orderBy: { municipality: { name: "asc" } },
          select: { municipality: { select: { name: true } } },
        },
      },
    }),
  ]);
  return { municipalities, templates, trainers };
}

/** The recruiting cohorts of strategist courses a strategist request can be enrolled in, with their places (one query). */
export async function strategistCohorts(prisma: Db) {
  const cohorts = await prisma.cohort.findMany({
    where: { status: { in: OPEN_STATUSES }, trajectory: { template: { key: STRATEGIST_TEMPLATE_KEY } } },
    orderBy: [{ trajectory: { municipality: { name: "asc" } } }, { createdAt: "asc" }],
    select: {
      id: true,
      name: true,
      capacity: true,
      trajectory: { select: { title: true, municipality: { select: { name: true } } } },
      _count: { select: { enrollments: { where: { status: "ACCEPTED" } } } },
    },
  });
  return cohorts.map(({ _count, ...cohort }) => ({ ...cohort, accepted: _count.enrollments }));
}
