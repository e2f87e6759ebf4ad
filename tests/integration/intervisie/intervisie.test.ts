import { describe, expect, it } from "vitest";
import {
  inviteAlumnusAction,
  planIntervisieAction,
  recordAttendanceAction,
  recordMethodStepAction,
} from "@/app/coordinator/pool/intervisie/actions";
import { writeLessonAction } from "@/app/lessons/actions";
import { calendarFeed } from "@/lib/calendar/queries";
import { caseForReader } from "@/lib/cases/queries";
import { idle } from "@/lib/actions/state";
import { db } from "@/lib/db/client";
import { discussableCases } from "@/lib/intervisie/queries";
import { intervisiePage } from "@/lib/intervisie/read-models";
import { inviteAlumnus, recordIntervisieAttendance, recordMethodStep } from "@/lib/intervisie/service";
import { poolReadiness } from "@/lib/pool/queries";
import { addPoolMember, changePoolMemberStatus } from "@/lib/pool/service";
import { participantsOf } from "@/lib/sessions/participants";
import { personalSchedule } from "@/lib/sessions/schedule";
import { recordAttendance } from "@/lib/sessions/service";
import { toLocalInput } from "@/lib/sessions/time";
import { makeUser } from "../../support/fixtures";
import { signInAs } from "../../support/session";
import { daysFromNow, makeTrainedTenant } from "../pool/pool-fixtures";
import { form } from "../../support/form";
import { intervisieIn } from "./intervisie-fixtures";

/** A tenant whose pool has its two staff members as active members and one submitted case. */
async function poolTenant() {
  const prisma = await db();
  const tenant = await makeTrainedTenant();
  for (const person of [tenant.staff, tenant.colleague]) {
    await tenant.graduate(person.id);
    await addPoolMember(tenant.coordinator, { municipalityId: tenant.municipality.id, userId: person.id });
  }
  const ownCase = await prisma.case.create({
    data: {
      municipalityId: tenant.municipality.id,
      authorId: tenant.staff.id,
      title: "Spanning op het plein",
      status: "SUBMITTED",
      confidentiality: "MUNICIPALITY",
    },
  });
  return { ...tenant, ownCase };
}

const planned = (days: number, extra: Record<string, string | string[]> = {}) => {
  const local = toLocalInput(daysFromNow(days, 14));
  return form({ date: local.date, time: local.time, durationMinutes: "120", location: "Stadhuis", ...extra });
};

describe("R15 intervisie of the pool", () => {
  it("R15 a non-member cannot be marked present, and nothing of the list is written", async () => {
    const prisma = await db();
    const tenant = await poolTenant();
    const outsider = await makeUser("STAFF", { municipalityId: tenant.municipality.id });
    const session = await intervisieIn(tenant.coordinator, tenant.municipality.id, -2);
    signInAs(tenant.coordinator.id);
    const refused = await recordAttendanceAction(
      idle,
      form({ sessionId: session.id, listed: [tenant.staff.id, outsider.id], present: [tenant.staff.id, outsider.id] }),
    );
    expect(refused).toMatchObject({ status: "error", rule: "R15" });
    expect(await prisma.attendance.count({ where: { sessionId: session.id } })).toBe(0);

    const saved = await recordAttendanceAction(
      idle,
      form({ sessionId: session.id, listed: [tenant.staff.id, tenant.colleague.id], present: [tenant.staff.id] }),
    );
    expect(saved.status).toBe("success");
    const rows = await prisma.attendance.findMany({ where: { sessionId: session.id }, orderBy: { status: "asc" } });
    expect(rows.map((r) => [r.userId, r.status])).toEqual([
      [tenant.staff.id, "PRESENT"],
      [tenant.colleague.id, "ABSENT"],
    ]);
    expect(
      await prisma.auditEvent.count({
        where: { action: "attendance.recorded", municipalityId: tenant.municipality.id },
      }),
    ).toBe(2);
  });

  it("R15 a paused member cannot be marked present; an alumnus only once invited", async () => {
    const prisma = await db();
    const tenant = await poolTenant();
    const members = await prisma.poolMember.findMany({
      where: { userId: { in: [tenant.staff.id, tenant.colleague.id] } },
    });
    const byUser = new Map(members.map((m) => [m.userId, m.id]));
    await changePoolMemberStatus(tenant.coordinator, { memberId: byUser.get(tenant.staff.id)!, status: "PAUSED" });
    await changePoolMemberStatus(tenant.coordinator, { memberId: byUser.get(tenant.colleague.id)!, status: "ALUMNI" });
    const session = await intervisieIn(tenant.coordinator, tenant.municipality.id, 3);
    signInAs(tenant.coordinator.id);
    for (const userId of [tenant.staff.id, tenant.colleague.id]) {
      expect(
        await recordAttendanceAction(idle, form({ sessionId: session.id, listed: userId, present: userId })),
      ).toMatchObject({ rule: "R15" });
    }
    expect(await inviteAlumnusAction(idle, form({ sessionId: session.id, userId: tenant.staff.id }))).toMatchObject({
      rule: "R15",
    });
    expect(await inviteAlumnusAction(idle, form({ sessionId: session.id, userId: tenant.colleague.id }))).toMatchObject(
      { status: "success" },
    );
    expect(
      await recordAttendanceAction(
        idle,
        form({ sessionId: session.id, listed: tenant.colleague.id, present: tenant.colleague.id }),
      ),
    ).toMatchObject({
      status: "success",
    });
    const detail = await intervisiePage(tenant.coordinator, session.id);
    expect(detail?.roster.map((p) => [p.userId, p.role, p.status])).toEqual([
      [tenant.colleague.id, "guest", "PRESENT"],
    ]);
    expect(await prisma.outboxMail.count({ where: { kind: "intervisie.invited", userId: tenant.colleague.id } })).toBe(
      1,
    );
  });

  it("R15 R13 plans with the municipality's own or network-shared cases only (lib/cases access); a shared one is shown anonymised", async () => {
    const prisma = await db();
    const tenant = await poolTenant();
    const other = await makeTrainedTenant();
    const [privateCase, trainersCase, sharedCase] = await Promise.all(
      (["MUNICIPALITY", "TRAINERS", "NETWORK_ANONYMISED"] as const).map((confidentiality) =>
        prisma.case.create({
          data: {
            municipalityId: other.municipality.id,
            authorId: other.staff.id,
            title: `Elders ${confidentiality}`,
            situation: "Mevrouw Jansen uit de Kerkstraat",
            poleA: "Buurtbewoners",
            poleB: "Jongeren van het plein",
            networkSummary: "Spanning tussen generaties rond een plein",
            phase: "ESCALATION",
            status: "SUBMITTED",
            submittedAt: new Date(),
            confidentiality,
          },
        }),
      ),
    );
    const draft = await prisma.case.create({
      data: { municipalityId: tenant.municipality.id, authorId: tenant.staff.id, title: "Concept", status: "DRAFT" },
    });

    // What the form offers: the own case in full, the shared one anonymised, nothing else.
    const offered = await discussableCases(prisma, tenant.coordinator, tenant.municipality.id);
    expect(offered.own.map((c) => c.id)).toEqual([tenant.ownCase.id]);
    expect(offered.shared.map((c) => c.id)).toEqual([sharedCase.id]);
    expect(JSON.stringify(offered.shared)).not.toMatch(/Elders|Jansen|Buurtbewoners/);
    expect(offered.shared[0].summary).toBe("Spanning tussen generaties rond een plein");

    // Crafted requests for cases the form never offers are refused, and nothing is written.
    signInAs(tenant.coordinator.id);
    for (const caseId of [privateCase.id, trainersCase.id, draft.id, "00000000-0000-4000-a000-000000000000"]) {
      expect(await planIntervisieAction(idle, planned(4, { caseIds: [tenant.ownCase.id, caseId] }))).toMatchObject({
        status: "error",
        rule: "R15",
      });
    }
    expect(await prisma.session.count({ where: { municipalityId: tenant.municipality.id, kind: "INTERVISIE" } })).toBe(
      0,
    );
    expect(await prisma.caseSession.count({ where: { caseId: { in: [tenant.ownCase.id, privateCase.id] } } })).toBe(0);
    expect((await prisma.case.findUniqueOrThrow({ where: { id: tenant.ownCase.id } })).status).toBe("SUBMITTED");

    await expect(
      planIntervisieAction(idle, planned(4, { caseIds: [tenant.ownCase.id, sharedCase.id] })),
    ).rejects.toThrow("NEXT_REDIRECT");
    const session = await prisma.session.findFirstOrThrow({
      where: { municipalityId: tenant.municipality.id, kind: "INTERVISIE" },
      include: { cases: true },
    });
    expect(session.cases.map((c) => c.caseId).sort()).toEqual([tenant.ownCase.id, sharedCase.id].sort());
    expect((await prisma.case.findUniqueOrThrow({ where: { id: tenant.ownCase.id } })).status).toBe("SCHEDULED");
    expect((await prisma.case.findUniqueOrThrow({ where: { id: sharedCase.id } })).status).toBe("SUBMITTED");
    expect(await prisma.outboxMail.count({ where: { kind: "intervisie.planned" } })).toBe(2);

    // During the session: the own case in full, the foreign one only as its anonymised analysis.
    const detail = await intervisiePage(tenant.coordinator, session.id);
    const own = detail?.cases.find((c) => c.caseId === tenant.ownCase.id);
    const shared = detail?.cases.find((c) => c.caseId === sharedCase.id);
    expect(own).toMatchObject({ own: true, full: { title: "Spanning op het plein" }, anonymised: null });
    expect(shared).toMatchObject({
      own: false,
      full: null,
      anonymised: { summary: "Spanning tussen generaties rond een plein", phase: "ESCALATION" },
    });
    expect(JSON.stringify(shared)).not.toMatch(/Elders|Jansen|Buurtbewoners|Jongeren van het plein/);
  });

  it("R20 the municipality that shared a case does not see the other pool's intervisie or its advice on its case page", async () => {
    const prisma = await db();
    const tenant = await poolTenant();
    const other = await makeTrainedTenant();
    const sharedCase = await prisma.case.create({
      data: {
        municipalityId: other.municipality.id,
        authorId: other.staff.id,
        title: "Gedeeld",
        networkSummary: "Samenvatting",
        status: "SUBMITTED",
        confidentiality: "NETWORK_ANONYMISED",
      },
    });
    const own = await prisma.session.create({
      data: {
        municipalityId: other.municipality.id,
        trajectoryId: other.trajectory.id,
        kind: "INTRO",
        startsAt: daysFromNow(-40),
        endsAt: daysFromNow(-40, 11),
        cases: { create: [{ caseId: sharedCase.id }] },
      },
    });
    const session = await intervisieIn(tenant.coordinator, tenant.municipality.id, -1, {
      title: "Intervisie Buurstad",
      location: "Stadhuis Buurstad",
      caseIds: [sharedCase.id],
    });
    signInAs(tenant.coordinator.id);
    for (const step of ["QUESTION", "CLARIFY", "ANALYSIS", "ADVICE"]) {
      await recordMethodStepAction(
        idle,
        form({ sessionId: session.id, caseId: sharedCase.id, step, text: `Advies van de pool van Buurstad (${step})` }),
      );
    }
    expect(
      (
        await prisma.caseSession.findUniqueOrThrow({
          where: { caseId_sessionId: { caseId: sharedCase.id, sessionId: session.id } },
        })
      ).advice,
    ).toContain("Buurstad");
    for (const reader of [other.coordinator, other.staff]) {
      const found = await caseForReader(prisma, reader, sharedCase.id);
      expect(found?.item?.sessions.map((s) => s.session.id)).toEqual([own.id]);
      expect(JSON.stringify(found)).not.toContain("Buurstad");
    }
  });

  it("R8 refuses an intervisie when an active member is booked elsewhere; R7 keeps the duration in bounds", async () => {
    const prisma = await db();
    const tenant = await poolTenant();
    await prisma.session.create({
      data: {
        municipalityId: tenant.municipality.id,
        kind: "INTRO",
        startsAt: daysFromNow(6, 13),
        endsAt: daysFromNow(6, 16),
        registrations: { create: [{ userId: tenant.staff.id }] },
      },
    });
    signInAs(tenant.coordinator.id);
    expect(await planIntervisieAction(idle, planned(6))).toMatchObject({ status: "error", rule: "R8" });
    expect(await planIntervisieAction(idle, planned(8, { durationMinutes: "30" }))).toMatchObject({
      status: "error",
      rule: "R7",
    });
    expect(await prisma.session.count({ where: { kind: "INTERVISIE", municipalityId: tenant.municipality.id } })).toBe(
      0,
    );
  });

  it("R20 a coordinator cannot plan for, read or record another municipality's intervisie", async () => {
    const prisma = await db();
    const tenant = await poolTenant();
    const other = await poolTenant();
    const session = await intervisieIn(other.coordinator, other.municipality.id, -3);
    await expect(intervisieIn(tenant.coordinator, other.municipality.id, 9)).rejects.toThrow("access denied");
    expect(await intervisiePage(tenant.coordinator, session.id)).toBeNull();
    signInAs(tenant.coordinator.id);
    expect(
      await recordAttendanceAction(
        idle,
        form({ sessionId: session.id, listed: other.staff.id, present: other.staff.id }),
      ),
    ).toMatchObject({ status: "error" });
    expect(
      await writeLessonAction(
        idle,
        form({
          sessionId: session.id,
          title: "Elders geleerd",
          successes: "Dit werkte heel goed",
          dilemmas: "",
          insights: "",
        }),
      ),
    ).toMatchObject({ status: "error" });
    expect(await prisma.lesson.count({ where: { sessionId: session.id } })).toBe(0);
    expect(await prisma.attendance.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("trainers and admins do not run the pool's intervisie (the coordinator's own, ADR 0010)", async () => {
    const prisma = await db();
    const tenant = await poolTenant();
    const session = await intervisieIn(tenant.coordinator, tenant.municipality.id, 5, { caseIds: [tenant.ownCase.id] });
    const admin = await makeUser("ADMIN");
    for (const actor of [tenant.trainer, admin]) {
      await expect(intervisieIn(actor, tenant.municipality.id, 9)).rejects.toThrow("access denied");
      await expect(
        recordIntervisieAttendance(actor, { sessionId: session.id, listed: [], present: [tenant.staff.id] }),
      ).rejects.toThrow("access denied");
      await expect(
        recordMethodStep(actor, {
          sessionId: session.id,
          caseId: tenant.ownCase.id,
          step: "QUESTION",
          text: "Wat doen we?",
          roles: [],
          gameChangers: [],
        }),
      ).rejects.toThrow("access denied");
      await expect(inviteAlumnus(actor, { sessionId: session.id, userId: tenant.colleague.id })).rejects.toThrow(
        "access denied",
      );
    }
    expect(await prisma.session.count({ where: { municipalityId: tenant.municipality.id } })).toBe(3);
    expect(await prisma.attendance.count({ where: { sessionId: session.id } })).toBe(0);
    expect(await prisma.caseSession.findFirstOrThrow({ where: { sessionId: session.id } })).toMatchObject({
      methodStep: 0,
    });
  });
});

describe("the intervisie method, the lesson and R16", () => {
  it("takes a case through the five steps in order, marks it discussed, records the lesson and moves readiness", async () => {
    const prisma = await db();
    const tenant = await poolTenant();
    const third = await makeUser("STAFF", { municipalityId: tenant.municipality.id });
    await tenant.graduate(third.id);
    await addPoolMember(tenant.coordinator, { municipalityId: tenant.municipality.id, userId: third.id });
    const session = await intervisieIn(tenant.coordinator, tenant.municipality.id, -1, {
      caseIds: [tenant.ownCase.id],
    });
    signInAs(tenant.coordinator.id);
    const step = (name: string, extra: Record<string, string | string[]> = {}) =>
      recordMethodStepAction(
        idle,
        form({ sessionId: session.id, caseId: tenant.ownCase.id, step: name, text: `Notitie bij ${name}`, ...extra }),
      );

    expect(await step("ANALYSIS")).toMatchObject({ status: "error" });
    for (const name of ["QUESTION", "CLARIFY"]) expect(await step(name)).toMatchObject({ status: "success" });
    expect(await step("ANALYSIS", { roles: ["PUSHER", "SILENT_MIDDLE"], gameChangers: "TONE" })).toMatchObject({
      status: "success",
    });
    expect(await step("ADVICE")).toMatchObject({ status: "success" });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: tenant.ownCase.id } })).status).toBe("SCHEDULED");
    expect(await step("CHOICE", { agreedActions: "Gesprek met de buurtvereniging" })).toMatchObject({
      status: "success",
    });

    const link = await prisma.caseSession.findUniqueOrThrow({
      where: { caseId_sessionId: { caseId: tenant.ownCase.id, sessionId: session.id } },
    });
    expect(link).toMatchObject({
      methodStep: 5,
      advice: "Notitie bij ADVICE",
      analysisRoles: ["PUSHER", "SILENT_MIDDLE"],
      analysisGameChangers: ["TONE"],
    });
    expect(link.discussedAt).not.toBeNull();
    expect((await prisma.case.findUniqueOrThrow({ where: { id: tenant.ownCase.id } })).status).toBe("DISCUSSED");
    const audits = await prisma.auditEvent.findMany({ where: { entity: "Case", entityId: tenant.ownCase.id } });
    expect(JSON.stringify(audits.map((a) => a.data))).not.toContain("Notitie");

    expect(
      await writeLessonAction(
        idle,
        form({
          sessionId: session.id,
          title: "Samen sterker",
          successes: "De adviesronde werkte",
          dilemmas: "Wie neemt regie?",
          insights: "",
        }),
      ),
    ).toMatchObject({ status: "success" });
    expect(await prisma.lesson.findFirst({ where: { sessionId: session.id } })).toMatchObject({
      title: "Samen sterker",
      municipalityId: tenant.municipality.id,
    });

    const before = await poolReadiness(prisma, tenant.municipality.id);
    expect(before.criteria.map((c) => [c.key, c.current])).toEqual([
      ["activeMembers", 3],
      ["intervisiesWithoutTrainer", 0],
    ]);
    await recordAttendanceAction(
      idle,
      form({ sessionId: session.id, listed: [tenant.staff.id, third.id], present: [tenant.staff.id, third.id] }),
    );
    const after = await poolReadiness(prisma, tenant.municipality.id);
    expect(after.criteria[1].current).toBe(1);
    expect(after.percent).toBe(75);
  });

  it("R16 does not count an intervisie with a trainer present", async () => {
    const prisma = await db();
    const tenant = await poolTenant();
    const session = await intervisieIn(tenant.coordinator, tenant.municipality.id, -1, {
      trainerId: tenant.trainer.id,
    });
    await prisma.attendance.create({ data: { sessionId: session.id, userId: tenant.staff.id, status: "PRESENT" } });
    expect((await poolReadiness(prisma, tenant.municipality.id)).criteria[1].current).toBe(0);
  });
});

describe("invited alumni", () => {
  /** A pool tenant whose colleague has become an alumnus, and an intervisie in three days. */
  async function withAlumnus(days = 3) {
    const prisma = await db();
    const tenant = await poolTenant();
    const membership = await prisma.poolMember.findFirstOrThrow({ where: { userId: tenant.colleague.id } });
    await changePoolMemberStatus(tenant.coordinator, { memberId: membership.id, status: "ALUMNI" });
    const session = await intervisieIn(tenant.coordinator, tenant.municipality.id, days);
    return { ...tenant, session };
  }

  it("an invited alumnus sees the intervisie in their own schedule and calendar feed; before the invitation they do not", async () => {
    const prisma = await db();
    const { coordinator, colleague, session } = await withAlumnus();
    const token = (await prisma.user.findUniqueOrThrow({ where: { id: colleague.id } })).calendarToken;
    const scheduled = async () => (await personalSchedule(prisma, colleague.id, new Date())).map((s) => s.id);
    expect(await scheduled()).toEqual([]);
    expect(await calendarFeed(prisma, token, "https://middengrond.test")).not.toContain(session.id);

    signInAs(coordinator.id);
    expect(await inviteAlumnusAction(idle, form({ sessionId: session.id, userId: colleague.id }))).toMatchObject({
      status: "success",
    });
    expect(await scheduled()).toEqual([session.id]);
    expect(await calendarFeed(prisma, token, "https://middengrond.test")).toContain(`UID:${session.id}@middengrond`);
    // The invited alumnus now takes part: told when the intervisie is cancelled or moved.
    expect(
      (await participantsOf(prisma, { id: session.id, cohortId: null, poolId: session.poolId })).map((p) => p.id),
    ).toContain(colleague.id);
  });

  it("R8 an alumnus booked elsewhere at that time is not invited, and nothing is written", async () => {
    const prisma = await db();
    const { coordinator, colleague, municipality, session } = await withAlumnus(5);
    await prisma.session.create({
      data: {
        municipalityId: municipality.id,
        kind: "INTRO",
        startsAt: daysFromNow(5, 14),
        endsAt: daysFromNow(5, 16),
        registrations: { create: [{ userId: colleague.id }] },
      },
    });
    signInAs(coordinator.id);
    expect(await inviteAlumnusAction(idle, form({ sessionId: session.id, userId: colleague.id }))).toMatchObject({
      status: "error",
      rule: "R8",
    });
    expect(await prisma.intervisieGuest.count({ where: { sessionId: session.id } })).toBe(0);
    expect(await prisma.outboxMail.count({ where: { kind: "intervisie.invited", userId: colleague.id } })).toBe(0);
  });

  it("R15 lib/sessions' recordAttendance follows the pool's decision: invited alumni yes; non-members, paused and uninvited alumni no", async () => {
    const prisma = await db();
    const tenant = await withAlumnus(4); // R10: alumni are invited before the intervisie starts
    const { trainer, staff, colleague, session } = tenant;
    const outsider = await makeUser("STAFF", { municipalityId: tenant.municipality.id });
    const mark = (userId: string) => recordAttendance(trainer, { sessionId: session.id, userId, status: "PRESENT" });

    await expect(mark(outsider.id)).rejects.toMatchObject({ rule: "R15" });
    await expect(mark(colleague.id)).rejects.toMatchObject({ rule: "R15" }); // alumnus, not invited
    expect(await prisma.attendance.count({ where: { sessionId: session.id } })).toBe(0);

    await mark(staff.id); // active member
    signInAs(tenant.coordinator.id);
    await inviteAlumnusAction(idle, form({ sessionId: session.id, userId: colleague.id }));
    await mark(colleague.id); // invited alumnus
    const rows = await prisma.attendance.findMany({
      where: { sessionId: session.id },
      select: { userId: true, status: true },
    });
    expect(rows.map((r) => r.userId).sort()).toEqual([staff.id, colleague.id].sort());

    // A member paused after being recorded keeps an editable record; a paused member without one is refused.
    const third = await makeUser("STAFF", { municipalityId: tenant.municipality.id });
    await tenant.graduate(third.id);
    const member = await addPoolMember(tenant.coordinator, {
      municipalityId: tenant.municipality.id,
      userId: third.id,
    });
    await changePoolMemberStatus(tenant.coordinator, { memberId: member.id, status: "PAUSED" });
    await expect(mark(third.id)).rejects.toMatchObject({ rule: "R15" });
    const staffMembership = await prisma.poolMember.findFirstOrThrow({ where: { userId: staff.id } });
    await changePoolMemberStatus(tenant.coordinator, { memberId: staffMembership.id, status: "PAUSED" });
    await expect(
      recordAttendance(trainer, { sessionId: session.id, userId: staff.id, status: "EXCUSED" }),
    ).resolves.toMatchObject({ status: "EXCUSED" });
  });
});
