// Read models of the case screens: each authorises inside (lib/auth/policy.ts, R13/R20) and
// returns plain data, or null for "not found or not yours".
import type { Actor } from "@/lib/auth/access";
import { may, mayIn } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/ids";
import { interventionCatalogue } from "@/lib/interventions/queries";
import { sessionLabel } from "@/lib/sessions/labels";
import {
  caseForReader,
  listCases,
  overdueActions,
  possibleActionOwners,
  sessionCaseBoard,
  trainerSessionsForCases,
} from "./queries";
import { acceptsActions, canEditCase, canManagePlan } from "./rules";
import type { CaseFilters } from "./schemas";

/** "Mijn casuïstiek": the staff member's own cases and their overdue actions. */
export async function myCasesPage(actor: Actor, filters: CaseFilters) {
  if (!may(actor, "submitOwnCases")) return null;
  const prisma = await db();
  const [result, overdue] = await Promise.all([
    listCases(prisma, actor, "mine", filters),
    overdueActions(prisma, actor),
  ]);
  return { result, overdue };
}

/** The municipality's submitted cases and overdue actions, for its coordinator (R20). */
export async function municipalityCasesPage(actor: Actor, filters: CaseFilters) {
  const municipalityId = actor.municipalityId;
  if (!municipalityId) return null;
  const prisma = await db();
  if (!(await mayIn(prisma, actor, "coordinateMunicipality", municipalityId))) return null;
  const [municipality, result, overdue] = await Promise.all([
    prisma.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { name: true } }),
    listCases(prisma, actor, "municipality", filters),
    overdueActions(prisma, actor),
  ]);
  return { municipality: municipality.name, result, overdue };
}

/** Cases the trainer may read (R13), and their sessions around now to pick cases for. */
export async function trainerCasesPage(actor: Actor, filters: CaseFilters) {
  if (!may(actor, "readTrainedCases")) return null;
  const prisma = await db();
  const [result, sessions] = await Promise.all([
    listCases(prisma, actor, "trainer", filters),
    trainerSessionsForCases(prisma, actor.id),
  ]);
  return { result, sessions: sessions.map((session) => ({ ...session, label: sessionLabel(session) })) };
}

/**
 * One case as much as `actor` may see it (R13/R20): the anonymised analysis, or the full case
 * with what the reader may do to it and the choices its forms need.
 */
export async function casePage(actor: Actor, caseId: string) {
  if (!isUuid(caseId) || !may(actor, "readCase")) return null;
  const prisma = await db();
  const found = await caseForReader(prisma, actor, caseId);
  if (!found) return null;
  if (found.level === "anonymised") return { level: found.level, anonymised: found.anonymised };
  const { item } = found;
  const managesPlan = canManagePlan(actor, item);
  const linksActions = managesPlan && item.status !== "CLOSED" && (item.actionPlan?.actions.length ?? 0) > 0;
  const [owners, catalogue] = await Promise.all([
    managesPlan && acceptsActions(item.status) ? possibleActionOwners(prisma, item.municipalityId) : [],
    linksActions ? interventionCatalogue(prisma) : [],
  ]);
  return {
    level: found.level,
    item: {
      ...item,
      sessions: item.sessions.map((link) => ({ ...link, label: sessionLabel(link.session) })),
    },
    editable: canEditCase(actor, item),
    managesPlan,
    linksActions,
    owners,
    catalogue,
  };
}

/** The case for its edit form; null unless `actor` may edit it now (R11). */
export async function caseEditPage(actor: Actor, caseId: string) {
  if (!isUuid(caseId) || !may(actor, "writeCase")) return null;
  const found = await caseForReader(await db(), actor, caseId);
  if (!found || found.level !== "full" || !canEditCase(actor, found.item)) return null;
  return found.item;
}

/**
 * For a session's trainer: the participants' cases they may read (R13), with the catalogue
 * to link advice to; null unless the actor trains the session in a municipality of theirs (R20).
 */
export async function sessionCasesPage(actor: Actor, sessionId: string) {
  if (!isUuid(sessionId) || !may(actor, "readTrainedCases")) return null;
  const prisma = await db();
  const board = await sessionCaseBoard(prisma, actor, sessionId);
  if (
    !board ||
    board.session.trainers.length === 0 ||
    !(await mayIn(prisma, actor, "readTrainedCases", board.session.municipalityId))
  )
    return null;
  const catalogue = await interventionCatalogue(prisma);
  return { ...board, label: sessionLabel(board.session), catalogue };
}
