import type { RuleId } from "@/lib/errors";

/** What every server action returns to its form (useActionState). */
export type ActionState<T = null> =
  | { status: "idle" }
  | { status: "success"; data: T; message?: string; warnings?: string[] }
  | { status: "error"; message: string; rule?: RuleId; fieldErrors?: Record<string, string[]> };

export const idle: ActionState<never> = { status: "idle" };
