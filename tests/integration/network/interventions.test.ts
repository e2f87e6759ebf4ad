import { describe, expect, it } from "vitest";
import { saveInterventionAction } from "@/app/interventions/actions";
import { db } from "@/lib/db/client";
import { interventionCatalogue } from "@/lib/interventions/queries";
import { ensureInterventions, INTERVENTION_SEEDS } from "@/lib/interventions/seeds";
import { makeTenant, makeUser } from "../../support/fixtures";
import { signInAs } from "../../support/session";
import { form } from "../../support/form";

const example = {
  category: "NEIGHBOURHOOD",
  title: "Straatfeest met de stille middengroep",
  aim: "De middengroep zichtbaar maken.",
  polarisationForm: "Wij-zij rond een buurthuis.",
  description: "Bewoners organiseren samen een straatfeest.",
};

describe("interventions catalogue", () => {
  it("is seeded at setup with examples in all five categories, idempotently and without overwriting edits", async () => {
    const prisma = await db();
    expect(await prisma.intervention.count({ where: { key: { not: null } } })).toBe(INTERVENTION_SEEDS.length);
    expect(new Set((await interventionCatalogue(prisma)).map((item) => item.category)).size).toBe(5);
    await prisma.intervention.update({
      where: { key: INTERVENTION_SEEDS[0].key },
      data: { title: "Aangepast door beheer" },
    });
    await ensureInterventions(prisma);
    expect(await prisma.intervention.count({ where: { key: { not: null } } })).toBe(INTERVENTION_SEEDS.length);
    expect((await prisma.intervention.findUniqueOrThrow({ where: { key: INTERVENTION_SEEDS[0].key } })).title).toBe(
      "Aangepast door beheer",
    );
  });

  it("admins add and change examples; other roles cannot", async () => {
    const admin = await makeUser("ADMIN");
    const tenant = await makeTenant();
    for (const user of [tenant.coordinator, tenant.trainer, tenant.staff]) {
      signInAs(user.id);
      expect(await saveInterventionAction({ status: "idle" }, form(example))).toMatchObject({ status: "error" });
    }
    signInAs(admin.id);
    const created = await saveInterventionAction({ status: "idle" }, form(example));
    expect(created.status).toBe("success");
    const id = created.status === "success" ? created.data.id : "";
    const updated = await saveInterventionAction(
      { status: "idle" },
      form({ ...example, interventionId: id, title: "Straatfeest (herzien)" }),
    );
    expect(updated.status).toBe("success");
    const prisma = await db();
    expect((await prisma.intervention.findUniqueOrThrow({ where: { id } })).title).toBe("Straatfeest (herzien)");
    expect((await interventionCatalogue(prisma, "NEIGHBOURHOOD")).map((item) => item.id)).toContain(id);
    expect(
      await saveInterventionAction({ status: "idle" }, form({ ...example, category: "ELSEWHERE", title: "" })),
    ).toMatchObject({
      status: "error",
      fieldErrors: { category: expect.any(Array), title: expect.any(Array) },
    });
  });
});
