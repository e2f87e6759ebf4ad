// Each role's main journey with the keyboard only (issue 7): Tab / Shift+Tab to move,
// Enter / Space to act, typing to fill in — never a mouse click and never filling a field
// the keyboard did not reach. Every control reached must show the focus indicator.
// Demo people no other spec uses: Pieter de Vries (staff) and Naima El Idrissi
// (coordinator) of Rotterdam; Sanne Verhoeven trains Rotterdam; the admin only reads.
import type { Locator, Page } from "@playwright/test";
import { DEMO_ADMIN, DEMO_COORDINATORS, DEMO_PASSWORD, DEMO_STAFF, DEMO_TRAINERS } from "@/lib/demo/people";
import { expect, test } from "./helpers";

const staff = DEMO_STAFF.rotterdam[2];
const coordinator = DEMO_COORDINATORS.rotterdam;
const trainer = DEMO_TRAINERS[0];

/** The focused element shows the app's focus ring (app/globals.css :focus-visible). */
async function expectFocusRing(target: Locator) {
  await expect(target).toBeFocused();
  await expect(target).toHaveCSS("outline-style", "solid");
  await expect(target).toHaveCSS("outline-width", "3px");
}

const isFocused = (target: Locator) =>
  target.evaluate((element) => element === document.activeElement).catch(() => false);

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails when it is never reached. */
async function tabTo(page: Page, target: Locator, options: { backwards?: boolean; max?: number } = {}) {
  for (let presses = 0; presses <= (options.max ?? 80); presses++) {
    if (await isFocused(target)) return expectFocusRing(target);
    await page.keyboard.press(options.backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`not reachable with the keyboard: ${target}`);
}

/** Tabs to a field, types into it. */
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** After a navigation inside the app the focus is on the new page's content (components/route-focus). */
const expectFocusOnContent = (page: Page) => expect(page.locator("main#content")).toBeFocused();

/** Follows a link with Enter and waits for the page it leads to, focus on its content. */
async function follow(page: Page, link: Locator, url: RegExp, options: { backwards?: boolean } = {}) {
  await tabTo(page, link, options);
  await page.keyboard.press("Enter");
  await page.waitForURL(url);
  await expectFocusOnContent(page);
}

/** The skip link is the first stop on a fresh page, visible when focused, and moves focus to the content. */
async function skipToContent(page: Page) {
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Naar de inhoud" });
  await expectFocusRing(skip);
  expect((await skip.boundingBox())?.width ?? 0).toBeGreaterThan(20);
  await page.keyboard.press("Enter");
  await expect(page.locator("main#content")).toBeFocused();
}

async function signInWithKeyboard(page: Page, email: string, scan: (page?: Page) => Promise<void>) {
  await page.goto("/login");
  await scan();
  await skipToContent(page);
  const form = page.getByRole("form", { name: "Aanmelden" });
  await typeInto(page, form.getByLabel("E-mailadres"), email);
  await page.keyboard.press("Tab");
  await expectFocusRing(form.getByLabel("Wachtwoord"));
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await expectFocusOnContent(page);
  await scan();
}

const menu = (page: Page) => page.getByRole("navigation", { name: "Hoofdmenu" });

test("staff: registers for the intro meeting and withdraws again, with the keyboard only", async ({ page, scan }) => {
  await signInWithKeyboard(page, staff.email, scan);
  await follow(page, menu(page).getByRole("link", { name: "Introductie en groepen" }), /\/staff\/recruitment$/, {
    backwards: true,
  });
  await expect(page.getByRole("heading", { level: 1, name: "Introductie en trainingsgroepen" })).toBeVisible();

  const intro = page.getByTestId("intro-list").getByRole("listitem").filter({ hasText: "Rotterdam-Zuid" });
  const register = intro.getByRole("button", { name: /Aanmelden voor de introductie/ });
  await tabTo(page, register);
  await page.keyboard.press("Enter");
  await expect(intro.getByText("U bent aangemeld.")).toHaveCount(1);
  await expect(intro.getByRole("status")).toContainText(
    "Gelukt: uw plaats bij de introductiebijeenkomst is gereserveerd.",
  );
  // Focus stays on the button, which now withdraws the registration: Space works too.
  const cancel = intro.getByRole("button", { name: /Aanmelding intrekken/ });
  await expectFocusRing(cancel);
  await scan();
  await page.keyboard.press("Space");
  await expect(intro.getByRole("status")).toContainText("Uw aanmelding voor de introductiebijeenkomst is ingetrokken.");
  await expectFocusRing(register);
});

test("trainer: opens the Rotterdam trajectory's cohorts and creates a cohort, with the keyboard only", async ({
  page,
  scan,
}) => {
  const name = "Groep toetsenbord";
  await signInWithKeyboard(page, trainer.email, scan);
  const trajectory = page.getByTestId("trajectory-list").getByRole("listitem").filter({ hasText: "Rotterdam-Zuid" });
  await follow(
    page,
    trajectory.getByRole("link", { name: "Trainingsgroepen" }),
    /\/trainer\/trajectories\/[^/]+\/cohorts$/,
  );
  await expect(page.getByRole("heading", { level: 1, name: "Trainingsgroepen" })).toBeVisible();
  await scan();

  const form = page.getByRole("form", { name: "Nieuwe trainingsgroep" });
  await typeInto(page, form.getByLabel("Naam"), name);
  const capacity = form.getByLabel("Aantal plaatsen");
  await tabTo(page, capacity);
  await page.keyboard.press("ArrowDown"); // 16 → 15
  await expect(capacity).toHaveValue("15");
  const autoAccept = form.getByRole("checkbox");
  await tabTo(page, autoAccept);
  const placedAtOnce = await autoAccept.isChecked();
  await page.keyboard.press("Space");
  await expect(autoAccept).toBeChecked({ checked: !placedAtOnce });
  await tabTo(page, form.getByRole("button", { name: "Trainingsgroep aanmaken" }));
  await page.keyboard.press("Enter");
  await expect(form.getByRole("status")).toContainText(`Trainingsgroep ${name} is aangemaakt.`);
  await expect(page.getByTestId("cohort-table")).toContainText(name);
  await scan();

  // The new cohort's page is reachable from the table, still without a mouse.
  await follow(page, page.getByRole("link", { name }), /\/trainer\/cohorts\/[^/]+$/, { backwards: true });
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByTestId("cohort-summary")).toContainText("0 van 15");
});

test("coordinator: plans an intervisie for the pool, with the keyboard only", async ({ page, scan }) => {
  const title = "Intervisie zonder muis";
  await signInWithKeyboard(page, coordinator.email, scan);
  await follow(page, menu(page).getByRole("link", { name: "Interne pool" }), /\/coordinator\/pool$/, {
    backwards: true,
  });
  await scan();
  await follow(page, page.getByRole("link", { name: "Intervisie plannen" }), /\/coordinator\/pool\/intervisie\/new$/);
  await scan();

  const form = page.getByRole("form", { name: "Intervisie plannen of vastleggen" });
  await typeInto(page, form.getByLabel("Titel (optioneel)"), title);
  await tabTo(page, form.getByLabel("Datum"));
  await tabTo(page, form.getByLabel("Begintijd"));
  await typeInto(page, form.getByLabel("Locatie"), "Wijkcentrum Feijenoord");
  const trainerSelect = form.getByLabel("Trainer (optioneel)");
  await tabTo(page, trainerSelect);
  await expect(trainerSelect.locator("option:checked")).toHaveText("Geen trainer – de pool doet het zelf");
  await tabTo(page, form.getByRole("button", { name: "Intervisie opslaan" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/coordinator\/pool\/intervisie\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // After the redirect the keyboard goes on from the new page's content.
  await expectFocusOnContent(page);
  await scan();
});

test("admin: filters the audit log by person, action and municipality, with the keyboard only", async ({
  page,
  scan,
}) => {
  await signInWithKeyboard(page, DEMO_ADMIN.email, scan);
  await follow(page, menu(page).getByRole("link", { name: "Auditlog" }), /\/admin\/audit$/, { backwards: true });
  await scan();

  const filters = page.getByRole("form", { name: "Auditlog filteren" });
  await typeInto(page, filters.getByLabel("Wie"), staff.name);
  await typeInto(page, filters.getByLabel("Wat"), "introRegistration");
  const municipality = filters.getByLabel("Gemeente");
  await tabTo(page, municipality);
  await page.keyboard.type("Rotterdam");
  await expect(municipality.locator("option:checked")).toHaveText("Rotterdam");
  await tabTo(page, filters.getByRole("button", { name: "Filteren" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/admin\/audit\?.*action=introRegistration/);
  // A filter is a fresh page load: the skip link is the first stop again.
  await skipToContent(page);

  // The staff journey above registered and withdrew: both are in the log, by that person.
  const table = page.getByTestId("audit-table");
  await expect(table.getByRole("row").filter({ hasText: "introRegistration.register" })).toContainText(staff.name);
  await expect(table.getByRole("row").filter({ hasText: "introRegistration.cancel" })).toContainText(staff.name);
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await scan();
});
