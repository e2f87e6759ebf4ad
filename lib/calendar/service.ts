import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/access";
import { assertMay } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";

/** A new secret feed address: the old one stops working at once. The token itself is never audited. */
export async function resetCalendarToken(actor: Actor) {
  assertMay(actor, "useOwnAccount");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: actor.id },
      data: { calendarToken: randomBytes(32).toString("hex") },
      select: { calendarToken: true, municipalityId: true },
    });
    await audit(tx, {
      actor,
      action: "user.calendarTokenReset",
      entity: "User",
      entityId: actor.id,
      municipalityId: user.municipalityId,
    });
    return user.calendarToken;
  });
}
