import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/access";
import { canReadCase, readableCasesWhere } from "@/lib/cases/access";
import { caseForReader, listCases } from "@/lib/cases/queries";
import type { ReadLevel } from "@/lib/cases/rules";
import {
  addAction,
  changeConfidentiality,
  closeCase,
  linkCaseToSession,
  recordAdvice,
  saveCase,
} from "@/lib/cases/service";
import { db } from "@/lib/db/client";
import { AccessDenied, RuleViolation } from "@/lib/errors";
import { makeUser } from "../../support/fixtures";
import { expectNothingWritten } from "../../support/writes";
import { caseInput, makeCase, makeCaseTenant } from "./helpers";

type World = Awaited<ReturnType<typeof build>>;

async function build() {
  const prisma = await db();
  const home = await makeCaseTenant("Thuisgemeente");
  const away = await makeCaseTenant("Andere gemeente");
  const admin = await makeUser("ADMIN");
  const plain = await makeUser("STAFF", { municipalityId: home.municipality.id });
  const poolMember = await makeUser("STAFF", { municipalityId: home.municipality.id });
  await prisma.specialistPool.create({
    data: { municipalityId: home.municipality.id, members: { create: [{ userId: poolMember.id }] } },
  });
  const cases = {
    municipality: await makeCase(home, { confidentiality: "MUNICIPALITY" }),
    trainers: await makeCase(home, { confidentiality: "TRAINERS" }),
    network: await makeCase(home, { confidentiality: "NETWORK_ANONYMISED" }),
    draft: await makeCase(home, { confidentiality: "NETWORK_ANONYMISED", status: "DRAFT" }),
    linked: await makeCase(home, { confidentiality: "MUNICIPALITY", status: "SCHEDULED" }),
  };
  await prisma.caseSession.create({ data: { caseId: cases.linked.id, sessionId: home.session.id } });
  const actors: Record<string, Actor> = {
    author: home.staff,
    colleague: home.colleague,
    plainStaff: plain,
    poolMember,
    coordinator: home.coordinator,
    trainer: home.trainer,
    otherTrainerHere: home.outsider,
    foreignStaff: away.staff,
    foreignCoordinator: away.coordinator,
    foreignTrainer: away.trainer,
    admin,
  };
  return { home, away, cases, actors };
}

// Expected read level per case (columns) and actor (rows); "-" is none.
const F = "full" as const;
const A = "anonymised" as const;
const N = "none" as const;
const EXPECTED: Record<string, Record<"municipality" | "trainers" | "network" | "draft" | "linked", ReadLevel>> = {
  author: { municipality: F, trainers: F, network: F, draft: F, linked: F },
  colleague: { municipality: N, trainers: N, network: A, draft: N, linked: F },
  plainStaff: { municipality: N, trainers: N, network: A, draft: N, linked: N },
  poolMember: { municipality: F, trainers: F, network: F, draft: N, linked: F },
  coordinator: { municipality: F, trainers: F, network: F, draft: N, linked: F },
  trainer: { municipality: N, trainers: F, network: F, draft: N, linked: N },
  otherTrainerHere: { municipality: N, trainers: N, network: A, draft: N, linked: N },
  foreignStaff: { municipality: N, trainers: N, network: A, draft: N, linked: N },
  foreignCoordinator: { municipality: N, trainers: N, network: A, draft: N, linked: N },
  foreignTrainer: { municipality: N, trainers: N, network: A, draft: N, linked: N },
  admin: { municipality: N, trainers: N, network: A, draft: N, linked: N },
};

let world: World;
beforeAll(async () => {
  world = await build();
});

describe("R13 + R20 reading cases, for every role and confidentiality level", () => {
  it("R13 canReadCase, the list filter and the case page agree with the expected matrix", async () => {
    const prisma = await db();
    for (const [actorName, actor] of Object.entries(world.actors)) {
      const listed = new Set(
        (await prisma.case.findMany({ where: readableCasesWhere(actor), select: { id: true } })).map((c) => c.id),
      );
      for (const [caseName, item] of Object.entries(world.cases)) {
        const expected = EXPECTED[actorName][caseName as keyof (typeof EXPECTED)[string]];
        const label = `${actorName} reading ${caseName}`;
        expect(await canReadCase(prisma, actor, item.id), label).toBe(expected);
        expect(listed.has(item.id), `${label} (list)`).toBe(expected === "full");
        const page = await caseForReader(prisma, actor, item.id);
        expect(page?.level ?? "none", `${label} (page)`).toBe(expected);
        if (page?.level === "anonymised") expect(JSON.stringify(page)).not.toContain("Geheime-naam");
      }
    }
  });

  it("R20 no list shows another municipality's case, whatever the scope", async () => {
    const prisma = await db();
    const foreignCase = await makeCase(world.away, { confidentiality: "TRAINERS" });
    for (const actor of [world.actors.author, world.actors.coordinator, world.actors.trainer]) {
      for (const scope of ["mine", "municipality", "trainer"] as const) {
        const { cases } = await listCases(prisma, actor, scope, {});
        expect(cases.map((c) => c.id)).not.toContain(foreignCase.id);
      }
    }
  });

  it("R13 search finds words in the analysis only among readable cases", async () => {
    const prisma = await db();
    const asCoordinator = await listCases(prisma, world.actors.coordinator, "municipality", { q: "buurtapp" });
    expect(asCoordinator.cases.map((c) => c.id).sort()).toEqual(
      [world.cases.municipality.id, world.cases.trainers.id, world.cases.network.id, world.cases.linked.id].sort(),
    );
    const asForeign = await listCases(prisma, world.actors.foreignCoordinator, "municipality", { q: "buurtapp" });
    const homeIds = Object.values(world.cases).map((c) => c.id);
    expect(asForeign.cases.filter((c) => homeIds.includes(c.id))).toEqual([]);
  });
});

describe("R11 + R13 + R20 changing cases: denied, not merely hidden", () => {
  const form = (caseId: string) =>
    caseInput({ caseId, title: "Overschreven", confidentiality: "NETWORK_ANONYMISED", networkSummary: "x" });

  it("R20 every role of another municipality is refused every write, and nothing changes", async () => {
    await expectNothingWritten(async () => {
      for (const actor of [world.actors.foreignStaff, world.actors.foreignCoordinator, world.actors.foreignTrainer]) {
        for (const item of Object.values(world.cases)) {
          await expect(saveCase(actor, form(item.id))).rejects.toBeInstanceOf(AccessDenied);
          await expect(
            addAction(actor, { caseId: item.id, description: "x", term: "SHORT", ownerId: actor.id, dueDate: null }),
          ).rejects.toBeInstanceOf(AccessDenied);
          await expect(closeCase(actor, { caseId: item.id })).rejects.toBeInstanceOf(AccessDenied);
          await expect(
            changeConfidentiality(actor, {
              caseId: item.id,
              confidentiality: "NETWORK_ANONYMISED",
              networkSummary: "x",
            }),
          ).rejects.toBeInstanceOf(AccessDenied);
          await expect(
            linkCaseToSession(actor, { caseId: item.id, sessionId: world.home.session.id }),
          ).rejects.toBeInstanceOf(AccessDenied);
          await expect(
            recordAdvice(actor, {
              caseId: item.id,
              sessionId: world.home.session.id,
              advice: "x",
              agreedActions: null,
            }),
          ).rejects.toBeInstanceOf(AccessDenied);
        }
      }
      // A trainer of another municipality cannot pull a case into their own session either.
      await expect(
        linkCaseToSession(world.actors.foreignTrainer, {
          caseId: world.cases.trainers.id,
          sessionId: world.away.session.id,
        }),
      ).rejects.toBeInstanceOf(RuleViolation);
    });
  });

  it("R11/R13 within the municipality only the author and coordinator edit; the rest is refused by rule", async () => {
    await expectNothingWritten(async () => {
      const refused = async (actor: Actor, caseId: string) => {
        const error = await saveCase(actor, form(caseId)).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, `${actor.id} editing ${caseId}`).toBeInstanceOf(RuleViolation);
        return (error as RuleViolation).rule;
      };
      for (const item of Object.values(world.cases)) {
        for (const name of ["colleague", "plainStaff", "poolMember"] as const)
          expect(["R11", "R13"]).toContain(await refused(world.actors[name], item.id));
        expect(await refused(world.actors.trainer, item.id)).toMatch(/R1[13]/);
        // Admins pass R20 but read no case text (least privilege), so R13 refuses them.
        expect(await refused(world.actors.admin, item.id)).toBe("R13");
        await expect(saveCase(world.actors.otherTrainerHere, form(item.id))).rejects.toBeInstanceOf(RuleViolation);
      }
      // The coordinator cannot open the author's draft.
      expect(await refused(world.actors.coordinator, world.cases.draft.id)).toBe("R13");
      // The trainer links only what they may read, and only to a session they train.
      await expect(
        linkCaseToSession(world.actors.trainer, {
          caseId: world.cases.municipality.id,
          sessionId: world.home.session.id,
        }),
      ).rejects.toMatchObject({ rule: "R13" });
      await expect(
        linkCaseToSession(world.actors.otherTrainerHere, {
          caseId: world.cases.trainers.id,
          sessionId: world.home.session.id,
        }),
      ).rejects.toBeInstanceOf(AccessDenied);
      await expect(
        linkCaseToSession(world.actors.trainer, { caseId: world.cases.draft.id, sessionId: world.home.session.id }),
      ).rejects.toMatchObject({ rule: "R13" });
      // Only the author chooses who reads.
      await expect(
        changeConfidentiality(world.actors.coordinator, {
          caseId: world.cases.municipality.id,
          confidentiality: "NETWORK_ANONYMISED",
          networkSummary: "x",
        }),
      ).rejects.toMatchObject({ rule: "R13" });
    });
  });
});
