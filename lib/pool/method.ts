// The structured intervisie method, step by step (pure; no I/O). Each case brought into
// an intervisie goes through these steps in order; CaseSession.methodStep counts the
// steps done (0…5).

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
