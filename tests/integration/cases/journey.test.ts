import { describe, expect, it } from "vitest";
import { overdueActions } from "@/lib/cases/queries";
import type { CaseFormInput } from "@/lib/cases/schemas";
import {
  addAction,
  changeActionStatus,
  closeCase,
  linkCaseToSession,
  recordAdvice,
  saveCase,
  unlinkCaseFromSession,
} from "@/lib/cases/service";
import { db } from "@/lib/db/client";
import { RuleViolation } from "@/lib/errors";
import { caseInput, makeCaseTenant, SECRET } from "./helpers";

const DAY = 24 * 60 * 60 * 1000;

const draft = (title: string) => caseInput({ title });

const complete = (caseId: string): CaseFormInput => ({
  ...draft(`Spanning rond ${SECRET}`),
  caseId,
  intent: "submit",
  situation: `${SECRET} deelt berichten in de buurtapp.`,
  nature: "POLARISATION",
  poleA: "Bewoners die tegen zijn",
  poleB: "Jongeren van het plein",
  setting: "NEIGHBOURHOOD",
  phase: "RISING_TENSION",
  fuel: `Filmpjes van ${SECRET}`,
  gameChangers: ["TARGET_GROUP", "TONE"],
  confidentiality: "TRAINERS",
  roles: [
    { role: "PUSHER", description: SECRET, position: 5 },
    { role: "SILENT_MIDDLE", description: "De meeste gezinnen", position: 50 },
  ],
});

describe("a case from draft to closed", () => {
  it("R11 R13 R22 walks draft → submitted → scheduled → discussed → follow-up → closed, audited without case text", async () => {
    const prisma = await db();
    const home = await makeCaseTenant();
    const { staff: author, trainer, coordinator, colleague, session } = home;

    const created = await saveCase(author, draft("Half geschreven"));
    expect(created.status).toBe("DRAFT");
    const stored = await prisma.case.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.trajectoryId).toBe(home.trajectory.id);
    expect(stored.workField).toBe("YOUTH_WORK");

    expect(await saveCase(author, complete(created.id))).toEqual({
      id: created.id,
      status: "SUBMITTED",
      submitted: true,
    });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: created.id } })).submittedAt).not.toBeNull();

    expect(await linkCaseToSession(trainer, { caseId: created.id, sessionId: session.id })).toEqual({ linked: true });
    expect(await linkCaseToSession(trainer, { caseId: created.id, sessionId: session.id })).toEqual({ linked: false });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("SCHEDULED");

    // The coordinator may still edit before the discussion, but keeps the author's confidentiality.
    await saveCase(coordinator, { ...complete(created.id), confidentiality: "MUNICIPALITY" });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: created.id } })).confidentiality).toBe("TRAINERS");

    await recordAdvice(trainer, {
      caseId: created.id,
      sessionId: session.id,
      advice: `Betrek de middengroep, niet ${SECRET}`,
      agreedActions: null,
    });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("DISCUSSED");
    await expect(unlinkCaseFromSession(trainer, { caseId: created.id, sessionId: session.id })).rejects.toMatchObject({
      rule: "R11",
      key: "adviceRecorded",
    });

    // R11: locked after the discussion, for the author and the coordinator.
    for (const editor of [author, coordinator]) {
      await expect(saveCase(editor, complete(created.id))).rejects.toMatchObject({
        rule: "R11",
        key: "lockedAfterDiscussion",
      });
    }

    const yesterday = new Date(Date.now() - DAY);
    const due = new Date(`${yesterday.toISOString().slice(0, 10)}T00:00:00Z`);
    const late = await addAction(author, {
      caseId: created.id,
      description: `Gesprek met ${SECRET}`,
      term: "SHORT",
      ownerId: coordinator.id,
      dueDate: due,
    });
    await addAction(coordinator, {
      caseId: created.id,
      description: "Buurtavond",
      term: "LONG",
      ownerId: author.id,
      dueDate: new Date(Date.now() + 30 * DAY),
    });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("FOLLOW_UP");
    await expect(
      addAction(author, {
        caseId: created.id,
        description: "x",
        term: "SHORT",
        ownerId: home.outsider.id,
        dueDate: null,
      }),
    ).rejects.toMatchObject({ rule: "R20" });

    expect((await overdueActions(prisma, coordinator)).map((a) => a.id)).toEqual([late.id]);
    expect((await overdueActions(prisma, author)).map((a) => a.id)).toEqual([late.id]);
    expect(await overdueActions(prisma, colleague)).toEqual([]);

    // The owner of an action moves it along; a colleague cannot.
    await changeActionStatus(coordinator, { actionId: late.id, status: "DONE" });
    await expect(changeActionStatus(colleague, { actionId: late.id, status: "OPEN" })).rejects.toBeInstanceOf(
      RuleViolation,
    );
    expect(await overdueActions(prisma, coordinator)).toEqual([]);

    await closeCase(author, { caseId: created.id });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("CLOSED");
    await expect(linkCaseToSession(trainer, { caseId: created.id, sessionId: session.id })).rejects.toMatchObject({
      rule: "R11",
    });

    const events = await prisma.auditEvent.findMany({
      where: { municipalityId: home.municipality.id },
      orderBy: { id: "asc" },
    });
    const statusChanges = events.filter((e) => e.action === "case.status").map((e) => (e.data as { to: string }).to);
    expect(statusChanges).toEqual(["SUBMITTED", "SCHEDULED", "DISCUSSED", "FOLLOW_UP", "CLOSED"]);
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        "case.created",
        "case.updated",
        "case.linked",
        "case.adviceRecorded",
        "action.created",
        "action.status",
      ]),
    );
    for (const event of events) {
      const text = JSON.stringify(event.data);
      for (const secret of ["Geheime", "buurtapp", "Bewoners", "Gesprek", "Buurtavond", "middengroep"])
        expect(text, event.action).not.toContain(secret);
    }
    const mails = await prisma.outboxMail.findMany({ where: { userId: { in: [author.id, coordinator.id] } } });
    expect(mails.map((m) => m.kind).sort()).toEqual(["case.action", "case.action", "case.advice", "case.linked"]);
    for (const mail of mails) expect(`${mail.subject} ${mail.body}`).not.toContain("Geheime");
  });

  it("a case can be brought into several sessions; unlinking the last one takes it back to submitted", async () => {
    const prisma = await db();
    const home = await makeCaseTenant();
    const created = await saveCase(home.staff, {
      ...complete("00000000-0000-4000-8000-000000000000"),
      caseId: undefined,
    });
    const second = await prisma.session.create({
      data: {
        municipalityId: home.municipality.id,
        trajectoryId: home.trajectory.id,
        cohortId: home.cohort.id,
        kind: "DEEPENING",
        startsAt: new Date(Date.now() + 10 * DAY),
        endsAt: new Date(Date.now() + 10 * DAY + 4 * 60 * 60 * 1000),
        trainers: { create: [{ trainerId: home.trainer.id }] },
      },
    });
    await linkCaseToSession(home.trainer, { caseId: created.id, sessionId: home.session.id });
    await linkCaseToSession(home.trainer, { caseId: created.id, sessionId: second.id });
    expect(await prisma.caseSession.count({ where: { caseId: created.id } })).toBe(2);
    await unlinkCaseFromSession(home.trainer, { caseId: created.id, sessionId: second.id });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("SCHEDULED");
    await unlinkCaseFromSession(home.trainer, { caseId: created.id, sessionId: home.session.id });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("SUBMITTED");
    // Actions wait for the discussion.
    await expect(
      addAction(home.staff, {
        caseId: created.id,
        description: "x",
        term: "SHORT",
        ownerId: home.staff.id,
        dueDate: null,
      }),
    ).rejects.toMatchObject({
      rule: "R11",
      key: "notDiscussedYet",
    });
  });
});
