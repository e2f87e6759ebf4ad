import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilter } from "./schemas";

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: string;
  at: Date;
  action: string;
  entity: string;
  entityId: string;
  municipalityId: string | null;
  data: Prisma.JsonValue;
  actor: { id: string; name: string; erased: boolean } | null;
};

/**
 * One page of the audit log, newest first, for admins only (the page checks the role).
 * Keyset pagination on the id: two statements whatever the page or the log's size.
 */
export async function auditLogPage(prisma: Db, filter: AuditFilter) {
  const where: Prisma.AuditEventWhereInput = {
    action: filter.action ? { contains: filter.action, mode: "insensitive" } : undefined,
    entity: filter.entity ? { equals: filter.entity, mode: "insensitive" } : undefined,
    entityId: filter.entityId,
    municipalityId: filter.municipalityId,
    at: {
      gte: filter.from ? new Date(`${filter.from}T00:00:00Z`) : undefined,
      lt: filter.to ? new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000) : undefined,
    },
    actor: filter.actor
      ? {
          OR: [
            { name: { contains: filter.actor, mode: "insensitive" } },
            { email: { contains: filter.actor, mode: "insensitive" } },
          ],
        }
      : undefined,
    id: filter.before ? { lt: BigInt(filter.before) } : undefined,
  };
  const rows = await prisma.auditEvent.findMany({
    where,
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    include: { actor: { select: { id: true, name: true, erasedAt: true } } },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const events: AuditRow[] = page.map((row) => ({
    id: row.id.toString(),
    at: row.at,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    municipalityId: row.municipalityId,
    data: row.data,
    actor: row.actor ? { id: row.actor.id, name: row.actor.name, erased: row.actor.erasedAt !== null } : null,
  }));
  return { events, nextCursor: rows.length > AUDIT_PAGE_SIZE ? events[events.length - 1].id : null };
}
