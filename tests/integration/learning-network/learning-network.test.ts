import { describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { joinNetworkSessionAction, leaveNetworkSessionAction } from "@/app/learning-network/actions";
import { addPartnerAction, pairIntakeAction } from "@/app/learning-network/[trajectoryId]/actions";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";
import { personalSchedule } from "@/lib/sessions/schedule";
import { learningNetworkPage, learningNetworksPage } from "@/lib/learning-network/read-models";
import { defaultTemplate, makeTenant, makeUser } from "../../support/fixtures";
import { form } from "../../support/form";
import { signInAs } from "../../support/session";
import { makeLearningNetwork, makeNetworkSession } from "./builders";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Genk organises a learning network with Gouda and Tilburg as partners; Rotterdam is not in it. */
async function network() {
  const prisma = await db();
  const [genk, gouda, tilburg, rotterdam] = await Promise.all([makeTenant(), makeTenant(), makeTenant(), makeTenant()]);
  const trajectory = await makeLearningNetwork(genk, [gouda, tilburg], { trainer: true });
  let day = 3;
  const session = (kind: string, options: { startsAt?: Date; capacity?: number } = {}) => {
    const startsAt = options.startsAt ?? new Date(Date.now() + day++ * DAY);
    return makeNetworkSession(trajectory, {
      kind,
      title: `${kind} ${day}`,
      startsAt,
      hours: 2,
      capacity: options.capacity,
      trainerId: genk.trainer.id,
    });
  };
  return { prisma, genk, gouda, tilburg, rotterdam, trajectory, session };
}

/** The sessions a person finds on /learning-network. */
async function sessionIdsSeenBy(person: { id: string; role: Role; municipalityId: string | null }) {
  const page = await learningNetworksPage(person);
  return page.view === "participant" ? page.sessions.map((s) => s.id) : [];
}

const registered = async (sessionId: string) =>
  (
    await (
      await db()
    ).introRegistration.findMany({ where: { sessionId, status: "REGISTERED" }, select: { userId: true } })
  )
    .map((r) => r.userId)
    .sort();

describe("learning network: participants from every partner municipality, and only those (R20)", () => {
  it("staff and coordinators of the organiser and of each partner join a network meeting; it is in their schedule; others are refused", async () => {
    const { genk, gouda, tilburg, rotterdam, session } = await network();
    const meeting = await session("NETWORK_MEETING");
    for (const person of [genk.staff, gouda.staff, gouda.coordinator, tilburg.colleague]) {
      signInAs(person.id);
      expect(await joinNetworkSessionAction(idle, form({ sessionId: meeting.id }))).toMatchObject({
        status: "success",
      });
    }
    expect(await registered(meeting.id)).toEqual(
      [genk.staff.id, gouda.staff.id, gouda.coordinator.id, tilburg.colleague.id].sort(),
    );
    expect((await personalSchedule(await db(), gouda.staff.id, new Date())).map((s) => s.id)).toContain(meeting.id);

    const before = await registered(meeting.id);
    for (const stranger of [rotterdam.staff, rotterdam.coordinator, gouda.trainer, await makeUser("ADMIN")]) {
      signInAs(stranger.id);
      expect(await joinNetworkSessionAction(idle, form({ sessionId: meeting.id }))).toMatchObject({ status: "error" });
    }
    expect(await registered(meeting.id)).toEqual(before);
    expect(await sessionIdsSeenBy(rotterdam.staff)).not.toContain(meeting.id);
    expect(await sessionIdsSeenBy(tilburg.staff)).toContain(meeting.id);

    signInAs(gouda.staff.id);
    expect(await leaveNetworkSessionAction(idle, form({ sessionId: meeting.id }))).toMatchObject({ status: "success" });
    expect(await registered(meeting.id)).not.toContain(gouda.staff.id);
  });

  it("a partner added by the organiser's trainer takes part from then on; another municipality's trainer cannot add one", async () => {
    const { genk, rotterdam, trajectory, session } = await network();
    const meeting = await session("NETWORK_MEETING");
    signInAs(rotterdam.staff.id);
    expect(await joinNetworkSessionAction(idle, form({ sessionId: meeting.id }))).toMatchObject({ status: "error" });
    signInAs(rotterdam.trainer.id);
    expect(
      await addPartnerAction(idle, form({ trajectoryId: trajectory.id, municipalityId: rotterdam.municipality.id })),
    ).toMatchObject({ status: "error" });
    signInAs(genk.trainer.id);
    expect(
      await addPartnerAction(idle, form({ trajectoryId: trajectory.id, municipalityId: rotterdam.municipality.id })),
    ).toMatchObject({ status: "success" });
    expect(
      await addPartnerAction(idle, form({ trajectoryId: trajectory.id, municipalityId: rotterdam.municipality.id })),
    ).toMatchObject({ status: "error", rule: "R21" });
    signInAs(rotterdam.staff.id);
    expect(await joinNetworkSessionAction(idle, form({ sessionId: meeting.id }))).toMatchObject({ status: "success" });
  });
});

describe("learning network: intake conversations in pairs of municipalities", () => {
  it("a trainer pairs an intake with two of the network's municipalities; only their people see it and join", async () => {
    const { genk, gouda, tilburg, rotterdam, session } = await network();
    const intake = await session("INTAKE");
    // Unpaired: nobody takes part yet.
    signInAs(gouda.staff.id);
    expect(await joinNetworkSessionAction(idle, form({ sessionId: intake.id }))).toMatchObject({ status: "error" });

    signInAs(genk.trainer.id);
    expect(
      await pairIntakeAction(
        idle,
        form({
          sessionId: intake.id,
          firstMunicipalityId: gouda.municipality.id,
          secondMunicipalityId: tilburg.municipality.id,
        }),
      ),
    ).toMatchObject({
      status: "success",
    });
    const pairing = await (await db()).sessionPairing.findMany({ where: { sessionId: intake.id } });
    expect(pairing.map((p) => p.municipalityId).sort()).toEqual(
      [gouda.municipality.id, tilburg.municipality.id].sort(),
    );

    for (const person of [gouda.staff, tilburg.coordinator]) {
      signInAs(person.id);
      expect(await joinNetworkSessionAction(idle, form({ sessionId: intake.id }))).toMatchObject({ status: "success" });
      expect((await personalSchedule(await db(), person.id, new Date())).map((s) => s.id)).toContain(intake.id);
    }
    // The organiser is in the network but not in this pair; Rotterdam is in neither.
    for (const person of [genk.staff, rotterdam.staff]) {
      signInAs(person.id);
      expect(await joinNetworkSessionAction(idle, form({ sessionId: intake.id }))).toMatchObject({ status: "error" });
      expect(await sessionIdsSeenBy(person)).not.toContain(intake.id);
    }
    expect(await sessionIdsSeenBy(gouda.colleague)).toContain(intake.id);
    expect(await registered(intake.id)).toEqual([gouda.staff.id, tilburg.coordinator.id].sort());
  });

  it("refuses a pair of one municipality, with an outsider, by another municipality's trainer, after the start, or leaving people out — and changes nothing", async () => {
    const { prisma, genk, gouda, tilburg, rotterdam, session } = await network();
    const intake = await session("INTAKE");
    const meeting = await session("NETWORK_MEETING");
    const started = await session("INTAKE", { startsAt: new Date(Date.now() - HOUR) });
    signInAs(genk.trainer.id);
    const pair = (sessionId: string, first: string, second: string) =>
      pairIntakeAction(idle, form({ sessionId, firstMunicipalityId: first, secondMunicipalityId: second }));
    expect(await pair(intake.id, gouda.municipality.id, gouda.municipality.id)).toMatchObject({
      status: "error",
      rule: "R21",
    });
    expect(await pair(intake.id, gouda.municipality.id, rotterdam.municipality.id)).toMatchObject({
      status: "error",
      rule: "R20",
    });
    expect(await pair(meeting.id, gouda.municipality.id, tilburg.municipality.id)).toMatchObject({
      status: "error",
      rule: "R21",
    });
    expect(await pair(started.id, gouda.municipality.id, tilburg.municipality.id)).toMatchObject({
      status: "error",
      rule: "R10",
    });
    signInAs(rotterdam.trainer.id);
    expect(await pair(intake.id, gouda.municipality.id, tilburg.municipality.id)).toMatchObject({ status: "error" });
    expect(
      await prisma.sessionPairing.count({ where: { sessionId: { in: [intake.id, meeting.id, started.id] } } }),
    ).toBe(0);

    // Re-pairing may not leave out people who already take part.
    signInAs(genk.trainer.id);
    expect(await pair(intake.id, genk.municipality.id, gouda.municipality.id)).toMatchObject({ status: "success" });
    signInAs(genk.staff.id);
    expect(await joinNetworkSessionAction(idle, form({ sessionId: intake.id }))).toMatchObject({ status: "success" });
    signInAs(genk.trainer.id);
    expect(await pair(intake.id, gouda.municipality.id, tilburg.municipality.id)).toMatchObject({
      status: "error",
      rule: "R20",
    });
    expect(
      (await prisma.sessionPairing.findMany({ where: { sessionId: intake.id } })).map((p) => p.municipalityId).sort(),
    ).toEqual([genk.municipality.id, gouda.municipality.id].sort());
  });

  it("R8 still holds: nobody joins an intake that overlaps a session they already take part in; R10: not after the start; capacity holds", async () => {
    const { genk, gouda, tilburg, session } = await network();
    const startsAt = new Date(Date.now() + 10 * DAY);
    const intake = await session("INTAKE", { startsAt });
    const meeting = await session("NETWORK_MEETING", { startsAt: new Date(startsAt.getTime() + HOUR), capacity: 1 });
    const started = await session("NETWORK_MEETING", { startsAt: new Date(Date.now() - HOUR) });
    signInAs(genk.trainer.id);
    await pairIntakeAction(
      idle,
      form({
        sessionId: intake.id,
        firstMunicipalityId: gouda.municipality.id,
        secondMunicipalityId: tilburg.municipality.id,
      }),
    );
    signInAs(gouda.staff.id);
    expect(await joinNetworkSessionAction(idle, form({ sessionId: meeting.id }))).toMatchObject({ status: "success" });
    expect(await joinNetworkSessionAction(idle, form({ sessionId: intake.id }))).toMatchObject({
      status: "error",
      rule: "R8",
    });
    expect(await joinNetworkSessionAction(idle, form({ sessionId: started.id }))).toMatchObject({
      status: "error",
      rule: "R10",
    });
    signInAs(tilburg.staff.id);
    expect(await joinNetworkSessionAction(idle, form({ sessionId: meeting.id }))).toMatchObject({
      status: "error",
      rule: "R21",
    });
    expect(await registered(intake.id)).toEqual([]);
    expect(await registered(meeting.id)).toEqual([gouda.staff.id]);
  });
});

describe("learning network screens: each shows only what its reader may see (R20)", () => {
  it("planners list the networks organised where they are assigned (admins every one); participants never see the list", async () => {
    const { genk, gouda, tilburg, rotterdam, trajectory } = await network();
    const listed = async (person: { id: string; role: Role; municipalityId: string | null }) => {
      const page = await learningNetworksPage(person);
      return page.view === "planner" ? page.networks.map((n) => n.id) : null;
    };
    expect(await listed(genk.trainer)).toEqual([trajectory.id]);
    expect(await listed(await makeUser("ADMIN"))).toContain(trajectory.id);
    // A partner's trainer plans nothing in Genk; another municipality's neither.
    expect(await listed(gouda.trainer)).not.toContain(trajectory.id);
    expect(await listed(rotterdam.trainer)).not.toContain(trajectory.id);
    expect(await listed(gouda.coordinator)).toBeNull();
    const page = await learningNetworksPage(genk.trainer);
    const [organiser, ...partners] = page.view === "planner" ? page.networks[0].municipalities : [];
    expect(organiser).toBe(genk.municipality.name);
    expect(partners.sort()).toEqual([gouda.municipality.name, tilburg.municipality.name].sort());
  });

  it("a network's page is for the organiser's planners only; it offers the municipalities not yet in it", async () => {
    const { genk, gouda, tilburg, rotterdam, trajectory, session } = await network();
    const intake = await session("INTAKE");
    const page = await learningNetworkPage(genk.trainer, trajectory.id);
    expect(page?.organiser.id).toBe(genk.municipality.id);
    expect(page?.partners.map((p) => p.id).sort()).toEqual([gouda.municipality.id, tilburg.municipality.id].sort());
    const candidates = page?.candidates.map((m) => m.id) ?? [];
    expect(candidates).toContain(rotterdam.municipality.id);
    expect(candidates).not.toContain(genk.municipality.id);
    expect(candidates).not.toContain(gouda.municipality.id);
    expect(page?.sessions.find((s) => s.id === intake.id)).toMatchObject({ isIntake: true, pair: [], taken: 0 });

    for (const outsider of [gouda.trainer, rotterdam.trainer, genk.coordinator, genk.staff])
      expect(await learningNetworkPage(outsider, trajectory.id)).toBeNull();
    expect(await learningNetworkPage(genk.trainer, "not-a-uuid")).toBeNull();
    const ordinary = await (
      await db()
    ).trajectory.create({
      data: {
        municipalityId: genk.municipality.id,
        templateId: (await defaultTemplate()).id,
        leadTrainerId: genk.trainer.id,
        title: "Geen netwerk",
      },
    });
    expect(await learningNetworkPage(genk.trainer, ordinary.id)).toBeNull();
  });
});
