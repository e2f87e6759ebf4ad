import type { Actor } from "@/lib/auth/access";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditInput = {
  actor: Pick<Actor, "id"> | null;
  action: string;
  entity: string;
  entityId: string;
  municipalityId?: string | null;
  /** Field names and non-sensitive values only: never case text (docs/domain.md Privacy). */
  data?: Prisma.InputJsonObject;
};

/** R22: records who did what to which record, in the same transaction as the change. */
export async function audit(tx: Tx, event: AuditInput) {
  await tx.auditEvent.create({
    data: {
      actorId: event.actor?.id ?? null,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId,
      municipalityId: event.municipalityId ?? null,
      data: event.data ?? {},
    },
  });
}
