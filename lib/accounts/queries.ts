import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export const PEOPLE_PAGE_SIZE = 50;

/** What the admin's people pages show of a person. */
const personSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  erasedAt: true,
  municipality: { select: { name: true } },
} satisfies Prisma.UserSelect;

/** Admin: people by name or e-mail, two statements per page. */
export async function searchPeople(prisma: Db, query: string | undefined, page: number) {
  const where: Prisma.UserWhereInput = query
    ? { OR: [{ name: { contains: query, mode: "insensitive" } }, { email: { contains: query, mode: "insensitive" } }] }
    : {};
  const [people, total] = await Promise.all([
    prisma.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
      select: personSelect,
    }),
    prisma.user.count({ where }),
  ]);
  return { people, total };
}

/** One person, with how many cases and enrollments erasing them would touch, and where a trainer is assigned. */
export function personSummary(prisma: Db, id: string) {
  return prisma.user.findUnique({
    where: { id },
    select: {
      ...personSelect,
      _count: { select: { cases: true, enrollments: true } },
      assignments: { select: { municipality: { select: { id: true, name: true } } } },
    },
  });
}

/** The groups a person is placed in that have not finished, where their work field counts (R5). */
export function openGroupsWhere(userId: string) {
  return {
    userId,
    status: "ACCEPTED" as const,
    cohort: { status: { in: ["RECRUITING" as const, "FULL" as const, "RUNNING" as const] } },
  };
}
