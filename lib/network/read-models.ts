// Read models of the network library's screens: every signed-in user reads what
// municipalities shared (readNetwork); nothing here names a person.
import type { Actor } from "@/lib/auth/access";
import { may } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/ids";
import { networkCase, networkLesson, searchLibrary } from "./queries";
import type { LibrarySearch } from "./schemas";

/** The library's search results and, for a coordinator, whether their municipality is named in it. */
export async function libraryPage(actor: Actor, search: LibrarySearch) {
  if (!may(actor, "readNetwork")) return null;
  const prisma = await db();
  const ownMunicipalityId = actor.role === "COORDINATOR" ? actor.municipalityId : null;
  const [items, own] = await Promise.all([
    searchLibrary(prisma, search),
    ownMunicipalityId
      ? prisma.municipality.findUnique({ where: { id: ownMunicipalityId }, select: { namedInNetwork: true } })
      : null,
  ]);
  return { items, namedInNetwork: own?.namedInNetwork ?? null };
}

/** A case shared anonymised with the network (R13); null otherwise. */
export async function networkCasePage(actor: Actor, caseId: string) {
  if (!isUuid(caseId) || !may(actor, "readNetwork")) return null;
  return networkCase(await db(), caseId);
}

/** A published lesson as the network reads it; null when missing or not published. */
export async function networkLessonPage(actor: Actor, lessonId: string) {
  if (!isUuid(lessonId) || !may(actor, "readNetwork")) return null;
  return networkLesson(await db(), lessonId);
}
