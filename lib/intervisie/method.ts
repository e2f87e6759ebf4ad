// The structured intervisie method, step by step (pure; no I/O). Each case brought into
// an intervisie goes through these steps in order; CaseSession.methodStep counts the
// steps done (0…5).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MethodStepInput } from "./schemas";

export const METHOD_STEPS = ["QUESTION", "CLARIFY", "ANALYSIS", "ADVICE", "CHOICE"] as const;
export type MethodStep = (typeof METHOD_STEPS)[number];

/** The step to work on now, or null when the case has been through all of them. */
export function currentStep(stepsDone: number): MethodStep | null {
  return METHOD_STEPS[stepsDone] ?? null;
}

/**
 * A step may be recorded once the steps before it are done (no skipping ahead); a step
 * already done may be revisited. Returns the new number of steps done, or null when the
 * step is not yet open.
 */
export function recordStep(stepsDone: number, step: MethodStep): number | null {
  const index = METHOD_STEPS.indexOf(step);
  if (index > stepsDone) return null;
  return Math.max(stepsDone, index + 1);
}

export const isFinished = (stepsDone: number) => stepsDone >= METHOD_STEPS.length;

/** What one step records on the case's link to the session (the advice round's outcome is the case's advice). */
export function methodStepFields(input: MethodStepInput): Prisma.CaseSessionUpdateInput {
  switch (input.step) {
    case "QUESTION":
      return { question: input.text };
    case "CLARIFY":
      return { clarifications: input.text };
    case "ANALYSIS":
      return { analysis: input.text, analysisRoles: input.roles, analysisGameChangers: input.gameChangers };
    case "ADVICE":
      return { advice: input.text };
    case "CHOICE":
      return { ownerChoice: input.text, agreedActions: input.agreedActions ?? null };
  }
}
