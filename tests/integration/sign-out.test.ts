import { describe, expect, it } from "vitest";
import { signOutAction, signOutEverywhereAction } from "@/app/account/actions";
import { accountPage } from "@/lib/accounts/read-models";
import { idle } from "@/lib/actions/state";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { makeTenant } from "../support/fixtures";
import { currentTestSession, signInAs } from "../support/session";

/** Signs `userId` in on a new device (its first request opens the session) and returns that device's session id. */
async function newDevice(userId: string): Promise<string> {
  signInAs(userId);
  expect((await currentUser())?.id).toBe(userId);
  return currentTestSession()!;
}

/** Who the device with session `sessionId` is signed in as now, if anyone. */
async function deviceUser(userId: string, sessionId: string) {
  signInAs(userId, { sessionId });
  return (await currentUser())?.id ?? null;
}

describe("signing out ends the session on the server", () => {
  it("a copied cookie of a signed-out browser opens nothing; the person's other devices stay signed in", async () => {
    const { staff } = await makeTenant();
    const laptop = await newDevice(staff.id);
    const phone = await newDevice(staff.id);
    expect(await deviceUser(staff.id, laptop)).toBe(staff.id);
    expect(await deviceUser(staff.id, phone)).toBe(staff.id);

    signInAs(staff.id, { sessionId: laptop });
    expect(await signOutAction(idle)).toMatchObject({ status: "success" });

    expect(await deviceUser(staff.id, laptop)).toBeNull();
    expect(await deviceUser(staff.id, phone)).toBe(staff.id);
  });

  it("signing out on all devices ends every session of the person, and only theirs; a new sign-in works again", async () => {
    const { staff, colleague } = await makeTenant();
    const laptop = await newDevice(staff.id);
    const phone = await newDevice(staff.id);
    const colleagues = await newDevice(colleague.id);
    signInAs(staff.id, { sessionId: phone });
    expect((await accountPage((await currentUser())!))?.openSessions).toBe(2);

    expect(await signOutEverywhereAction(idle)).toMatchObject({ status: "success" });

    expect(await deviceUser(staff.id, laptop)).toBeNull();
    expect(await deviceUser(staff.id, phone)).toBeNull();
    expect(await deviceUser(colleague.id, colleagues)).toBe(colleague.id);
    expect(
      await (
        await db()
      ).auditEvent.count({ where: { action: "person.signedOutEverywhere", entityId: staff.id, actorId: staff.id } }),
    ).toBe(1);
    expect(await deviceUser(staff.id, await newDevice(staff.id))).toBe(staff.id);
  });

  it("refuses signing out everywhere to someone who is not signed in, and ends nothing", async () => {
    const { staff } = await makeTenant();
    const laptop = await newDevice(staff.id);
    signInAs(null);
    expect(await signOutEverywhereAction(idle)).toMatchObject({
      status: "error",
      message: "U heeft geen toegang tot dit onderdeel.",
    });
    expect(await deviceUser(staff.id, laptop)).toBe(staff.id);
  });

  it("a session ends after its lifetime, and an ended or unknown session id opens nothing", async () => {
    const { staff } = await makeTenant();
    const laptop = await newDevice(staff.id);
    expect(await deviceUser(staff.id, laptop)).toBe(staff.id);
    await (
      await db()
    ).signInSession.update({ where: { id: laptop }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await deviceUser(staff.id, laptop)).toBeNull();
  });
});
