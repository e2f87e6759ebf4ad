import type { Actor } from "@/lib/auth/access";
import { may } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { firstValues, type SearchParams } from "@/lib/search-params";
import { auditLogPage } from "./queries";
import { auditFilterSchema } from "./schemas";

/**
 * The admin's audit log (R22): one page of events under the query string's filters (a
 * malformed filter is ignored), each with its municipality's name, and the municipalities
 * to filter by. Null for anyone who may not read the log.
 */
export async function auditPage(actor: Actor, query: SearchParams) {
  if (!may(actor, "readAudit")) return null;
  const filter = auditFilterSchema.parse(firstValues(query));
  const prisma = await db();
  const [page, municipalities] = await Promise.all([
    auditLogPage(prisma, filter),
    prisma.municipality.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const municipalityName = new Map(municipalities.map((m) => [m.id, m.name]));
  return {
    filter,
    municipalities,
    nextCursor: page.nextCursor,
    events: page.events.map(({ data, ...event }) => ({
      ...event,
      municipality: event.municipalityId ? (municipalityName.get(event.municipalityId) ?? null) : null,
      details: JSON.stringify(data),
    })),
  };
}
