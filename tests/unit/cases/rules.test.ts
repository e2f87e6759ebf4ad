import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/access";
import {
  canEditCase,
  canManagePlan,
  canShareCase,
  canTransition,
  ACTION_DUE_LEAD_DAYS,
  ACTION_OVERDUE_MAIL_DAYS,
  actionReminder,
  canUpdateAction,
  caseContent,
  caseReadLevel,
  changedCaseFields,
  isOverdue,
  leadsSessionCases,
  looksLikeNames,
  missingForSubmit,
  readersOf,
  type CaseReadFacts,
} from "@/lib/cases/rules";
import type { CaseStatus, Confidentiality } from "@/lib/generated/prisma/client";

const HERE = "m-here";
const THERE = "m-there";
const author: Actor = { id: "author", role: "STAFF", municipalityId: HERE };
const colleague: Actor = { id: "colleague", role: "STAFF", municipalityId: HERE };
const coordinator: Actor = { id: "coordinator", role: "COORDINATOR", municipalityId: HERE };
const trainer: Actor = { id: "trainer", role: "TRAINER", municipalityId: null };
const admin: Actor = { id: "admin", role: "ADMIN", municipalityId: null };
const foreignStaff: Actor = { id: "foreign-staff", role: "STAFF", municipalityId: THERE };
const foreignCoordinator: Actor = { id: "foreign-coordinator", role: "COORDINATOR", municipalityId: THERE };

function facts(
  confidentiality: Confidentiality,
  status: CaseStatus = "SUBMITTED",
  extra: Partial<CaseReadFacts> = {},
): CaseReadFacts {
  return {
    case: { municipalityId: HERE, authorId: author.id, status, confidentiality },
    trainsCase: false,
    assignedToMunicipality: false,
    inLinkedSession: false,
    activePoolMember: false,
    ...extra,
  };
}

describe("R13 who reads a case", () => {
  it("R13 a draft is the author's alone", () => {
    for (const level of ["MUNICIPALITY", "TRAINERS", "NETWORK_ANONYMISED"] as const) {
      const draft = facts(level, "DRAFT", {
        trainsCase: true,
        assignedToMunicipality: true,
        inLinkedSession: true,
        activePoolMember: true,
      });
      expect(caseReadLevel(author, draft)).toBe("full");
      for (const other of [colleague, coordinator, trainer, admin, foreignStaff, foreignCoordinator]) {
        expect(caseReadLevel(other, draft), `${other.id} ${level}`).toBe("none");
      }
    }
  });

  it("R13 municipality-only: author, coordinator, participants of its sessions and pool members; no trainer, no other municipality", () => {
    const item = facts("MUNICIPALITY");
    expect(caseReadLevel(author, item)).toBe("full");
    expect(caseReadLevel(coordinator, item)).toBe("full");
    expect(caseReadLevel(colleague, item)).toBe("none");
    expect(caseReadLevel(colleague, facts("MUNICIPALITY", "SUBMITTED", { inLinkedSession: true }))).toBe("full");
    expect(caseReadLevel(colleague, facts("MUNICIPALITY", "SUBMITTED", { activePoolMember: true }))).toBe("full");
    expect(
      caseReadLevel(trainer, facts("MUNICIPALITY", "SUBMITTED", { trainsCase: true, assignedToMunicipality: true })),
    ).toBe("none");
    expect(caseReadLevel(foreignStaff, item)).toBe("none");
    expect(caseReadLevel(foreignCoordinator, item)).toBe("none");
    expect(caseReadLevel(admin, item)).toBe("none");
  });

  it("R13 trainers level: the trajectory's trainers read it, if assigned to the municipality (R20)", () => {
    expect(
      caseReadLevel(trainer, facts("TRAINERS", "SUBMITTED", { trainsCase: true, assignedToMunicipality: true })),
    ).toBe("full");
    expect(
      caseReadLevel(trainer, facts("TRAINERS", "SUBMITTED", { trainsCase: true, assignedToMunicipality: false })),
    ).toBe("none");
    expect(
      caseReadLevel(trainer, facts("TRAINERS", "SUBMITTED", { trainsCase: false, assignedToMunicipality: true })),
    ).toBe("none");
    expect(caseReadLevel(foreignCoordinator, facts("TRAINERS"))).toBe("none");
  });

  it("R13 network level: everyone else reads the anonymised analysis only", () => {
    const item = facts("NETWORK_ANONYMISED");
    expect(caseReadLevel(author, item)).toBe("full");
    expect(caseReadLevel(coordinator, item)).toBe("full");
    expect(
      caseReadLevel(
        trainer,
        facts("NETWORK_ANONYMISED", "SUBMITTED", { trainsCase: true, assignedToMunicipality: true }),
      ),
    ).toBe("full");
    for (const other of [colleague, trainer, admin, foreignStaff, foreignCoordinator])
      expect(caseReadLevel(other, item)).toBe("anonymised");
  });

  it("R13 tells the author who reads at each level", () => {
    expect(readersOf("MUNICIPALITY").full).not.toContain("trainers");
    expect(readersOf("TRAINERS").full).toContain("trainers");
    expect(readersOf("TRAINERS").anonymised).toEqual([]);
    expect(readersOf("NETWORK_ANONYMISED").anonymised).toEqual(["network"]);
  });
});

describe("R13 who chooses the readers", () => {
  const item = { municipalityId: HERE, authorId: author.id };

  it("R13 the author alone, staff or a coordinator who wrote it", () => {
    expect(canShareCase(author, item)).toBe(true);
    expect(canShareCase(coordinator, { ...item, authorId: coordinator.id })).toBe(true);
    for (const other of [colleague, coordinator, trainer, admin, foreignStaff])
      expect(canShareCase(other, item), other.id).toBe(false);
    expect(canShareCase({ ...author, municipalityId: THERE }, item)).toBe(false);
  });
});

describe("who leads the cases of a session", () => {
  const cohortSession = { municipalityId: HERE, poolId: null, trainedByActor: false };
  const intervisie = { municipalityId: HERE, poolId: "pool", trainedByActor: false };

  it("its trainers, in a cohort session and in an intervisie they attend", () => {
    expect(leadsSessionCases(trainer, { ...cohortSession, trainedByActor: true })).toBe(true);
    expect(leadsSessionCases(trainer, { ...intervisie, trainedByActor: true })).toBe(true);
    expect(leadsSessionCases(trainer, cohortSession)).toBe(false);
  });

  it("the municipality's coordinator, only in an intervisie of its own pool (R20)", () => {
    expect(leadsSessionCases(coordinator, intervisie)).toBe(true);
    expect(leadsSessionCases(coordinator, cohortSession)).toBe(false);
    expect(leadsSessionCases(foreignCoordinator, intervisie)).toBe(false);
  });

  it("never staff or admins, even when marked as a trainer of it", () => {
    for (const actor of [author, admin]) {
      expect(leadsSessionCases(actor, { ...intervisie, trainedByActor: true }), actor.id).toBe(false);
      expect(leadsSessionCases(actor, { ...cohortSession, trainedByActor: true }), actor.id).toBe(false);
    }
  });
});

describe("R22 what a save changes, by field name", () => {
  const content = caseContent({
    title: "Plein",
    situation: null,
    nature: "POLARISATION",
    poleA: "Bewoners",
    poleB: "Jongeren",
    location: null,
    setting: "NEIGHBOURHOOD",
    phase: "SIGNALS",
    fuel: null,
    tried: null,
    gameChangers: ["TONE"],
    roles: [{ role: "PUSHER", description: "Een bewoner", position: 5 }],
  });
  const before = { ...content, confidentiality: "MUNICIPALITY" as const, networkSummary: null };

  it("stores an empty situation as empty text", () => {
    expect(content.situation).toBe("");
  });

  it("names nothing when nothing changed, and only the fields that did", () => {
    expect(changedCaseFields(before, { ...before }, true)).toEqual([]);
    expect(changedCaseFields(before, { ...before, title: "Het plein", gameChangers: ["TONE", "TOPIC"] }, true)).toEqual(
      ["title", "gameChangers"],
    );
    expect(
      changedCaseFields(
        before,
        { ...before, roles: [{ role: "PUSHER", description: "Een bewoner", position: 25 }] },
        true,
      ),
    ).toEqual(["roles"]);
  });

  it("R13 counts a change of readers only in the author's save", () => {
    const shared = { ...before, confidentiality: "NETWORK_ANONYMISED" as const, networkSummary: "Samenvatting" };
    expect(changedCaseFields(before, shared, true)).toEqual(["confidentiality", "networkSummary"]);
    expect(changedCaseFields(before, shared, false)).toEqual([]);
  });
});

describe("R11 who edits a case", () => {
  const item = (status: CaseStatus, municipalityId = HERE) => ({ municipalityId, authorId: author.id, status });

  it("R11 the author and the coordinator edit until the case is discussed", () => {
    for (const status of ["SUBMITTED", "SCHEDULED"] as const) {
      expect(canEditCase(author, item(status))).toBe(true);
      expect(canEditCase(coordinator, item(status))).toBe(true);
    }
    for (const status of ["DISCUSSED", "FOLLOW_UP", "CLOSED"] as const) {
      expect(canEditCase(author, item(status))).toBe(false);
      expect(canEditCase(coordinator, item(status))).toBe(false);
    }
    expect(canEditCase(author, item("DRAFT"))).toBe(true);
    expect(canEditCase(coordinator, item("DRAFT"))).toBe(false);
  });

  it("R11 nobody else edits, and nobody from another municipality", () => {
    for (const actor of [colleague, trainer, admin, foreignStaff, foreignCoordinator]) {
      expect(canEditCase(actor, item("SUBMITTED"))).toBe(false);
    }
    expect(canEditCase({ ...author, municipalityId: THERE }, item("SUBMITTED"))).toBe(false);
  });

  it("R11 the owner and coordinator manage the action plan; an action's owner updates their action", () => {
    const target = { municipalityId: HERE, authorId: author.id };
    expect(canManagePlan(author, target)).toBe(true);
    expect(canManagePlan(coordinator, target)).toBe(true);
    expect(canManagePlan(colleague, target)).toBe(false);
    expect(canManagePlan(foreignCoordinator, target)).toBe(false);
    expect(canUpdateAction(colleague, target, colleague.id)).toBe(true);
    expect(canUpdateAction(colleague, target, author.id)).toBe(false);
    expect(canUpdateAction(foreignStaff, target, foreignStaff.id)).toBe(false);
  });

  it("R11 the status flow runs draft → submitted → scheduled → discussed → follow-up → closed", () => {
    expect(canTransition("DRAFT", "SUBMITTED")).toBe(true);
    expect(canTransition("SUBMITTED", "SCHEDULED")).toBe(true);
    expect(canTransition("SCHEDULED", "DISCUSSED")).toBe(true);
    expect(canTransition("DISCUSSED", "FOLLOW_UP")).toBe(true);
    expect(canTransition("FOLLOW_UP", "CLOSED")).toBe(true);
    expect(canTransition("DRAFT", "DISCUSSED")).toBe(false);
    expect(canTransition("CLOSED", "FOLLOW_UP")).toBe(false);
    expect(canTransition("DISCUSSED", "SUBMITTED")).toBe(false);
  });
});

describe("submitting a case", () => {
  const complete = {
    title: "Spanning op het plein",
    situation: "Jongeren en bewoners",
    nature: "POLARISATION" as const,
    poleA: "Bewoners",
    poleB: "Jongeren",
    fuel: "Berichten in de buurtapp",
    phase: "RISING_TENSION" as const,
    setting: "NEIGHBOURHOOD" as const,
    confidentiality: "MUNICIPALITY" as const,
    networkSummary: null,
    roles: [{ role: "PUSHER" as const, description: "Een bewoner" }],
  };

  it("needs the analysis, and a network summary when shared with the network", () => {
    expect(missingForSubmit(complete)).toEqual([]);
    expect(missingForSubmit({ ...complete, poleA: " ", roles: [], phase: null })).toEqual(["poleA", "roles", "phase"]);
    expect(missingForSubmit({ ...complete, confidentiality: "NETWORK_ANONYMISED" })).toEqual(["networkSummary"]);
  });

  it("does not ask for poles, fuel and roles of a conflict", () => {
    expect(
      missingForSubmit({ ...complete, nature: "CONFLICT", poleA: null, poleB: null, fuel: null, roles: [] }),
    ).toEqual([]);
  });
});

describe("follow-up", () => {
  const today = new Date("2027-03-10T08:00:00Z");
  it("an open action past its due date is overdue; a done one or one due today is not", () => {
    expect(isOverdue({ status: "OPEN", dueDate: new Date("2027-03-09T00:00:00Z") }, today)).toBe(true);
    expect(isOverdue({ status: "IN_PROGRESS", dueDate: new Date("2027-03-01T00:00:00Z") }, today)).toBe(true);
    expect(isOverdue({ status: "OPEN", dueDate: new Date("2027-03-10T00:00:00Z") }, today)).toBe(false);
    expect(isOverdue({ status: "DONE", dueDate: new Date("2027-03-01T00:00:00Z") }, today)).toBe(false);
    expect(isOverdue({ status: "OPEN", dueDate: null }, today)).toBe(false);
  });

  it("notices what looks like a person's name in a role description", () => {
    expect(looksLikeNames("De buurman Jan de Vries")).toBe(true);
    expect(looksLikeNames("zijn vriend Fatima Bouzid")).toBe(true);
    expect(looksLikeNames("Jan de Vries van nummer 4")).toBe(true);
    expect(looksLikeNames("De Marokkaanse jongeren")).toBe(false);
    expect(looksLikeNames("Een actieve buurtbewoner die berichten deelt")).toBe(false);
    expect(looksLikeNames("De voorzitter van de speeltuinvereniging")).toBe(false);
  });
});

describe("reminders for an action's owner", () => {
  const due = 20_000;
  it("remind in the lead days up to the due date, then once overdue in the week after, then stop", () => {
    expect(actionReminder(due - ACTION_DUE_LEAD_DAYS - 1, due, "OPEN")).toBeNull();
    expect(actionReminder(due - ACTION_DUE_LEAD_DAYS, due, "OPEN")).toBe("dueSoon");
    expect(actionReminder(due, due, "IN_PROGRESS")).toBe("dueSoon");
    expect(actionReminder(due + 1, due, "OPEN")).toBe("overdue");
    expect(actionReminder(due + ACTION_OVERDUE_MAIL_DAYS, due, "OPEN")).toBe("overdue");
    expect(actionReminder(due + ACTION_OVERDUE_MAIL_DAYS + 1, due, "OPEN")).toBeNull();
  });
  it("never remind about a finished or dropped action", () => {
    expect(actionReminder(due, due, "DONE")).toBeNull();
    expect(actionReminder(due + 1, due, "DROPPED")).toBeNull();
  });
});
