import { describe, expect, it } from "vitest";
import { currentStep, isFinished, METHOD_STEPS, methodStepFields, recordStep } from "@/lib/intervisie/method";
import {
  bookingConflict,
  DEFAULT_BOUNDS,
  discussedByMethod,
  intervisieBounds,
  intervisieRoster,
  invitableAlumni,
  mayAttendIntervisie,
  mayBeInvited,
  mayDiscussCase,
  scheduledByPlanning,
} from "@/lib/intervisie/rules";
import type { MethodStepInput } from "@/lib/intervisie/schemas";

describe("R15 intervisie attendance and cases", () => {
  it("R15 lets active members attend, and alumni only when invited", () => {
    expect(mayAttendIntervisie({ status: "ACTIVE" }, false)).toBe(true);
    expect(mayAttendIntervisie({ status: "PAUSED" }, false)).toBe(false);
    expect(mayAttendIntervisie({ status: "ALUMNI" }, false)).toBe(false);
    expect(mayAttendIntervisie({ status: "ALUMNI" }, true)).toBe(true);
    expect(mayAttendIntervisie(null, false)).toBe(false);
    expect(mayBeInvited({ status: "ALUMNI" })).toBe(true);
    expect(mayBeInvited({ status: "PAUSED" })).toBe(false);
    expect(mayBeInvited(null)).toBe(false);
  });

  it("R15 discusses the municipality's own cases or network-shared anonymised ones, never drafts or closed ones", () => {
    const own = { municipalityId: "m1", confidentiality: "MUNICIPALITY" as const, status: "SUBMITTED" as const };
    expect(mayDiscussCase("full", own, "m1")).toBe(true);
    expect(mayDiscussCase("full", own, "m2")).toBe(false);
    expect(mayDiscussCase("full", { ...own, confidentiality: "TRAINERS" }, "m2")).toBe(false);
    expect(mayDiscussCase("anonymised", { ...own, confidentiality: "NETWORK_ANONYMISED" }, "m2")).toBe(true);
    expect(mayDiscussCase("full", { ...own, status: "DRAFT" }, "m1")).toBe(false);
    expect(mayDiscussCase("full", { ...own, status: "CLOSED" }, "m1")).toBe(false);
  });

  it("R13 a case the planner may not read (lib/cases access) is never discussed", () => {
    const shared = {
      municipalityId: "m2",
      confidentiality: "NETWORK_ANONYMISED" as const,
      status: "SUBMITTED" as const,
    };
    expect(mayDiscussCase("none", shared, "m1")).toBe(false);
    expect(mayDiscussCase("none", { ...shared, municipalityId: "m1" }, "m1")).toBe(false);
  });
});

describe("R15 the attendance list and the alumni to invite", () => {
  const members = [
    { userId: "a", name: "Anna", status: "ACTIVE" as const },
    { userId: "p", name: "Piet", status: "PAUSED" as const },
    { userId: "l", name: "Lotte", status: "ALUMNI" as const },
    { userId: "k", name: "Karim", status: "ALUMNI" as const },
  ];

  it("R15 lists active members, then invited guests, then anyone recorded earlier, each once", () => {
    const roster = intervisieRoster({
      members,
      guests: [{ userId: "l", name: "Lotte" }],
      recorded: [
        { userId: "a", name: "Anna" },
        { userId: "p", name: "Piet" },
      ],
    });
    expect(roster.map((p) => [p.userId, p.role])).toEqual([
      ["a", "member"],
      ["l", "guest"],
      ["p", "recorded"],
    ]);
  });

  it("R15 leaves paused members and uninvited alumni off the list", () => {
    expect(intervisieRoster({ members, guests: [], recorded: [] }).map((p) => p.userId)).toEqual(["a"]);
  });

  it("offers only alumni not yet invited", () => {
    expect(invitableAlumni(members, new Set(["l"]))).toEqual([{ userId: "k", name: "Karim" }]);
    expect(invitableAlumni(members, new Set(["l", "k"]))).toEqual([]);
  });
});

describe("the cases' status through the intervisie", () => {
  it("planning schedules only the municipality's own submitted cases", () => {
    expect(scheduledByPlanning({ municipalityId: "m1", status: "SUBMITTED" }, "m1")).toBe(true);
    expect(scheduledByPlanning({ municipalityId: "m2", status: "SUBMITTED" }, "m1")).toBe(false);
    expect(scheduledByPlanning({ municipalityId: "m1", status: "FOLLOW_UP" }, "m1")).toBe(false);
  });

  it("the finished method marks the own case discussed when it was submitted or scheduled, never before the end", () => {
    const own = { municipalityId: "m1", status: "SCHEDULED" as const };
    expect(discussedByMethod(own, "m1", true)).toBe(true);
    expect(discussedByMethod({ ...own, status: "SUBMITTED" }, "m1", true)).toBe(true);
    expect(discussedByMethod(own, "m1", false)).toBe(false);
    expect(discussedByMethod({ ...own, status: "FOLLOW_UP" }, "m1", true)).toBe(false);
    expect(discussedByMethod(own, "m2", true)).toBe(false);
  });
});

describe("R7 and R8 for an intervisie", () => {
  it("R7 takes the template's bounds, else 60 to 180 minutes named as an intervisie", () => {
    const step = { minMinutes: 90, maxMinutes: 120, labelNl: "Intervisie", labelEn: "Peer review" };
    expect(intervisieBounds(step)).toBe(step);
    expect(intervisieBounds(null)).toMatchObject({ ...DEFAULT_BOUNDS, labelNl: "Intervisie" });
  });

  it("R8 names a busy trainer first, else counts the busy members once each; with the bookings it clashes with", () => {
    const at = (hour: number) => new Date(`2026-11-21T${hour}:00:00Z`);
    const booking = (userId: string, sessionId: string, hour: number) => ({
      userId,
      sessionId,
      startsAt: at(hour - 1),
      endsAt: at(hour),
    });
    const busy = [booking("m1", "s1", 12), booking("m1", "s2", 14), booking("m2", "s1", 13)];
    expect(bookingConflict([], ["t"])).toBeNull();
    expect(bookingConflict(busy, [])).toEqual({ who: "participants", count: 2, clashing: busy });
    const trainer = booking("t", "s3", 11);
    expect(bookingConflict([...busy, trainer], ["t"])).toEqual({ who: "trainer", trainerId: "t", clashing: [trainer] });
  });
});

describe("the intervisie method", () => {
  it("goes step by step: question, clarifying questions, analysis, advice round, the owner's choice", () => {
    expect(METHOD_STEPS).toEqual(["QUESTION", "CLARIFY", "ANALYSIS", "ADVICE", "CHOICE"]);
    expect(currentStep(0)).toBe("QUESTION");
    expect(recordStep(0, "QUESTION")).toBe(1);
    expect(recordStep(1, "ANALYSIS")).toBeNull();
    expect(recordStep(3, "CLARIFY")).toBe(3);
    expect(recordStep(4, "CHOICE")).toBe(5);
    expect(currentStep(5)).toBeNull();
    expect(isFinished(5)).toBe(true);
    expect(isFinished(4)).toBe(false);
  });

  it("records what each step produced, the analysis with its roles and game changers", () => {
    const input = (step: MethodStepInput["step"]): MethodStepInput => ({
      sessionId: "s",
      caseId: "c",
      step,
      text: "tekst",
      roles: ["PUSHER"],
      gameChangers: ["TONE"],
    });
    expect(methodStepFields(input("QUESTION"))).toEqual({ question: "tekst" });
    expect(methodStepFields(input("CLARIFY"))).toEqual({ clarifications: "tekst" });
    expect(methodStepFields(input("ANALYSIS"))).toEqual({
      analysis: "tekst",
      analysisRoles: ["PUSHER"],
      analysisGameChangers: ["TONE"],
    });
    expect(methodStepFields(input("ADVICE"))).toEqual({ advice: "tekst" });
    expect(methodStepFields(input("CHOICE"))).toEqual({ ownerChoice: "tekst", agreedActions: null });
    expect(methodStepFields({ ...input("CHOICE"), agreedActions: "bellen" })).toMatchObject({
      agreedActions: "bellen",
    });
  });
});
