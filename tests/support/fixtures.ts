// Builders for integration tests: small, explicit records with sensible defaults.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma, Role, WorkField } from "@/lib/generated/prisma/client";

const unique = () => randomUUID().slice(0, 8);

export async function makeMunicipality(name = `Gemeente ${unique()}`) {
  return (await db()).municipality.create({ data: { name, country: "NL", code: `GM${unique()}` } });
}

export async function makeUser(
  role: Role,
  options: { municipalityId?: string | null; workField?: WorkField; name?: string; assignedTo?: string[] } = {},
) {
  const name = options.name ?? `${role.toLowerCase()} ${unique()}`;
  return (await db()).user.create({
    data: {
      name,
      email: `${unique()}.${role.toLowerCase()}@example.test`,
      role,
      municipalityId: options.municipalityId ?? null,
      workField: options.workField ?? (role === "STAFF" ? "OOV" : null),
      assignments: options.assignedTo
        ? { create: options.assignedTo.map((municipalityId) => ({ municipalityId })) }
        : undefined,
    },
  });
}

/** A municipality with a coordinator, two staff members and an assigned trainer. */
export async function makeTenant(name?: string) {
  const municipality = await makeMunicipality(name);
  const [coordinator, staff, colleague, trainer] = await Promise.all([
    makeUser("COORDINATOR", { municipalityId: municipality.id }),
    makeUser("STAFF", { municipalityId: municipality.id, workField: "YOUTH_WORK" }),
    makeUser("STAFF", { municipalityId: municipality.id, workField: "POLICE" }),
    makeUser("TRAINER", { assignedTo: [municipality.id] }),
  ]);
  return { municipality, coordinator, staff, colleague, trainer };
}

export async function defaultTemplate() {
  return (await db()).trajectoryTemplate.findFirstOrThrow({
    where: { key: "denkkader-polarisatie", supersededAt: null },
    include: { steps: { orderBy: { position: "asc" } } },
  });
}

/** A trajectory of `tenant` on the default template, led by the tenant's trainer. */
export async function makeTrajectory(
  tenant: { municipality: { id: string }; trainer: { id: string } },
  data: Partial<Prisma.TrajectoryUncheckedCreateInput> = {},
) {
  const template = await defaultTemplate();
  return (await db()).trajectory.create({
    data: {
      municipalityId: tenant.municipality.id,
      templateId: template.id,
      leadTrainerId: tenant.trainer.id,
      title: `Traject ${unique()}`,
      ...data,
    },
  });
}

/** What the public intake form (/aanvraag) posts for a support request. */
export function intakeForm() {
  return {
    kind: "SUPPORT",
    municipalityName: "Zwolle",
    role: "Beleidsadviseur",
    contactName: "Iemand",
    email: "iemand@example.test",
    question: "Wij willen graag ondersteuning.",
  };
}
