// The authorisation matrix for server actions: each exported action of app/**/actions.ts,
// called as each actor with a valid form, is allowed (the use case ran) or refused with
// nothing written — exactly as ./matrix.ts says.
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionState } from "@/lib/actions/state";
import { idle } from "@/lib/actions/state";
import { signInAs } from "../session";
import { root } from "./discover";
import { ACTIONS, type Form } from "./matrix";
import { actionOutcome, thrownOutcome, type Outcome } from "./outcome";
import { ACTORS, actorId, buildScenario, fingerprint, type Scenario } from "./scenario";

// Each call from another address, so the intake form's per-address rate limit stays out of the way.
let calls = 0;
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: vi.fn(), delete: vi.fn() }),
  headers: async () => new Headers({ "x-forwarded-for": `10.9.${(++calls >> 8) & 255}.${calls & 255}` }),
}));
// app/login/actions.ts imports next-auth, which does not load outside Next; signIn itself is mocked in setup.ts.
vi.mock("next-auth", () => ({
  AuthError: class AuthError extends Error {},
  CredentialsSignin: class CredentialsSignin extends Error {},
}));

type Action = (previous: ActionState<unknown>, form: FormData) => Promise<ActionState<unknown>>;

function formData(values: Form) {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) for (const item of [value].flat()) form.append(key, item);
  return form;
}

async function run(action: Action, form: Form): Promise<Outcome> {
  try {
    return actionOutcome(await action(idle, formData(form)));
  } catch (error) {
    return thrownOutcome(error);
  }
}

let scenario: Scenario;
beforeAll(async () => {
  scenario = await buildScenario();
});

describe("authorisation matrix: server actions", () => {
  for (const [key, variants] of Object.entries(ACTIONS)) {
    const [file, name] = key.slice("action ".length).split("#");
    for (const variant of variants) {
      describe(`${key}${variant.variant ? ` (${variant.variant})` : ""}`, () => {
        // The refused calls first, each compared with the database as the call before left
        // it (the forms are built up front); then the allowed ones, which may write.
        const refused = ACTORS.filter((actor) => !variant.allow.includes(actor));
        const order = [...refused, ...variant.allow];
        const forms = new Map<string, Form>();
        let action: Action;
        let last: Record<string, string>;
        beforeAll(async () => {
          action = ((await import(/* @vite-ignore */ path.join(root, file))) as Record<string, Action>)[name];
          // A refused call consumes nothing, so the refused actors share one form.
          const shared = refused.length > 0 ? await variant.form(scenario, refused[0]) : {};
          for (const actor of order)
            forms.set(actor, variant.allow.includes(actor) ? await variant.form(scenario, actor) : shared);
          last = await fingerprint();
        });
        for (const actor of order) {
          const expected = variant.allow.includes(actor) ? "allowed" : "refused";
          it(`${actor}: ${expected}`, async () => {
            signInAs(actorId(scenario, actor));
            const outcome = await run(action, forms.get(actor) ?? {});
            expect(`${outcome.verdict} (${outcome.detail})`).toMatch(new RegExp(`^${expected} `));
            if (expected === "refused") {
              const before = last;
              last = await fingerprint();
              expect(last, "a refused call writes nothing").toEqual(before);
            }
          });
        }
      });
    }
  }
});
