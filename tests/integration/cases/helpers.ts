// Builders for the case tests: a municipality with a running trajectory, a cohort whose
// training day has taken place, and cases at each confidentiality level.
import { db } from "@/lib/db/client";
import type { CaseFormInput } from "@/lib/cases/schemas";
import type { CaseStatus, Confidentiality } from "@/lib/generated/prisma/client";
import { makeTenant, makeTrajectory, makeUser } from "../../support/fixtures";

const DAY = 24 * 60 * 60 * 1000;

export async function makeCaseTenant(name?: string) {
  const prisma = await db();
  const tenant = await makeTenant(name);
  const outsider = await makeUser("TRAINER", { assignedTo: [tenant.municipality.id] });
  const trajectory = await makeTrajectory(tenant, {
    title: "Traject",
    status: "TRAINING",
    trainers: { create: [{ trainerId: tenant.trainer.id }] },
  });
  const cohort = await prisma.cohort.create({
    data: { trajectoryId: trajectory.id, name: "Groep 1", status: "RUNNING" },
  });
  await prisma.enrollment.createMany({
    data: [tenant.staff, tenant.colleague].map((person) => ({
      cohortId: cohort.id,
      trajectoryId: trajectory.id,
      userId: person.id,
      status: "ACCEPTED" as const,
      motivation: "m",
    })),
  });
  const startsAt = new Date(Date.now() - 3 * DAY);
  const session = await prisma.session.create({
    data: {
      municipalityId: tenant.municipality.id,
      trajectoryId: trajectory.id,
      cohortId: cohort.id,
      kind: "TRAINING_DAY",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 7 * 60 * 60 * 1000),
      trainers: { create: [{ trainerId: tenant.trainer.id }] },
    },
  });
  return { ...tenant, outsider, trajectory, cohort, session };
}

export const SECRET = "Geheime-naam Jansen-Bakker";

/** A complete case by `authorId`, written straight to the database. */
export async function makeCase(
  tenant: { municipality: { id: string }; staff: { id: string }; trajectory: { id: string } },
  options: { confidentiality?: Confidentiality; status?: CaseStatus; authorId?: string } = {},
) {
  const prisma = await db();
  return prisma.case.create({
    data: {
      municipalityId: tenant.municipality.id,
      authorId: options.authorId ?? tenant.staff.id,
      trajectoryId: tenant.trajectory.id,
      title: `Casus over ${SECRET}`,
      situation: `${SECRET} deelt berichten in de buurtapp.`,
      nature: "POLARISATION",
      poleA: "Bewoners",
      poleB: "Jongeren",
      fuel: "Berichten",
      phase: "RISING_TENSION",
      setting: "NEIGHBOURHOOD",
      location: "Kerkstraat",
      confidentiality: options.confidentiality ?? "MUNICIPALITY",
      networkSummary: options.confidentiality === "NETWORK_ANONYMISED" ? "Spanning tussen bewoners en jongeren." : null,
      status: options.status ?? "SUBMITTED",
      submittedAt: options.status === "DRAFT" ? null : new Date(),
      roles: { create: [{ role: "PUSHER", description: SECRET, position: 5 }] },
    },
  });
}

/** What the case form posts for a draft with nothing filled in but `fields`. */
export function caseInput(fields: Partial<CaseFormInput> = {}): CaseFormInput {
  return {
    intent: "draft",
    title: "Casus",
    situation: null,
    nature: null,
    poleA: null,
    poleB: null,
    location: null,
    setting: null,
    phase: null,
    fuel: null,
    tried: null,
    gameChangers: [],
    confidentiality: "MUNICIPALITY",
    networkSummary: null,
    roles: [],
    ...fields,
  };
}
