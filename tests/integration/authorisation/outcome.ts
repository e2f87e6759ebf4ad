// How a call ended, in the matrix's terms: allowed (the use case ran) or refused.
import { expect } from "vitest";
import { ruleMessage } from "@/lib/actions/rule-message";
import { idle, type ActionState } from "@/lib/actions/state";
import { RuleViolation } from "@/lib/errors";
import { translator } from "@/lib/i18n/translate";
import { form, type Fields } from "../../support/form";
import { expectNothingWritten } from "../../support/writes";

const t = translator("nl");

/** Rule messages that are a refusal of the person, not of the situation (R11, R13, R20). */
const REFUSAL_RULES: [`R${number}`, string][] = [
  ["R20", "otherMunicipality"],
  ["R13", "notReadable"],
  ["R13", "authorChooses"],
  ["R11", "notEditor"],
  ["R11", "notPlanner"],
  ["R11", "ownMunicipalityOnly"],
  ["R9", "checkInNotExpected"],
];
const REFUSALS = new Set([
  t("errors.accessDenied"),
  t("errors.notFound"),
  ...REFUSAL_RULES.map(([rule, key]) => ruleMessage(new RuleViolation(rule, key), "nl", t)),
]);

export type Outcome = { verdict: "allowed" | "refused" | "unclear"; detail: string };

/** Next's redirect()/notFound() throw errors with a digest. */
export function thrownOutcome(error: unknown): Outcome {
  const digest = (error as { digest?: unknown })?.digest;
  if (typeof digest !== "string") throw error;
  if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;"))
    return { verdict: "refused", detail: `http ${digest.split(";")[1]}` };
  if (digest.startsWith("NEXT_REDIRECT;")) {
    const url = digest.split(";")[2] ?? "";
    return url === "/login" || url.startsWith("/login?")
      ? { verdict: "refused", detail: `redirect ${url}` }
      : { verdict: "allowed", detail: `redirect ${url}` };
  }
  throw error;
}

/**
 * An action's state: success, or a rule message that is not a refusal, means the use case
 * ran (allowed); "not allowed" / "not found" or a refusal rule means refused; anything
 * else (field errors, an unexpected error) means the test's form is wrong.
 */
export function actionOutcome(state: ActionState<unknown>): Outcome {
  if (state.status === "success") return { verdict: "allowed", detail: "success" };
  if (state.status !== "error") return { verdict: "unclear", detail: state.status };
  if (REFUSALS.has(state.message)) return { verdict: "refused", detail: state.message };
  if (state.rule) return { verdict: "allowed", detail: `rule ${state.rule}: ${state.message}` };
  return { verdict: "unclear", detail: `${state.message} ${JSON.stringify(state.fieldErrors ?? {})}` };
}

export type Action = (previous: ActionState<unknown>, form: FormData) => Promise<ActionState<unknown>>;

/** Calls a server action with `fields` as the signed-in user (tests/support/session.ts). */
export async function callAction(action: Action, fields: Fields): Promise<Outcome> {
  try {
    return actionOutcome(await action(idle, form(fields)));
  } catch (error) {
    return thrownOutcome(error);
  }
}

/** The matrix's check of one call: the outcome it expects, and for a refusal nothing written. */
export async function expectCall(action: Action, fields: Fields, expected: "allowed" | "refused") {
  const check = async () => {
    const outcome = await callAction(action, fields);
    expect(`${outcome.verdict} (${outcome.detail})`).toMatch(new RegExp(`^${expected} `));
  };
  if (expected === "refused") await expectNothingWritten(check);
  else await check();
}
