// Builders for the intervisie's integration tests.
import type { Actor } from "@/lib/auth/access";
import { planIntervisie, type PlanIntervisieCommand } from "@/lib/intervisie/service";
import { daysFromNow } from "../pool/pool-fixtures";

/** An intervisie of `municipalityId`'s pool, planned by `actor`, `days` from now from 13:00 to 15:00 (UTC). */
export const intervisieIn = (
  actor: Actor,
  municipalityId: string,
  days: number,
  extra: Partial<Omit<PlanIntervisieCommand, "municipalityId" | "startsAt" | "endsAt">> = {},
) =>
  planIntervisie(actor, {
    municipalityId,
    startsAt: daysFromNow(days, 13),
    endsAt: daysFromNow(days, 15),
    caseIds: [],
    ...extra,
  });
