import { describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { enrollIntakeAction } from "@/app/admin/intake/actions";
import { parseInput } from "@/lib/actions/validate";
import { db } from "@/lib/db/client";
import { translator } from "@/lib/i18n/translate";
import { submitIntakeSchema } from "@/lib/intake/schemas";
import { receiveIntake } from "@/lib/intake/service";
import { makeTenant, makeUser } from "../../support/fixtures";
import { signInAs } from "../../support/session";
import { form } from "../../support/form";

const t = translator("nl");
const parse = (raw: unknown) => parseInput(submitIntakeSchema, raw, "nl", t);
let addressCounter = 0;

async function strategistRequest(email: string, kind = "STRATEGIST") {
  const outcome = await receiveIntake(
    {
      kind,
      municipalityName: "Zaltbommel",
      role: "Jongerenwerker",
      contactName: "Sem de Jong",
      email,
      question: "Ik wil graag polarisatiestrateeg worden en mijn ervaring in de wijk inbrengen.",
    },
    `192.0.2.${++addressCounter}`,
    parse,
  );
  if (outcome.status !== "stored") throw new Error("not stored");
  return outcome.id;
}

async function strategistCohort(
  municipalityId: string,
  leadTrainerId: string,
  capacity = 16,
  templateKey = "polarisatiestrateeg",
) {
  const prisma = await db();
  const template = await prisma.trajectoryTemplate.findFirstOrThrow({
    where: { key: templateKey, supersededAt: null },
  });
  const trajectory = await prisma.trajectory.create({
    data: { municipalityId, templateId: template.id, leadTrainerId, title: "Opleiding polarisatiestrateeg" },
  });
  return prisma.cohort.create({ data: { trajectoryId: trajectory.id, name: "Groep voorjaar", capacity } });
}

async function snapshot() {
  const prisma = await db();
  const [users, enrollments, planned] = await Promise.all([
    prisma.user.count(),
    prisma.enrollment.count(),
    prisma.intakeRequest.count({ where: { status: "PLANNED" } }),
  ]);
  return { users, enrollments, planned };
}

describe("intake → enrollment with one action", () => {
  it("creates the applicant as staff of the cohort's municipality, enrolls them (R1), plans and audits the request, mails them", async () => {
    const admin = await makeUser("ADMIN");
    const tenant = await makeTenant();
    const cohort = await strategistCohort(tenant.municipality.id, tenant.trainer.id);
    const email = `Sem.de.Jong.${Date.now()}@Zaltbommel.test`;
    const requestId = await strategistRequest(email);
    signInAs(admin.id);
    const state = await enrollIntakeAction(idle, form({ requestId, cohortId: cohort.id, workField: "YOUTH_WORK" }));
    expect(state).toMatchObject({
      status: "success",
      message: "De aanvrager is aangemeld en de aanvraag is ingepland.",
    });

    const prisma = await db();
    const person = await prisma.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(person).toMatchObject({
      role: "STAFF",
      municipalityId: tenant.municipality.id,
      name: "Sem de Jong",
      jobTitle: "Jongerenwerker",
      workField: "YOUTH_WORK",
    });
    const request = await prisma.intakeRequest.findUniqueOrThrow({
      where: { id: requestId },
      include: { enrollment: true },
    });
    expect(request).toMatchObject({ status: "PLANNED", municipalityId: tenant.municipality.id });
    expect(request.enrollment).toMatchObject({ userId: person.id, cohortId: cohort.id, status: "ACCEPTED" });
    const events = await prisma.auditEvent.findMany({
      where: { actorId: admin.id },
      select: { action: true, entityId: true },
    });
    expect(events.map((e) => e.action).sort()).toEqual(["enrollment.override", "intake.enrolled", "user.created"]);
    // Told of the place, and given a link to set a password for the new account.
    const mails = await prisma.outboxMail.findMany({
      where: { userId: person.id },
      select: { kind: true, body: true },
    });
    expect(mails.map((m) => m.kind).sort()).toEqual(["account.invite", "enrollment.accepted"]);
    expect(mails.find((m) => m.kind === "account.invite")?.body).toMatch(/\/account\/password\/[A-Za-z0-9_-]{40,}/);

    // Once: a second action changes nothing.
    const before = await snapshot();
    expect(
      await enrollIntakeAction(idle, form({ requestId, cohortId: cohort.id, workField: "YOUTH_WORK" })),
    ).toMatchObject({ status: "error", rule: "R21" });
    expect(await snapshot()).toEqual(before);
  });

  it("finds an existing staff member by e-mail (any case) instead of creating a duplicate", async () => {
    const admin = await makeUser("ADMIN");
    const tenant = await makeTenant();
    const cohort = await strategistCohort(tenant.municipality.id, tenant.trainer.id);
    const requestId = await strategistRequest(tenant.colleague.email.toUpperCase());
    const users = await (await db()).user.count();
    signInAs(admin.id);
    expect(await enrollIntakeAction(idle, form({ requestId, cohortId: cohort.id, workField: "OTHER" }))).toMatchObject({
      status: "success",
    });
    expect(await (await db()).user.count()).toBe(users);
    const enrollment = await (await db()).enrollment.findFirstOrThrow({ where: { cohortId: cohort.id } });
    expect(enrollment.userId).toBe(tenant.colleague.id);
  });

  it("R1 still holds: a full cohort puts the applicant on the waiting list", async () => {
    const admin = await makeUser("ADMIN");
    const tenant = await makeTenant();
    const cohort = await strategistCohort(tenant.municipality.id, tenant.trainer.id, 1);
    await (
      await db()
    ).enrollment.create({
      data: {
        cohortId: cohort.id,
        trajectoryId: cohort.trajectoryId,
        userId: tenant.staff.id,
        status: "ACCEPTED",
        motivation: "",
        decidedAt: new Date(),
      },
    });
    const requestId = await strategistRequest(`wacht.${Date.now()}@example.test`);
    signInAs(admin.id);
    expect(await enrollIntakeAction(idle, form({ requestId, cohortId: cohort.id, workField: "CARE" }))).toMatchObject({
      status: "success",
      message: "De groep is vol: de aanvrager staat op de wachtlijst (plaats 1). De aanvraag is ingepland.",
    });
    expect(await (await db()).enrollment.count({ where: { cohortId: cohort.id, status: "ACCEPTED" } })).toBe(1);
  });

  it("refuses and writes nothing: another municipality's account, a non-staff account, R4, another programme, a support request, a non-admin", async () => {
    const admin = await makeUser("ADMIN");
    const tenant = await makeTenant();
    const other = await makeTenant();
    const cohort = await strategistCohort(tenant.municipality.id, tenant.trainer.id);
    const otherProgramme = await strategistCohort(
      tenant.municipality.id,
      tenant.trainer.id,
      16,
      "denkkader-polarisatie",
    );
    // Already in a cohort of this trajectory (R4).
    const sibling = await (
      await db()
    ).cohort.create({ data: { trajectoryId: cohort.trajectoryId, name: "Groep najaar" } });
    await (
      await db()
    ).enrollment.create({
      data: {
        cohortId: sibling.id,
        trajectoryId: cohort.trajectoryId,
        userId: tenant.staff.id,
        status: "ACCEPTED",
        motivation: "",
        decidedAt: new Date(),
      },
    });

    // A cohort whose first session has taken place (R10): the new account made in step 1 is removed again.
    const started = await (
      await db()
    ).cohort.create({ data: { trajectoryId: cohort.trajectoryId, name: "Groep gestart" } });
    const startsAt = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    await (
      await db()
    ).session.create({
      data: {
        municipalityId: tenant.municipality.id,
        trajectoryId: cohort.trajectoryId,
        cohortId: started.id,
        kind: "FRAMEWORK",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3.5 * 60 * 60 * 1000),
      },
    });

    const cases: [string, Record<string, string>, string | undefined][] = [
      [await strategistRequest(`te.laat.${Date.now()}@example.test`), { cohortId: started.id }, "R10"],
      [await strategistRequest(other.staff.email), { cohortId: cohort.id }, "R20"],
      [await strategistRequest(tenant.coordinator.email), { cohortId: cohort.id }, "R21"],
      [await strategistRequest(tenant.staff.email), { cohortId: cohort.id }, "R4"],
      [await strategistRequest(`nieuw.${Date.now()}@example.test`), { cohortId: otherProgramme.id }, "R21"],
      [await strategistRequest(`steun.${Date.now()}@example.test`, "SUPPORT"), { cohortId: cohort.id }, "R21"],
    ];
    const before = await snapshot();
    signInAs(admin.id);
    for (const [requestId, extra, rule] of cases) {
      expect(await enrollIntakeAction(idle, form({ requestId, workField: "OTHER", ...extra }))).toMatchObject({
        status: "error",
        rule,
      });
    }
    signInAs(tenant.trainer.id);
    expect(
      await enrollIntakeAction(idle, form({ requestId: cases[3][0], cohortId: cohort.id, workField: "OTHER" })),
    ).toMatchObject({ status: "error", message: "U heeft geen toegang tot dit onderdeel." });
    expect(await snapshot()).toEqual(before);
    const statuses = await (
      await db()
    ).intakeRequest.findMany({
      where: { id: { in: cases.map((c) => c[0]) } },
      select: { status: true, enrollmentId: true },
    });
    expect(statuses.every((s) => s.status === "NEW" && s.enrollmentId === null)).toBe(true);
  });
});
