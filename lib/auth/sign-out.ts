import { audit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import type { Actor } from "./access";
import { assertMay } from "./policy";
import { endAllSignInSessions } from "./sign-in-sessions";

/** "Sign out on all devices": every open session of the person ends, this one included (R22: audited). */
export async function signOutEverywhere(actor: Actor): Promise<{ ended: number }> {
  assertMay(actor, "useOwnAccount");
  return (await db()).$transaction(async (tx) => {
    const ended = await endAllSignInSessions(tx, actor.id);
    await audit(tx, {
      actor,
      action: "person.signedOutEverywhere",
      entity: "User",
      entityId: actor.id,
      municipalityId: actor.municipalityId,
      data: { sessions: ended },
    });
    return { ended };
  });
}
