// The authorisation matrix for pages: each app/**/page.tsx, called as each actor with
// the route parameters of a record of A, renders (allowed) or ends in notFound() or the
// redirect to /login (refused) — exactly as ./matrix says.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { signInAs } from "../../support/session";
import { fileOf } from "./discover";
import { PAGES } from "./matrix";
import { thrownOutcome, type Outcome } from "./outcome";
import { ACTORS, actorId, buildScenario, CASE_TITLE, foreignTraces, type Scenario } from "./scenario";

// Pages translate through next-intl's server functions, which need Next's request scope:
// the same messages and formats, without it.
vi.mock("next-intl/server", async () => {
  const { createFormatter, createTranslator } = await import("use-intl/core");
  const { messages } = await import("@/lib/i18n/messages");
  const base = { locale: "nl" as const, messages: messages.nl, timeZone: "Europe/Amsterdam" };
  return {
    getTranslations: async (namespace?: string | { namespace?: string }) =>
      createTranslator({
        ...base,
        namespace: (typeof namespace === "string" ? namespace : namespace?.namespace) as never,
      }),
    getFormatter: async () => createFormatter(base),
    getLocale: async () => "nl",
    getMessages: async () => messages.nl,
    getNow: async () => new Date(),
    getTimeZone: async () => base.timeZone,
    getRequestConfig: (create: unknown) => create,
  };
});

// app/login/page.tsx imports its action, which imports next-auth (it does not load outside Next).
vi.mock("next-auth", () => ({
  AuthError: class AuthError extends Error {},
  CredentialsSignin: class CredentialsSignin extends Error {},
}));

type Page = (props: {
  params: Promise<Record<string, string | string[]>>;
  searchParams: Promise<Record<string, string>>;
}) => Promise<unknown> | unknown;

async function render(
  page: Page,
  params: Record<string, string | string[]>,
  searchParams: Record<string, string>,
): Promise<Outcome & { html: string }> {
  try {
    const element = await page({ params: Promise.resolve(params), searchParams: Promise.resolve(searchParams) });
    return { verdict: "allowed", detail: "rendered", html: valuesOf(element).join("\n") };
  } catch (error) {
    return { ...thrownOutcome(error), html: "" };
  }
}

/** Every string and number in an element tree (props included), for the R20 check below. */
function valuesOf(root: unknown): string[] {
  const seen = new WeakSet<object>();
  const out: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === "string" || typeof value === "number") out.push(String(value));
    else if (value instanceof Date) out.push(value.toISOString());
    else if (value && typeof value === "object" && !seen.has(value)) {
      seen.add(value);
      for (const [key, child] of Object.entries(value)) if (key !== "_owner" && key !== "_store") visit(child);
    }
  };
  visit(root);
  return out;
}

/** Actors of the foreign municipality B: whatever page they may open, nothing of A shows (R20). */
const FOREIGN = new Set(["trainerB", "coordinatorB", "staffB"]);
/** Actors who read no case of the scenario in full: its title (personal) never shows for them. */
const NO_CASE_TEXT = new Set(["admin", "colleagueA", ...FOREIGN]);

let scenario: Scenario;
beforeAll(async () => {
  scenario = await buildScenario();
});

describe("authorisation matrix: pages", () => {
  for (const [key, { calls }] of Object.entries(PAGES)) {
    for (const variant of calls) {
      describe(`${key}${variant.variant ? ` (${variant.variant})` : ""}`, () => {
        let page: Page;
        beforeAll(async () => {
          page = ((await import(/* @vite-ignore */ fileOf(key))) as { default: Page }).default;
        });
        for (const actor of ACTORS) {
          const expected = variant.allow.includes(actor) ? "allowed" : "refused";
          it(`${actor}: ${expected}`, async () => {
            signInAs(actorId(scenario, actor));
            const outcome = await render(
              page,
              variant.params?.(scenario) ?? {},
              variant.searchParams?.(scenario) ?? {},
            );
            expect(`${outcome.verdict} (${outcome.detail})`).toMatch(new RegExp(`^${expected} `));
            // The element tree holds every value the page passes on to its components.
            if (FOREIGN.has(actor) && !variant.bearer)
              expect(
                foreignTraces(scenario).filter((trace) => outcome.html.includes(trace)),
                "A's data on a page of B",
              ).toEqual([]);
            if (NO_CASE_TEXT.has(actor))
              expect(
                outcome.html.includes(CASE_TITLE),
                "a case title for someone who may not read the case (R13)",
              ).toBe(false);
          });
        }
      });
    }
  }
});
