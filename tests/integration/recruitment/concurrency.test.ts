import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { applyForCohort, withdrawEnrollment } from "@/lib/recruitment/service";
import { makeAttendees, makeCohort, makeTrajectoryWithIntro, motivation } from "./builders";

describe("R1 under concurrency", () => {
  it("R1 R2: 200 simultaneous applications to a cohort of 16 → 16 accepted, 184 waitlisted in a stable order, none lost", async () => {
    const prisma = await db();
    const { municipality, intro, trajectory } = await makeTrajectoryWithIntro();
    const cohort = await makeCohort(trajectory.id, { capacity: 16 });
    const people = await makeAttendees(municipality.id, intro.id, 200);

    const outcomes = await Promise.allSettled(
      people.map((person) =>
        applyForCohort(
          { id: person.id, role: "STAFF", municipalityId: municipality.id },
          { cohortId: cohort.id, motivation },
        ),
      ),
    );
    const failures = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(failures.map((failure) => String((failure as PromiseRejectedResult).reason))).toEqual([]);

    const enrollments = await prisma.enrollment.findMany({ where: { cohortId: cohort.id } });
    expect(enrollments).toHaveLength(200);
    expect(new Set(enrollments.map((enrollment) => enrollment.userId)).size).toBe(200);
    const accepted = enrollments.filter((enrollment) => enrollment.status === "ACCEPTED");
    const waitlisted = enrollments.filter((enrollment) => enrollment.status === "WAITLISTED");
    expect(accepted).toHaveLength(16);
    expect(waitlisted).toHaveLength(184);
    expect((await prisma.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).status).toBe("FULL");

    // The places people were told are exactly 1…184, each once, in (queuedAt, id) order:
    // the waiting list is the order in which the row lock let them in.
    const line = [...waitlisted].sort(
      (a, b) => a.queuedAt!.getTime() - b.queuedAt!.getTime() || (a.id < b.id ? -1 : 1),
    );
    const told = outcomes.map(
      (outcome) => (outcome as PromiseFulfilledResult<{ enrollmentId: string; place: number | null }>).value,
    );
    const placeOf = new Map(told.map((placement) => [placement.enrollmentId, placement.place]));
    expect(line.map((enrollment) => placeOf.get(enrollment.id))).toEqual(
      Array.from({ length: 184 }, (_, index) => index + 1),
    );
    const lastAccepted = Math.max(...accepted.map((enrollment) => enrollment.decidedAt!.getTime()));
    expect(lastAccepted).toBeLessThanOrEqual(line[0].queuedAt!.getTime());

    const mails = await prisma.outboxMail.groupBy({
      by: ["kind"],
      where: { userId: { in: people.map((p) => p.id) } },
      _count: { _all: true },
    });
    expect(Object.fromEntries(mails.map((row) => [row.kind, row._count._all]))).toEqual({
      "enrollment.accepted": 16,
      "enrollment.waitlisted": 184,
    });
    expect(await prisma.auditEvent.count({ where: { entity: "Enrollment", action: "enrollment.apply" } })).toBe(200);

    // R2: an accepted participant withdraws → the first in line gets the place and a mail.
    const leaving = accepted[0];
    const { promoted } = await withdrawEnrollment(
      { id: leaving.userId, role: "STAFF", municipalityId: municipality.id },
      { enrollmentId: leaving.id },
    );
    expect(promoted).toEqual([line[0].id]);
    expect(await prisma.enrollment.count({ where: { cohortId: cohort.id, status: "ACCEPTED" } })).toBe(16);
    expect((await prisma.enrollment.findUniqueOrThrow({ where: { id: line[0].id } })).status).toBe("ACCEPTED");
    expect(await prisma.outboxMail.count({ where: { userId: line[0].userId, kind: "enrollment.promoted" } })).toBe(1);
  }, 240_000);
});
