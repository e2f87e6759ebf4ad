// Use cases of the pool's membership: the coordinator adds eligible people (R14),
// pauses members and marks alumni. Only the municipality's coordinator (policy
// managePool; admins do no pool work, ADR 0010). Each runs in one transaction (R21) and
// is audited (R22).
import type { Actor } from "@/lib/auth/access";
import { assertMay, assertMayIn } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { NotFound, RuleViolation } from "@/lib/errors";
import type { PoolMemberStatus } from "@/lib/generated/prisma/client";
import { cohortAttendances } from "./queries";
import { isEligibleForPool, leftAtAfter, mayChangeMemberStatus, trainingRecords } from "./rules";

/** The municipality's pool, created on first use, locked for the rest of the transaction. */
export async function lockPool(tx: Tx, municipalityId: string): Promise<string> {
  await tx.$executeRaw`INSERT INTO "SpecialistPool" ("id", "municipalityId") VALUES (gen_random_uuid(), ${municipalityId}::uuid) ON CONFLICT ("municipalityId") DO NOTHING`;
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM "SpecialistPool" WHERE "municipalityId" = ${municipalityId}::uuid FOR UPDATE`;
  return rows[0].id;
}

/** R14: adds a person who was present at both the training day and the deepening of a cohort. */
export async function addPoolMember(actor: Actor, input: { municipalityId: string; userId: string }) {
  assertMay(actor, "managePool");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await assertMayIn(tx, actor, "managePool", input.municipalityId);
    const person = await tx.user.findUnique({
      where: { id: input.userId },
      select: { name: true, municipalityId: true, erasedAt: true },
    });
    if (!person || person.erasedAt || person.municipalityId !== input.municipalityId) throw new NotFound("person");
    const poolId = await lockPool(tx, input.municipalityId);
    const records = trainingRecords(
      await cohortAttendances(tx, { municipalityId: input.municipalityId, userIds: [input.userId] }),
    );
    if (!isEligibleForPool(records.get(input.userId))) throw new RuleViolation("R14", "notEligible");

    const existing = await tx.poolMember.findUnique({ where: { poolId_userId: { poolId, userId: input.userId } } });
    if (existing?.status === "ACTIVE") throw new RuleViolation("R14", "alreadyMember");
    const member = existing
      ? await tx.poolMember.update({ where: { id: existing.id }, data: { status: "ACTIVE", leftAt: null } })
      : await tx.poolMember.create({ data: { poolId, userId: input.userId } });
    await audit(tx, {
      actor,
      action: existing ? "pool.member.reactivated" : "pool.member.added",
      entity: "PoolMember",
      entityId: member.id,
      municipalityId: input.municipalityId,
      data: { userId: input.userId, status: "ACTIVE", ...(existing ? { from: existing.status } : {}) },
    });
    return { ...member, name: person.name };
  });
}

/** Pauses a member, marks them alumni (they stay listed and can be invited) or reactivates them. */
export async function changePoolMemberStatus(actor: Actor, input: { memberId: string; status: PoolMemberStatus }) {
  assertMay(actor, "managePool");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const member = await tx.poolMember.findUnique({
      where: { id: input.memberId },
      select: {
        id: true,
        status: true,
        userId: true,
        user: { select: { name: true } },
        pool: { select: { municipalityId: true } },
      },
    });
    if (!member) throw new NotFound("pool member");
    await assertMayIn(tx, actor, "managePool", member.pool.municipalityId);
    await lockPool(tx, member.pool.municipalityId);
    const current = await tx.poolMember.findUniqueOrThrow({ where: { id: member.id }, select: { status: true } });
    const name = member.user.name;
    if (current.status === input.status) return { id: member.id, userId: member.userId, status: current.status, name };
    if (!mayChangeMemberStatus(current.status, input.status)) throw new NotFound("transition");
    const updated = await tx.poolMember.update({
      where: { id: member.id },
      data: { status: input.status, leftAt: leftAtAfter(input.status, new Date()) },
    });
    await audit(tx, {
      actor,
      action: "pool.member.status",
      entity: "PoolMember",
      entityId: member.id,
      municipalityId: member.pool.municipalityId,
      data: { userId: member.userId, from: current.status, to: input.status },
    });
    return { ...updated, name };
  });
}
