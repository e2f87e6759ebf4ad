import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/demo/people";
import { e2ePort } from "./ports";

/**
 * Every test gets a page whose visited URLs are scanned with axe (WCAG 2.1 AA): `scan`
 * after each navigation a test makes, and once more automatically at the end. Its
 * `baseURL` is its worker's own server (tests/e2e/playwright.config.ts), so workers share
 * no data.
 */
export const test = base.extend<{ scan: (page?: Page) => Promise<void> }>({
  baseURL: async ({}, use, testInfo) => {
    await use(`http://127.0.0.1:${e2ePort(testInfo.parallelIndex)}`);
  },
  scan: async ({ page }, use) => {
    const scan = async (target: Page = page) => {
      await target.waitForLoadState("networkidle");
      // Next streams a page's metadata: its <title> may land just after the load settles.
      await expect(target).toHaveTitle(/\S/);
      // After a redirect the URL changes before the new page commits, and the old page's
      // <title> goes before the new one lands: a violation must persist to count.
      await expect(async () => {
        const results = await new AxeBuilder({ page: target })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
        );
        expect(summary, `accessibility violations on ${target.url()}`).toEqual([]);
      }).toPass({ timeout: 10_000 });
    };
    await use(scan);
    if (!page.isClosed() && page.url().startsWith("http")) await scan(page);
  },
});

export { expect };

export async function signIn(page: Page, email: string, scan: (page?: Page) => Promise<void>) {
  await page.goto("/login");
  await scan(page);
  const form = page.getByRole("form", { name: "Aanmelden" });
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await form.getByRole("button", { name: "Aanmelden" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await scan(page);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Afmelden", exact: true }).click();
  await page.waitForURL(/\/login/);
}

/** A link in the main menu's network group, opened first (components/navigation/main-nav). */
export async function networkLink(page: Page, name: string) {
  const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
  await menu.getByText("Netwerk", { exact: true }).click();
  return menu.getByRole("link", { name, exact: true });
}
