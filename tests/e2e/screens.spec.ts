import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { DEMO_ADMIN, DEMO_COORDINATORS, DEMO_PASSWORD, DEMO_STAFF, DEMO_TRAINERS } from "@/lib/demo/people";
import { expect, test } from "./helpers";

/**
 * The screenshot review of issue 17: every role's start page, a form with an error, the
 * dashboard, the case page with its map, the pool page, a staff member's recruitment page and the not-found and error pages, in Dutch and English at 1366 px
 * and 390 px, written to docs/screens/ (not committed: each run writes them afresh for review) and scanned with axe.
 */
const out = path.resolve(import.meta.dirname, "../../docs/screens");
mkdirSync(out, { recursive: true });

const widths = [1366, 390] as const;
const languages = ["nl", "en"] as const;
/** Long pages are cut at this height to keep the files small. */
const MAX_HEIGHT = 2200;

async function signInAs(page: Page, email: string) {
  await page.goto("/login");
  const form = page.locator("form").filter({ has: page.locator('input[type="password"]') });
  await form.locator('input[type="email"], input[name="email"]').first().fill(email);
  await form.locator('input[type="password"]').fill(DEMO_PASSWORD);
  await form.getByRole("button").last().click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

async function shoot(page: Page, name: string, scan: (page?: Page) => Promise<void>) {
  await page.waitForLoadState("networkidle");
  await scan();
  const { width } = page.viewportSize() ?? { width: 1366 };
  const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
  await page.screenshot({ path: path.join(out, `${name}.png`), clip: { x: 0, y: 0, width, height }, fullPage: true });
}

const startPages = [
  { role: "admin", email: DEMO_ADMIN.email },
  { role: "trainer", email: DEMO_TRAINERS[0].email },
  { role: "coordinator", email: DEMO_COORDINATORS.deventer.email },
  { role: "staff", email: DEMO_STAFF.deventer[4].email },
];

for (const language of languages) {
  for (const width of widths) {
    const suffix = `${language}-${width}`;
    test.describe(`screens ${suffix}`, () => {
      test.use({ viewport: { width, height: 900 } });
      test.beforeEach(async ({ context, baseURL }) => {
        await context.addCookies([{ name: "NEXT_LOCALE", value: language, url: baseURL ?? "" }]);
      });

      test("a form with an error", async ({ page, scan }) => {
        await page.goto("/login");
        const form = page.locator("form").filter({ has: page.locator('input[type="password"]') });
        await form.locator('input[type="email"], input[name="email"]').first().fill(DEMO_TRAINERS[0].email);
        await form.locator('input[type="password"]').fill("not-the-password");
        await form.getByRole("button").last().click();
        await expect(form.getByRole("alert")).toBeVisible();
        await shoot(page, `form-error-${suffix}`, scan);
      });

      for (const { role, email } of startPages) {
        test(`${role}: start page`, async ({ page, scan }) => {
          await signInAs(page, email);
          await expect(page.locator("[aria-current=page]").first()).toBeVisible();
          await shoot(page, `start-${role}-${suffix}`, scan);
        });
      }

      test("coordinator: dashboard and pool", async ({ page, scan }) => {
        await signInAs(page, DEMO_COORDINATORS.deventer.email);
        await page.goto("/coordinator/dashboard");
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await shoot(page, `dashboard-${suffix}`, scan);
        await page.goto("/coordinator/pool");
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await shoot(page, `pool-${suffix}`, scan);
      });

      test("staff: recruitment, for someone who missed the intro", async ({ page, scan }) => {
        // Absent from the Deventer intro (lib/demo/seed.ts): told why and what to do instead of a form.
        await signInAs(page, DEMO_STAFF.deventer[13].email);
        await page.goto("/staff/recruitment");
        // The seed's recruiting Groep 3 (and any cohort another test opened) explains instead of a form.
        await expect(page.getByTestId("cannot-apply").first()).toBeVisible();
        await shoot(page, `recruitment-staff-${suffix}`, scan);
      });

      test("trainer: the finished cohort's page", async ({ page, scan }) => {
        await signInAs(page, DEMO_TRAINERS[0].email);
        // The second link of the trajectory's line is its cohorts, in either language.
        await page
          .getByTestId("trajectory-list")
          .getByRole("listitem")
          .filter({ hasText: "Samen in Deventer" })
          .getByRole("link")
          .nth(1)
          .click();
        await page.getByRole("link", { name: "Groep 1 (voorjaar)" }).click();
        await expect(page.getByTestId("cohort-summary")).toBeVisible();
        await shoot(page, `cohort-${suffix}`, scan);
      });

      test("trainer: the not-found and error pages", async ({ page, scan }) => {
        await signInAs(page, DEMO_TRAINERS[0].email);
        await page.goto("/trainer/bestaat-niet");
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await shoot(page, `not-found-${suffix}`, scan);
        // Nothing fails on purpose here: app/error.tsx's markup goes into the real layout instead.
        const markup = execFileSync(
          "node_modules/.bin/tsx",
          ["tests/support/print-error-page.tsx", language, "2840173659"],
          {
            cwd: path.resolve(import.meta.dirname, "../.."),
            encoding: "utf8",
          },
        );
        await page.locator("main").evaluate((main, html) => (main.innerHTML = html), markup);
        await expect(page.getByTestId("error-reference")).toBeVisible();
        await shoot(page, `error-${suffix}`, scan);
      });

      test("staff: the case page with its map", async ({ page, scan }) => {
        // The seeded Deventer case's author lists it on their start page.
        await signInAs(page, DEMO_STAFF.deventer[4].email);
        await page.getByTestId("case-list").getByRole("link").first().click();
        await expect(page.getByTestId("polarisation-map")).toBeVisible();
        await shoot(page, `case-${suffix}`, scan);
      });
    });
  }
}
