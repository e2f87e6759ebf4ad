// The authorisation matrix for pages: each app/**/page.tsx, called as each actor with
// the route parameters of a record of A, renders (allowed) or ends in notFound() or the
// redirect to /login (refused) — exactly as ./matrix.ts says.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { signInAs } from "../session";
import { fileOf } from "./discover";
import { PAGES } from "./matrix";
import { thrownOutcome, type Outcome } from "./outcome";
import { ACTORS, actorId, buildScenario, type Scenario } from "./scenario";

// Pages translate through next-intl's server functions, which need Next's request scope:
// the same messages and formats, without it.
vi.mock("next-intl/server", async () => {
  const { createFormatter, createTranslator } = await import("use-intl/core");
  const { messages } = await import("@/lib/i18n/messages");
  const base = { locale: "nl" as const, messages: messages.nl, timeZone: "Europe/Amsterdam" };
  return {
    getTranslations: async (namespace?: string | { namespace?: string }) =>
      createTranslator({ ...base, namespace: (typeof namespace === "string" ? namespace : namespace?.namespace) as never }),
    getFormatter: async () => createFormatter(base),
    getLocale: async () => "nl",
    getMessages: async () => messages.nl,
    getNow: async () => new Date(),
    getTimeZone: async () => base.timeZone,
    getRequestConfig: (create: unknown) => create,
  };
});

// app/login/page.tsx imports its action, which imports next-auth (it does not load outside Next).
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {}, CredentialsSignin: class CredentialsSignin extends Error {} }));

type Page = (props: { params: Promise<Record<string, string | string[]>>; searchParams: Promise<Record<string, string>> }) => Promise<unknown> | unknown;

async function render(page: Page, params: Record<string, string | string[]>, searchParams: Record<string, string>): Promise<Outcome> {
  try {
    await page({ params: Promise.resolve(params), searchParams: Promise.resolve(searchParams) });
    return { verdict: "allowed", detail: "rendered" };
  } catch (error) {
    return thrownOutcome(error);
  }
}

let scenario: Scenario;
beforeAll(async () => {
  scenario = await buildScenario();
});

describe("authorisation matrix: pages", () => {
  for (const [key, variants] of Object.entries(PAGES)) {
    for (const variant of variants) {
      describe(`${key}${variant.variant ? ` (${variant.variant})` : ""}`, () => {
        let page: Page;
        beforeAll(async () => {
          page = ((await import(/* @vite-ignore */ fileOf(key))) as { default: Page }).default;
        });
        for (const actor of ACTORS) {
          const expected = variant.allow.includes(actor) ? "allowed" : "refused";
          it(`${actor}: ${expected}`, async () => {
            signInAs(actorId(scenario, actor));
            const outcome = await render(page, variant.params?.(scenario) ?? {}, variant.searchParams?.(scenario) ?? {});
            expect(`${outcome.verdict} (${outcome.detail})`).toMatch(new RegExp(`^${expected} `));
          });
        }
      });
    }
  }
});
