// The authorisation matrix for route handlers: each app/**/route.ts's GET, called as each
// actor, answers 200 (allowed) or 401/404 (refused) — exactly as ./matrix says.
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../support/session";
import { fileOf } from "./discover";
import { ROUTES } from "./matrix";
import { ACTORS, actorId, buildScenario, foreignTraces, type Scenario } from "./scenario";

type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response> | Response;

/** Auth.js answers its own routes; in tests it is replaced (tests/support/integration-setup.ts), and sign-in has its own tests. */
const AUTH_JS = "route /api/auth/[...nextauth]";

let scenario: Scenario;
beforeAll(async () => {
  scenario = await buildScenario();
});

describe("authorisation matrix: route handlers", () => {
  it(`${AUTH_JS} is Auth.js's own handler, nothing of ours`, () => {
    expect(fs.readFileSync(fileOf(AUTH_JS), "utf8").trim()).toBe('export { GET, POST } from "@/lib/auth/handlers";');
  });

  for (const [key, { calls }] of Object.entries(ROUTES)) {
    if (key === AUTH_JS) continue;
    for (const variant of calls) {
      describe(`${key}${variant.variant ? ` (${variant.variant})` : ""}`, () => {
        let handler: Handler;
        beforeAll(async () => {
          handler = ((await import(/* @vite-ignore */ fileOf(key))) as Record<string, Handler>)[
            variant.method ?? "GET"
          ];
        });
        for (const actor of ACTORS) {
          const expected = variant.allow.includes(actor) ? "allowed" : "refused";
          it(`${actor}: ${expected}`, async () => {
            const params = (await variant.params?.(scenario, actor)) ?? {};
            const path = key
              .slice("route ".length)
              .replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => [params[name]].flat().join("/"));
            signInAs(actorId(scenario, actor));
            const init: RequestInit = variant.method
              ? {
                  method: variant.method,
                  body: variant.body?.(scenario),
                  headers: { origin: "http://localhost", host: "localhost" },
                }
              : {};
            const response = await handler(
              new Request(`http://localhost${path}${variant.query?.(scenario) ?? ""}`, init),
              {
                params: Promise.resolve(params),
              },
            );
            if (expected === "allowed") {
              expect(response.status).toBe(200);
              // A route of A's data answers an actor of B only with their own (R20).
              if (!variant.bearer && ["trainerB", "coordinatorB", "staffB"].includes(actor)) {
                const body = await response.text();
                expect(foreignTraces(scenario).filter((trace) => body.includes(trace))).toEqual([]);
              }
            } else {
              expect([401, 404]).toContain(response.status);
            }
          });
        }
      });
    }
  }
});
