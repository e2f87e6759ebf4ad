import type { Db, Tx } from "@/lib/db/client";
import { AccessDenied } from "@/lib/errors";
import type { SessionUser } from "./session";

export type Actor = Pick<SessionUser, "id" | "role" | "municipalityId">;

/**
 * R20: may `actor` act within `municipalityId`? Admins everywhere; trainers where they
 * are assigned; coordinators and staff only in their own municipality.
 */
export async function canAccessMunicipality(prisma: Db | Tx, actor: Actor, municipalityId: string) {
  switch (actor.role) {
    case "ADMIN":
      return true;
    case "TRAINER":
      return (await prisma.trainerAssignment.count({ where: { trainerId: actor.id, municipalityId } })) > 0;
    default:
      return actor.municipalityId === municipalityId;
  }
}

export async function assertMunicipalityAccess(prisma: Db | Tx, actor: Actor, municipalityId: string) {
  if (!(await canAccessMunicipality(prisma, actor, municipalityId))) throw new AccessDenied();
}

/** The municipalities `actor` may see, or "all" for admins. */
export async function accessibleMunicipalityIds(prisma: Db | Tx, actor: Actor): Promise<string[] | "all"> {
  if (actor.role === "ADMIN") return "all";
  if (actor.role === "TRAINER") {
    const rows = await prisma.trainerAssignment.findMany({
      where: { trainerId: actor.id },
      select: { municipalityId: true },
    });
    return rows.map((row) => row.municipalityId);
  }
  return actor.municipalityId ? [actor.municipalityId] : [];
}
