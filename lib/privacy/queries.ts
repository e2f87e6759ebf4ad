import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/ids";

export const PEOPLE_PAGE_SIZE = 50;

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
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        erasedAt: true,
        municipality: { select: { name: true } },
      },
    }),
    prisma.user.count({ where }),
  ]);
  return { people, total };
}

export async function personSummary(prisma: Db, id: string) {
  if (!isUuid(id)) return null;
  return prisma.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      erasedAt: true,
      municipality: { select: { name: true } },
      _count: { select: { cases: true, enrollments: true } },
    },
  });
}
