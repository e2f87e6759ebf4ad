import type { Page } from "@playwright/test";
import { DEMO_STAFF, DEMO_TRAINERS } from "@/lib/demo/people";
import { expect, signIn, test } from "./helpers";

/** No record has this id: a read model returns null for it, as for one the reader may not see. */
const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

async function expectNotFound(page: Page, texts: { title: string; menu: string; nextSteps: string }) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(texts.title);
  await expect(page.getByRole("navigation", { name: texts.menu })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: texts.nextSteps })).toBeVisible();
}

test("an address that does not exist: the translated page with the menu and a way back", async ({ page, scan }) => {
  await signIn(page, DEMO_TRAINERS[0].email, scan);
  const response = await page.goto("/trainer/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expectNotFound(page, { title: "Pagina niet gevonden", menu: "Hoofdmenu", nextSteps: "Wat kunt u doen?" });
  await expect(page).toHaveTitle("Pagina niet gevonden · Middengrond");
  await scan();
  await page.getByRole("main").getByRole("link", { name: "Naar uw startpagina" }).click();
  await expect(page).toHaveURL(/\/trainer$/);
  await expect(
    page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Trajecten" }),
  ).toHaveAttribute("aria-current", "page");
});

test("a case, trajectory or session that does not exist: the same page, with its title", async ({ page, scan }) => {
  await signIn(page, DEMO_TRAINERS[0].email, scan);
  for (const path of [`/trainer/trajectories/${NO_SUCH_ID}`, `/trainer/sessions/${NO_SUCH_ID}`]) {
    expect((await page.goto(path))?.status()).toBe(404);
    await expect(page).toHaveTitle("Pagina niet gevonden · Middengrond");
    await scan();
  }
  const response = await page.goto(`/cases/${NO_SUCH_ID}`);
  expect(response?.status()).toBe(404);
  await expectNotFound(page, { title: "Pagina niet gevonden", menu: "Hoofdmenu", nextSteps: "Wat kunt u doen?" });
  await scan();
  await page.getByRole("main").getByRole("link", { name: "Naar uw startpagina" }).click();
  await expect(page).toHaveURL(/\/trainer$/);
});

test("in English: a case and an address that do not exist", async ({ page, scan }) => {
  await signIn(page, DEMO_STAFF.deventer[0].email, scan);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  const response = await page.goto(`/cases/${NO_SUCH_ID}`);
  expect(response?.status()).toBe(404);
  await expectNotFound(page, { title: "Page not found", menu: "Main menu", nextSteps: "What can you do?" });
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await scan();
  await page.goto("/does-not-exist");
  await expectNotFound(page, { title: "Page not found", menu: "Main menu", nextSteps: "What can you do?" });
  await expect(page).toHaveTitle("Page not found · Middengrond");
  await scan();
  await page.getByRole("main").getByRole("link", { name: "Go to your start page" }).click();
  await expect(page).toHaveURL(/\/staff$/);
});

test("signed out: the page offers the sign-in page", async ({ page, scan }) => {
  const response = await page.goto("/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  await scan();
  await page.getByRole("main").getByRole("link", { name: "Naar de aanmeldpagina" }).click();
  await expect(page).toHaveURL(/\/login$/);
});
