// Issue 14 item 5: generated hostile input — control characters, long strings, odd
// unicode, wrong types and bodies that are not form data — to every server action of the
// authorisation matrix, as an admin (who passes every role check, so the input reaches
// validation). Each call answers with an error state: no throw (a 500), nothing logged,
// nothing written.
import path from "node:path";
import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { idle } from "@/lib/actions/state";
import { makeUser } from "../../support/fixtures";
import { form } from "../../support/form";
import { signInAs } from "../../support/session";
import { expectNothingWritten } from "../../support/writes";
import { root } from "../authorisation/discover";
import { ACTIONS } from "../authorisation/matrix";

vi.mock("next-auth", () => ({
  AuthError: class AuthError extends Error {},
  CredentialsSignin: class CredentialsSignin extends Error {},
}));

/** Actions that read no input: any body does the same, legitimate, thing. */
const WITHOUT_INPUT = new Set([
  "action app/calendar/actions.ts#resetCalendarTokenAction",
  "action app/account/actions.ts#signOutAction",
]);
/**
 * Actions that may answer "done" to hostile input, writing nothing: signing in hands two
 * fields to Auth.js (mocked here); the intake form's honeypot ("website") answers a bot
 * as if its request were sent.
 */
const HANDED_ON = new Set([
  "action app/login/actions.ts#signInWithPassword",
  "action app/aanvraag/actions.ts#submitIntakeAction",
]);
const RUNS_PER_ACTION = 24;

/** The names the forms use, so hostile values meet real fields. */
const FIELD_NAMES = [
  "id",
  "title",
  "question",
  "notes",
  "description",
  "name",
  "email",
  "date",
  "time",
  "dueDate",
  "municipalityId",
  "caseId",
  "cohortId",
  "sessionId",
  "status",
  "capacity",
  "durationMinutes",
  "organisation",
  "phone",
  "message",
  "website",
  "token",
  "workField",
  "jobTitle",
  "emailDomains",
];

const control = fc.constantFrom("\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\u0085", "\ud800", "\udfff");
const hostileText = fc.oneof(
  fc.tuple(fc.string(), control, fc.string()).map(([a, c, b]) => a + c + b),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.nat({ max: 3 }).map((n) => "x".repeat(10_000 * (n + 1))),
  fc.constantFrom("0000-01-01", "0001-01-01", "9999-12-31", "+275760-09-13", "2026-02-30", "-1", "NaN", "1e309"),
  fc.constantFrom("\u202e", "\ufeff", "\u200d", "👩‍👩‍👧", "Ǆ", "\u0301\u0301\u0301", "😀".repeat(500)),
);
const hostileForm = fc
  .dictionary(
    fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 8 })),
    fc.array(hostileText, { minLength: 1, maxLength: 2 }),
    {
      minKeys: 1,
      maxKeys: 6,
    },
  )
  .map((fields) => form(fields));
/** What a crafted request can make Next hand an action instead of FormData. */
const notAForm = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, "hello", 0, [], {}, [{}, "hello"], { get: "x" }),
  fc.jsonValue(),
  fc.anything(),
);
const body = fc.oneof({ weight: 3, arbitrary: hostileForm }, { weight: 1, arbitrary: notAForm });

type AnyAction = (previous: unknown, form: unknown) => Promise<unknown>;
const logged = vi.spyOn(console, "error");

beforeAll(async () => {
  signInAs((await makeUser("ADMIN", { municipalityId: null })).id);
});
beforeEach(() => logged.mockClear());

describe("hostile input to every server action", () => {
  it(`covers the matrix's actions with ${RUNS_PER_ACTION} inputs each (at least 1,000 in all)`, () => {
    expect(Object.keys(ACTIONS).length * RUNS_PER_ACTION).toBeGreaterThanOrEqual(1000);
  });

  for (const key of Object.keys(ACTIONS)) {
    it(key, async () => {
      const [file, name] = key.slice("action ".length).split("#");
      const action = ((await import(/* @vite-ignore */ path.join(root, file))) as Record<string, AnyAction>)[name];
      await fc.assert(
        fc.asyncProperty(body, async (input) => {
          const call = () => action(idle, input);
          const state = (WITHOUT_INPUT.has(key) ? await call() : await expectNothingWritten(call, key)) as {
            status: string;
          };
          if (!WITHOUT_INPUT.has(key) && !HANDED_ON.has(key)) expect(state.status, key).toBe("error");
          expect(logged, `${key} logged an error`).not.toHaveBeenCalled();
        }),
        { numRuns: RUNS_PER_ACTION },
      );
    });
  }
});
