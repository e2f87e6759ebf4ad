// R13 + R20 for reads of cases, as database filters. Other areas (pool, network,
// sessions) call these; the pure rule is caseReadLevel in ./rules.
import type { Actor } from "@/lib/auth/access";
import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { participantOf } from "@/lib/sessions/schedule";
import { caseReadLevel, type ReadLevel } from "./rules";

const NOTHING: Prisma.CaseWhereInput = { id: { in: [] } };

/** Sessions `userId` takes part in as a participant (not as a trainer). */
function participatesIn(userId: string): Prisma.SessionWhereInput {
  return {
    status: "SCHEDULED",
    OR: participantOf(userId),
  };
}

/** Cases whose trajectory, or a session they were brought into, `trainerId` trains. */
function trainedBy(trainerId: string): Prisma.CaseWhereInput {
  return {
    OR: [
      { trajectory: { OR: [{ leadTrainerId: trainerId }, { trainers: { some: { trainerId } } }] } },
      { sessions: { some: { session: { trainers: { some: { trainerId } } } } } },
    ],
  };
}

/**
 * The cases `actor` may read in full (R13, R20), as a Prisma filter. It mirrors
 * `caseReadLevel(...) === "full"` (tests/integration/cases/access.test.ts checks they agree).
 */
export function readableCasesWhere(actor: Actor): Prisma.CaseWhereInput {
  const municipalityId = actor.municipalityId;
  switch (actor.role) {
    case "STAFF":
      if (!municipalityId) return NOTHING;
      return {
        municipalityId,
        OR: [
          { authorId: actor.id },
          {
            status: { not: "DRAFT" },
            OR: [
              { sessions: { some: { session: participatesIn(actor.id) } } },
              { municipality: { pool: { members: { some: { userId: actor.id, status: "ACTIVE" } } } } },
            ],
          },
        ],
      };
    case "COORDINATOR":
      return municipalityId ? { municipalityId, OR: [{ status: { not: "DRAFT" } }, { authorId: actor.id }] } : NOTHING;
    case "TRAINER":
      return {
        status: { not: "DRAFT" },
        confidentiality: { in: ["TRAINERS", "NETWORK_ANONYMISED"] },
        municipality: { trainers: { some: { trainerId: actor.id } } },
        ...trainedBy(actor.id),
      };
    default:
      return NOTHING;
  }
}

/** Cases shared anonymised with the network: every signed-in user reads their analysis. */
export const networkCasesWhere: Prisma.CaseWhereInput = {
  confidentiality: "NETWORK_ANONYMISED",
  status: { not: "DRAFT" },
};

/**
 * How much of case `caseId` `actor` may read: "full", "anonymised" (the network view,
 * see anonymisedCase) or "none" — also "none" when the case does not exist. One query.
 */
export async function canReadCase(prisma: Db | Tx, actor: Actor, caseId: string): Promise<ReadLevel> {
  const facts = await readFacts(prisma, actor, caseId);
  return facts ? caseReadLevel(actor, facts) : "none";
}

/** The facts caseReadLevel needs, loaded in one query. */
export async function readFacts(prisma: Db | Tx, actor: Actor, caseId: string) {
  const item = await prisma.case.findUnique({
    where: { id: caseId },
    select: {
      municipalityId: true,
      authorId: true,
      status: true,
      confidentiality: true,
      trajectory: {
        select: { leadTrainerId: true, trainers: { where: { trainerId: actor.id }, select: { trainerId: true } } },
      },
      sessions: {
        select: {
          session: {
            select: {
              status: true,
              trainers: { where: { trainerId: actor.id }, select: { trainerId: true } },
              registrations: { where: { userId: actor.id, status: "REGISTERED" }, select: { userId: true } },
              cohort: {
                select: {
                  enrollments: {
                    where: { userId: actor.id, status: { in: ["ACCEPTED", "COMPLETED"] } },
                    select: { userId: true },
                  },
                },
              },
              pool: {
                select: { members: { where: { userId: actor.id, status: "ACTIVE" }, select: { userId: true } } },
              },
            },
          },
        },
      },
      municipality: {
        select: {
          trainers: { where: { trainerId: actor.id }, select: { trainerId: true } },
          pool: { select: { members: { where: { userId: actor.id, status: "ACTIVE" }, select: { userId: true } } } },
        },
      },
    },
  });
  if (!item) return null;
  const linked = item.sessions.map(({ session }) => session);
  return {
    case: {
      municipalityId: item.municipalityId,
      authorId: item.authorId,
      status: item.status,
      confidentiality: item.confidentiality,
    },
    trainsCase:
      item.trajectory?.leadTrainerId === actor.id ||
      (item.trajectory?.trainers.length ?? 0) > 0 ||
      linked.some((s) => s.trainers.length > 0),
    assignedToMunicipality: item.municipality.trainers.length > 0,
    inLinkedSession: linked.some(
      (s) =>
        s.status === "SCHEDULED" &&
        (s.registrations.length > 0 || (s.cohort?.enrollments.length ?? 0) > 0 || (s.pool?.members.length ?? 0) > 0),
    ),
    activePoolMember: (item.municipality.pool?.members.length ?? 0) > 0,
  };
}
