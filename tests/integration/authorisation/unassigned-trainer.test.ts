// R20 in the authorisation matrix's terms: a trainer removed from a municipality is
// refused there from that moment — its pages answer 404, its actions refuse and write
// nothing — while what they did there stays in the audit log.
import { beforeAll, describe, expect, it } from "vitest";
import { createTrajectoryAction } from "@/app/trainer/trajectories/new/actions";
import { unassignTrainerAction } from "@/app/admin/municipalities/[id]/actions";
import { idle } from "@/lib/actions/state";
import { db } from "@/lib/db/client";
import { trajectoryPage } from "@/lib/trajectories/read-models";
import { defaultTemplate, makeMunicipality, makeUser } from "../../support/fixtures";
import { form } from "../../support/form";
import { signInAs } from "../../support/session";
import { expectCall, type Action } from "./outcome";

let world: Awaited<ReturnType<typeof build>>;
async function build() {
  const municipality = await makeMunicipality();
  const trainer = await makeUser("TRAINER", { assignedTo: [municipality.id] });
  const admin = await makeUser("ADMIN");
  const template = await defaultTemplate();
  const newTrajectory = () => ({ municipalityId: municipality.id, templateId: template.id, title: "Eigen traject" });
  return { municipality, trainer, admin, newTrajectory };
}
beforeAll(async () => {
  world = await build();
});

describe("R20: a trainer removed from a municipality loses access at once", () => {
  it("assigned: plans a trajectory there and reads it", async () => {
    signInAs(world.trainer.id);
    await expectCall(createTrajectoryAction as Action, world.newTrajectory(), "allowed");
    const trajectory = await (
      await db()
    ).trajectory.findFirstOrThrow({ where: { municipalityId: world.municipality.id } });
    expect((await trajectoryPage(world.trainer, trajectory.id, new Date()))?.id).toBe(trajectory.id);
  });

  it("removed by the admin: refused on the trajectory and on a new one, nothing written; the history stays", async () => {
    signInAs(world.admin.id);
    const removed = await unassignTrainerAction(
      idle,
      form({ municipalityId: world.municipality.id, trainerId: world.trainer.id }),
    );
    expect(removed.status).toBe("success");

    const trajectory = await (
      await db()
    ).trajectory.findFirstOrThrow({ where: { municipalityId: world.municipality.id } });
    expect(await trajectoryPage(world.trainer, trajectory.id, new Date())).toBeNull();
    signInAs(world.trainer.id);
    await expectCall(createTrajectoryAction as Action, world.newTrajectory(), "refused");

    const history = await (
      await db()
    ).auditEvent.findMany({
      where: { municipalityId: world.municipality.id },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true },
    });
    expect(history).toEqual([
      { action: "trajectory.created", actorId: world.trainer.id },
      { action: "trainer.unassigned", actorId: world.admin.id },
    ]);
  });
});
