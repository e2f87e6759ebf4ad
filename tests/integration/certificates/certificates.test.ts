// Certificates of participation (ADR 0027): issued when a completion is recorded, for the
// participant and their coordinator only, withdrawn when a changed attendance undoes the
// completion, and checked publicly by code.
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { GET as downloadCertificate } from "@/app/certificates/[enrollmentId]/route";
import { statusAction } from "@/app/trainer/cohorts/[id]/actions";
import { recordAttendanceAction } from "@/app/trainer/sessions/[id]/actions";
import { idle } from "@/lib/actions/state";
import {
  certificateFile,
  municipalityCertificates,
  verifyCertificate,
  VERIFY_LIMIT,
} from "@/lib/certificates/read-models";
import { formatCode } from "@/lib/certificates/rules";
import { db } from "@/lib/db/client";
import { PdfWriter } from "@/lib/pdf/document";
import { myEnrollmentsPage } from "@/lib/recruitment/read-models";
import { makeTenant } from "../../support/fixtures";
import { form } from "../../support/form";
import { signInAs } from "../../support/session";
import { makeAttendees, makeCohort, makeTrajectoryWithIntro, motivation } from "../recruitment/builders";

const DAY = 86_400_000;
const ORIGIN = "https://middengrond.test";
const address = () => `203.0.113.${Math.floor(Math.random() * 250)}`;

/** A completed cohort: `done` present at the training day and the deepening, `missed` absent at the deepening. */
async function completedCohort() {
  const prisma = await db();
  const tenant = await makeTrajectoryWithIntro();
  const cohort = await makeCohort(tenant.trajectory.id);
  await prisma.cohort.update({ where: { id: cohort.id }, data: { status: "RUNNING" } });
  const [done, missed] = await makeAttendees(tenant.municipality.id, tenant.intro.id, 2);
  await prisma.enrollment.createMany({
    data: [done, missed].map((person) => ({
      cohortId: cohort.id,
      trajectoryId: tenant.trajectory.id,
      userId: person.id,
      status: "ACCEPTED" as const,
      motivation,
    })),
  });
  const session = (kind: string, daysAgo: number, hours: number) =>
    prisma.session.create({
      data: {
        municipalityId: tenant.municipality.id,
        trajectoryId: tenant.trajectory.id,
        cohortId: cohort.id,
        kind,
        startsAt: new Date(Date.now() - daysAgo * DAY),
        endsAt: new Date(Date.now() - daysAgo * DAY + hours * 3_600_000),
        trainers: { create: [{ trainerId: tenant.trainer.id }] },
      },
    });
  const trainingDay = await session("TRAINING_DAY", 20, 7);
  const deepening = await session("DEEPENING", 10, 3.5);
  await prisma.attendance.createMany({
    data: [
      { sessionId: trainingDay.id, userId: done.id, status: "PRESENT" },
      { sessionId: trainingDay.id, userId: missed.id, status: "PRESENT" },
      { sessionId: deepening.id, userId: done.id, status: "PRESENT" },
      { sessionId: deepening.id, userId: missed.id, status: "ABSENT" },
    ],
  });
  signInAs(tenant.trainer.id);
  expect(await statusAction(idle, form({ cohortId: cohort.id, status: "COMPLETED" }))).toMatchObject({
    status: "success",
  });
  const enrollmentOf = (userId: string) =>
    prisma.enrollment.findFirstOrThrow({ where: { cohortId: cohort.id, userId }, include: { certificate: true } });
  return { ...tenant, cohort, done, missed, trainingDay, deepening, enrollmentOf };
}

const actor = (user: {
  id: string;
  role: "ADMIN" | "TRAINER" | "COORDINATOR" | "STAFF";
  municipalityId: string | null;
}) => ({
  id: user.id,
  role: user.role,
  municipalityId: user.municipalityId,
});

describe("certificates of participation", () => {
  it("are issued to who completes, with a random code, and not to who does not", async () => {
    const { done, missed, enrollmentOf } = await completedCohort();
    const completed = await enrollmentOf(done.id);
    expect(completed.status).toBe("COMPLETED");
    expect(completed.certificate?.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(completed.certificate?.revokedAt).toBeNull();
    expect((await enrollmentOf(missed.id)).certificate).toBeNull();

    const mine = await myEnrollmentsPage(actor(done));
    expect(mine?.find((e) => e.id === completed.id)?.certificate).toBe(true);
  });

  it("download as a PDF for the participant and their coordinator only (R20)", async () => {
    const { done, coordinator, colleague, trainer, enrollmentOf } = await completedCohort();
    const enrollment = await enrollmentOf(done.id);
    const foreign = await makeTenant();

    const own = await certificateFile(actor(done), enrollment.id, "nl", ORIGIN);
    expect(own?.fileName).toMatch(/^certificaat-.+\.pdf$/);
    expect(Buffer.from(own!.pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    expect((await PDFDocument.load(own!.pdf)).getTitle()).toBe("Certificaat van deelname");

    const coordinators = await certificateFile(actor(coordinator), enrollment.id, "en", ORIGIN);
    expect(coordinators?.fileName).toMatch(/^certificate-.+\.pdf$/);

    for (const refused of [colleague, trainer, foreign.coordinator, foreign.staff])
      expect(await certificateFile(actor(refused), enrollment.id, "nl", ORIGIN)).toBeNull();
    expect(await certificateFile(actor(done), "not-a-uuid", "nl", ORIGIN)).toBeNull();
  });

  it("download through the route as application/pdf with a file name; a 404 for anyone else", async () => {
    const { done, colleague, enrollmentOf } = await completedCohort();
    const { id } = await enrollmentOf(done.id);
    const get = () =>
      downloadCertificate(new Request(`http://localhost/certificates/${id}`), {
        params: Promise.resolve({ enrollmentId: id }),
      });
    signInAs(done.id);
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="certificaat-.+\.pdf"/);
    const links = await PdfWriter.linksOf(new Uint8Array(await response.arrayBuffer()));
    expect(links[0]).toMatch(/\/certificates\/verify\?code=[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    signInAs(colleague.id);
    expect((await get()).status).toBe(404);
  });

  it("are listed for the participant's coordinator, not for another municipality's", async () => {
    const { done, coordinator, enrollmentOf } = await completedCohort();
    const enrollment = await enrollmentOf(done.id);
    const foreign = await makeTenant();
    expect((await municipalityCertificates(actor(coordinator)))?.map((c) => c.enrollmentId)).toEqual([enrollment.id]);
    expect((await municipalityCertificates(actor(foreign.coordinator)))?.map((c) => c.enrollmentId)).toEqual([]);
    expect(await municipalityCertificates(actor(done))).toBeNull();
  });

  it("R4 withdrawn when a changed attendance undoes the completion, and issued anew when it is restored", async () => {
    const prisma = await db();
    const { done, trainer, deepening, enrollmentOf } = await completedCohort();
    const before = await enrollmentOf(done.id);
    const code = before.certificate!.code;
    expect(await verifyCertificate(formatCode(code), address())).toMatchObject({ status: "valid" });

    signInAs(trainer.id);
    expect(
      await recordAttendanceAction(idle, form({ sessionId: deepening.id, userId: done.id, status: "ABSENT" })),
    ).toMatchObject({ status: "success" });
    const undone = await enrollmentOf(done.id);
    expect(undone.status).toBe("ACCEPTED");
    expect(undone.certificate?.revokedAt).not.toBeNull();
    expect(await verifyCertificate(code, address())).toEqual({ status: "withdrawn" });
    expect(await certificateFile(actor(done), undone.id, "nl", ORIGIN)).toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "enrollment.uncomplete", entityId: undone.id } })).toBe(1);

    await recordAttendanceAction(idle, form({ sessionId: deepening.id, userId: done.id, status: "PRESENT" }));
    const again = await enrollmentOf(done.id);
    expect(again.status).toBe("COMPLETED");
    expect(again.certificate?.revokedAt).toBeNull();
    expect(again.certificate?.code).not.toBe(code);
    expect(await verifyCertificate(code, address())).toEqual({ status: "unknown" });
  });

  it("verify publicly with only name, programme and date; unknown codes say nothing more", async () => {
    const { done, enrollmentOf } = await completedCohort();
    const { certificate } = await enrollmentOf(done.id);
    const result = await verifyCertificate(formatCode(certificate!.code).toLowerCase(), address());
    expect(result).toEqual({
      status: "valid",
      name: done.name,
      programme: { nl: expect.any(String), en: expect.any(String) },
      issuedAt: certificate!.issuedAt,
    });
    expect(await verifyCertificate("ZZZZ-ZZZZ-ZZZZ", address())).toEqual({ status: "unknown" });
    expect(await verifyCertificate("'; DROP TABLE x; --", address())).toEqual({ status: "unknown" });
    expect(await verifyCertificate("   ", address())).toEqual({ status: "empty" });
  });

  it("verification is rate-limited per address", async () => {
    const from = `198.51.100.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < VERIFY_LIMIT.max; i++)
      expect((await verifyCertificate("ZZZZ-ZZZZ-ZZZZ", from)).status).toBe("unknown");
    expect(await verifyCertificate("ZZZZ-ZZZZ-ZZZZ", from)).toEqual({ status: "rateLimited" });
  });
});
