import { describe, expect, it } from "vitest";
import {
  acceptance,
  admissible,
  applicationRefusal,
  capacityProblem,
  CASE_REMINDER_LEAD_DAYS,
  caseReminderDue,
  caseReminders,
  cohortCapacity,
  cohortCount,
  completes,
  enrollmentEnding,
  makeUpRefusal,
  MAX_COHORT_CAPACITY,
  nextStatuses,
  overrideRefusal,
  participantsFixed,
  placement,
  promotions,
  statusFor,
  waitlistOrder,
  workFieldMix,
  workFieldWarning,
} from "@/lib/cohorts/rules";

describe("R1 cohort capacity", () => {
  it("R1 defaults to the template's capacity and never exceeds 16", () => {
    expect(cohortCapacity(12)).toBe(12);
    expect(cohortCapacity(16, 10)).toBe(10);
    expect(cohortCapacity(20)).toBe(MAX_COHORT_CAPACITY);
    expect(cohortCapacity(16, 40)).toBe(16);
  });

  it("R1 accepts while there is room and waitlists after, never dropping anyone", () => {
    expect(placement(0, 16)).toBe("ACCEPTED");
    expect(placement(15, 16)).toBe("ACCEPTED");
    expect(placement(16, 16)).toBe("WAITLISTED");
    expect(placement(17, 16)).toBe("WAITLISTED");
  });

  it("R1 keeps the capacity between the accepted count and 16", () => {
    expect(capacityProblem(17, 0)).toBe("capacityTooHigh");
    expect(capacityProblem(5, 6)).toBe("capacityBelowAccepted");
    expect(capacityProblem(6, 6)).toBeNull();
  });

  it("R1 lets recruiting and full follow the accepted count, leaving the trainer's statuses alone", () => {
    expect(statusFor("RECRUITING", 16, 16)).toBe("FULL");
    expect(statusFor("FULL", 15, 16)).toBe("RECRUITING");
    expect(statusFor("RECRUITING", 3, 16)).toBe("RECRUITING");
    expect(statusFor("RUNNING", 16, 16)).toBe("RUNNING");
    expect(statusFor("CANCELLED", 0, 16)).toBe("CANCELLED");
  });
});

describe("R1 accepting an application", () => {
  it("R1 gives a place while there is room, at capacity - 1 and not at capacity", () => {
    expect(acceptance("APPLIED", 15, 16)).toBe("ACCEPTED");
    expect(acceptance("WAITLISTED", 15, 16)).toBe("ACCEPTED");
    expect(acceptance("APPLIED", 16, 16)).toBe("WAITLISTED");
  });

  it("R1 refuses to accept someone already waiting when there is no room", () => {
    expect(acceptance("WAITLISTED", 16, 16)).toBe("noRoom");
  });
});

describe("cohort life cycle", () => {
  it("R1 a cohort goes recruiting/full → running → completed, and can be cancelled until completed", () => {
    expect(nextStatuses("RECRUITING")).toEqual(["RUNNING", "CANCELLED"]);
    expect(nextStatuses("FULL")).toEqual(["RUNNING", "CANCELLED"]);
    expect(nextStatuses("RUNNING")).toEqual(["COMPLETED", "CANCELLED"]);
    expect(nextStatuses("COMPLETED")).toEqual([]);
    expect(nextStatuses("CANCELLED")).toEqual([]);
  });
});

describe("R2 promotion from the waiting list", () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 10, minute));
  const queue = [
    { id: "c", queuedAt: at(2) },
    { id: "b", queuedAt: at(1) },
    { id: "a", queuedAt: at(2) },
  ];

  it("R2 orders the waiting list by queuedAt, then id, so the order is stable", () => {
    expect([...queue].sort(waitlistOrder).map((entry) => entry.id)).toEqual(["b", "a", "c"]);
  });

  it("R2 promotes the first in line into the free places only", () => {
    expect(promotions(queue, 15, 16).map((entry) => entry.id)).toEqual(["b"]);
    expect(promotions(queue, 14, 16).map((entry) => entry.id)).toEqual(["b", "a"]);
    expect(promotions(queue, 16, 16)).toEqual([]);
  });
});

describe("R4 ending a cohort", () => {
  it("R4 completing completes the accepted; cancelling withdraws every active enrollment", () => {
    expect(enrollmentEnding("COMPLETED")).toEqual({
      from: ["ACCEPTED"],
      to: "COMPLETED",
      action: "enrollment.complete",
      byAttendance: true,
    });
    expect(enrollmentEnding("CANCELLED")).toEqual({
      from: ["APPLIED", "ACCEPTED", "WAITLISTED"],
      to: "WITHDRAWN",
      action: "enrollment.withdraw",
      byAttendance: false,
    });
  });

  it("R4 starting or filling a cohort ends nobody's enrollment", () => {
    for (const status of ["RECRUITING", "FULL", "RUNNING"] as const) expect(enrollmentEnding(status)).toBeNull();
  });
});

describe("R3 applicants come from the intro", () => {
  it("R3 refuses someone not present at the intro", () => {
    expect(applicationRefusal({ introRequired: true, attendedIntro: false, activeInTrajectory: 0 })).toEqual({
      rule: "R3",
      key: "notAtIntro",
    });
    expect(applicationRefusal({ introRequired: true, attendedIntro: true, activeInTrajectory: 0 })).toBeNull();
  });

  it("R3 does not gate programmes without an intro", () => {
    expect(applicationRefusal({ introRequired: false, attendedIntro: false, activeInTrajectory: 0 })).toBeNull();
  });

  it("R3 an override admits only the municipality's own staff who have not been erased", () => {
    const person = { role: "STAFF", municipalityId: "a", erasedAt: null };
    expect(admissible(person, "a")).toBe(true);
    expect(admissible(person, "b")).toBe(false);
    expect(admissible({ ...person, role: "COORDINATOR" }, "a")).toBe(false);
    expect(admissible({ ...person, erasedAt: new Date() }, "a")).toBe(false);
  });

  it("R3 an override needs a reason", () => {
    expect(overrideRefusal({ reason: "  ", activeInTrajectory: 0 })).toEqual({ rule: "R3", key: "reasonRequired" });
    expect(overrideRefusal({ reason: "Had dienst tijdens de introductie", activeInTrajectory: 0 })).toBeNull();
  });
});

describe("R4 one active cohort per trajectory", () => {
  it("R4 refuses an application or an override for someone already in a cohort of the trajectory", () => {
    expect(applicationRefusal({ introRequired: true, attendedIntro: true, activeInTrajectory: 1 })).toEqual({
      rule: "R4",
      key: "alreadyInCohort",
    });
    expect(overrideRefusal({ reason: "reden", activeInTrajectory: 1 })).toEqual({ rule: "R4", key: "alreadyInCohort" });
  });
});

describe("R5 work-field mix", () => {
  it("R5 warns when more than half come from one work field", () => {
    expect(workFieldWarning(["POLICE", "POLICE", "POLICE", "CARE", "OOV"])).toEqual({
      rule: "R5",
      workField: "POLICE",
      count: 3,
      total: 5,
    });
  });

  it("R5 does not warn at exactly half or with a good mix", () => {
    expect(workFieldWarning(["POLICE", "POLICE", "CARE", "OOV"])).toBeNull();
    expect(workFieldWarning(["POLICE", "CARE", "OOV", "EDUCATION"])).toBeNull();
    expect(workFieldWarning([])).toBeNull();
  });

  it("R5 counts the mix largest first", () => {
    expect(workFieldMix(["CARE", "POLICE", "CARE", null])).toEqual([
      { workField: "CARE", count: 2 },
      { workField: "POLICE", count: 1 },
      { workField: null, count: 1 },
    ]);
  });
});

describe("R12 bring a case", () => {
  it("R12 shows who has not brought a case once anyone has", () => {
    expect(
      caseReminders([
        { userId: "a", hasCase: true },
        { userId: "b", hasCase: false },
      ]),
    ).toEqual({ visible: true, missing: ["b"] });
  });

  it("R12 singles nobody out while no case exists yet", () => {
    expect(
      caseReminders([
        { userId: "a", hasCase: false },
        { userId: "b", hasCase: false },
      ]),
    ).toEqual({ visible: false, missing: [] });
  });
});

describe("R10 a cohort's participants become history", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  it("R10 fixed once the cohort's first session has started, open before it or without sessions", () => {
    expect(participantsFixed(null, now)).toBe(false);
    expect(participantsFixed({ startsAt: new Date("2026-03-10T12:00:01Z") }, now)).toBe(false);
    expect(participantsFixed({ startsAt: new Date("2026-03-10T12:00:00Z") }, now)).toBe(true);
    expect(participantsFixed({ startsAt: new Date("2026-03-01T09:00:00Z") }, now)).toBe(true);
  });
});

describe("completing a cohort from attendance", () => {
  const steps = ["TRAINING_DAY", "DEEPENING"];
  const present = (kind: string) => ({ kind, status: "PRESENT" as const });
  const absent = (kind: string) => ({ kind, status: "ABSENT" as const });

  it("R4 completes who was present at every step marked for completion", () => {
    expect(completes([present("TRAINING_DAY"), present("DEEPENING")], steps, [])).toBe(true);
    expect(completes([present("INTRO"), present("TRAINING_DAY"), present("DEEPENING")], steps, [])).toBe(true);
  });

  it("R4 does not complete who missed a step, was excused or has no attendance there", () => {
    expect(completes([present("TRAINING_DAY"), absent("DEEPENING")], steps, [])).toBe(false);
    expect(completes([present("TRAINING_DAY"), { kind: "DEEPENING", status: "EXCUSED" }], steps, [])).toBe(false);
    expect(completes([present("TRAINING_DAY")], steps, [])).toBe(false);
    expect(completes([], steps, [])).toBe(false);
  });

  it("R4 a make-up decision resolves the absence at its step, and only there", () => {
    expect(completes([present("TRAINING_DAY"), absent("DEEPENING")], steps, ["DEEPENING"])).toBe(true);
    expect(completes([absent("TRAINING_DAY"), absent("DEEPENING")], steps, ["DEEPENING"])).toBe(false);
  });

  it("R4 presence at one of two sessions of a step counts", () => {
    expect(completes([absent("TRAINING_DAY"), present("TRAINING_DAY"), present("DEEPENING")], steps, [])).toBe(true);
  });

  it("R4 a template that marks no step completes everyone", () => {
    expect(completes([], [], [])).toBe(true);
  });

  it("R4 a make-up needs an absence at a step that counts for completion", () => {
    const counted = { countsForCompletion: true, participant: true };
    expect(makeUpRefusal({ ...counted, attendance: "ABSENT" })).toBeNull();
    expect(makeUpRefusal({ ...counted, attendance: "EXCUSED" })).toBeNull();
    expect(makeUpRefusal({ ...counted, attendance: "PRESENT" })).toEqual({ rule: "R4", key: "nothingToMakeUp" });
    expect(makeUpRefusal({ ...counted, attendance: null })).toEqual({ rule: "R4", key: "nothingToMakeUp" });
    expect(makeUpRefusal({ ...counted, participant: false, attendance: "ABSENT" })).toEqual({
      rule: "R4",
      key: "nothingToMakeUp",
    });
    expect(makeUpRefusal({ countsForCompletion: false, participant: true, attendance: "ABSENT" })).toEqual({
      rule: "R4",
      key: "makeUpNotCounted",
    });
  });
});

describe("a cohort's count", () => {
  it("shows places taken while the cohort runs, completions once it is completed", () => {
    const enrollments = { accepted: 1, completed: 5 };
    expect(cohortCount({ status: "RUNNING", capacity: 16 }, { accepted: 8, completed: 0 })).toEqual({
      kind: "places",
      accepted: 8,
      capacity: 16,
    });
    expect(cohortCount({ status: "COMPLETED", capacity: 16 }, enrollments)).toEqual({
      kind: "completed",
      completed: 5,
      participants: 6,
    });
  });
});

describe("R12 when participants are reminded to bring a case", () => {
  const trainingDay = 20_000; // a local day number
  it("R12 reminds from the lead days before the due day up to the due day, not before, not after", () => {
    const due = trainingDay - 7;
    expect(caseReminderDue(due - CASE_REMINDER_LEAD_DAYS - 1, trainingDay, 7)).toBe(false);
    expect(caseReminderDue(due - CASE_REMINDER_LEAD_DAYS, trainingDay, 7)).toBe(true);
    expect(caseReminderDue(due, trainingDay, 7)).toBe(true);
    expect(caseReminderDue(due + 1, trainingDay, 7)).toBe(false);
  });
  it("R12 a case due on the day itself is reminded in the days before and on the morning", () => {
    expect(caseReminderDue(trainingDay - CASE_REMINDER_LEAD_DAYS, trainingDay, 0)).toBe(true);
    expect(caseReminderDue(trainingDay, trainingDay, 0)).toBe(true);
    expect(caseReminderDue(trainingDay + 1, trainingDay, 0)).toBe(false);
  });
  it("R12 a step that asks for no case reminds nobody", () => {
    expect(caseReminderDue(trainingDay - 1, trainingDay, null)).toBe(false);
  });
});
