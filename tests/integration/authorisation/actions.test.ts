// The authorisation matrix for server actions: each exported action of app/**/actions.ts,
// called as each actor with a valid form, is allowed (the use case ran) or refused with
// nothing written — exactly as ./matrix says.
import path from "node:path";
import { beforeAll, describe, it, vi } from "vitest";
import type { Fields } from "../../support/form";
import { signInAs } from "../../support/session";
import { root } from "./discover";
import { ACTIONS } from "./matrix";
import { expectCall, type Action } from "./outcome";
import { ACTORS, actorId, buildScenario, type Scenario } from "./scenario";

// Each call from another address, so the intake form's per-address rate limit stays out of the way.
let calls = 0;
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: vi.fn(), delete: vi.fn() }),
  headers: async () => new Headers({ "x-forwarded-for": `10.9.${(++calls >> 8) & 255}.${calls & 255}` }),
}));
// app/login/actions.ts imports next-auth, which does not load outside Next; signIn itself is mocked in tests/support/integration-setup.ts.
vi.mock("next-auth", () => ({
  AuthError: class AuthError extends Error {},
  CredentialsSignin: class CredentialsSignin extends Error {},
}));

let scenario: Scenario;
beforeAll(async () => {
  scenario = await buildScenario();
});

describe("authorisation matrix: server actions", () => {
  for (const [key, { calls }] of Object.entries(ACTIONS)) {
    const [file, name] = key.slice("action ".length).split("#");
    for (const variant of calls) {
      describe(`${key}${variant.variant ? ` (${variant.variant})` : ""}`, () => {
        // The refused calls first, then the allowed ones, which may change the records
        // the refused ones would meet.
        const refused = ACTORS.filter((actor) => !variant.allow.includes(actor));
        let action: Action;
        let shared: Promise<Fields> | undefined;
        beforeAll(async () => {
          action = ((await import(/* @vite-ignore */ path.join(root, file))) as Record<string, Action>)[name];
        });
        for (const actor of [...refused, ...variant.allow]) {
          const expected = variant.allow.includes(actor) ? "allowed" : "refused";
          it(`${actor}: ${expected}`, async () => {
            // A refused call consumes nothing, so the refused actors share one form.
            const fields = await (expected === "allowed"
              ? variant.form(scenario, actor)
              : (shared ??= Promise.resolve(variant.form(scenario, refused[0]))));
            signInAs(actorId(scenario, actor));
            await expectCall(action, fields, expected);
          });
        }
      });
    }
  }
});
