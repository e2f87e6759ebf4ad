import type { Actor } from "@/lib/auth/access";
import { municipalitiesFor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { IMPORT_LIMITS } from "./limits";

/** The import screen: the municipalities the actor may import staff into (a coordinator only their own), or null. */
export async function staffImportPage(actor: Actor) {
  const prisma = await db();
  const scope = await municipalitiesFor(prisma, actor, "importPeople");
  if (scope !== "all" && scope.length === 0) return null;
  const municipalities = await prisma.municipality.findMany({
    where: { archivedAt: null, ...(scope === "all" ? {} : { id: { in: scope } }) },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  if (municipalities.length === 0) return null;
  return { municipalities, limits: { fileBytes: IMPORT_LIMITS.fileBytes, chunkRows: IMPORT_LIMITS.chunkRows } };
}
