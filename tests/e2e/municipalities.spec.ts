import { DEMO_ADMIN, DEMO_TRAINERS } from "@/lib/demo/people";
import { expect, signIn, test } from "./helpers";

test("an admin adds Zwolle from the official list, assigns a trainer and archives it", async ({ page, scan }) => {
  const [trainer] = DEMO_TRAINERS;
  await signIn(page, DEMO_ADMIN.email, scan);
  await page.getByRole("link", { name: "Alle gemeenten beheren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gemeenten" })).toBeVisible();
  await expect(page.getByTestId("municipalities")).toContainText("GM0150");
  await scan();
  await page.getByRole("link", { name: "Gemeente toevoegen" }).click();
  await scan();

  const add = page.getByRole("form", { name: "Gemeente toevoegen" });
  const picker = add.getByLabel("Gemeente uit de officiële lijst");
  // A name that is not on the official list is refused next to the field, and stays typed.
  await picker.fill("Atlantis");
  await add.getByRole("button", { name: "Gemeente toevoegen" }).click();
  await expect(add.getByText("Deze gemeente staat niet op de officiële lijst.", { exact: false })).toBeVisible();
  await expect(picker).toHaveValue("Atlantis");
  await scan();
  // The picker suggests Zwolle (the browser's own list); Deventer is on the platform already.
  await expect(page.locator('#official-municipalities option[value="Zwolle (GM0193, NL)"]')).toHaveCount(1);
  await expect(page.locator('#official-municipalities option[value^="Deventer"]')).toHaveCount(0);
  await picker.fill("Zwolle (GM0193, NL)");
  await add.getByRole("button", { name: "Gemeente toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zwolle" })).toBeVisible();
  await expect(page.getByText("GM0193")).toBeVisible();
  await expect(page.getByText("Overijssel")).toBeVisible();
  await scan();

  const assign = page.getByRole("form", { name: "Trainer koppelen" });
  await assign.getByLabel("Trainer").selectOption({ label: trainer.name });
  await assign.getByRole("button", { name: "Trainer koppelen" }).click();
  await expect(assign.getByRole("status")).toHaveText(`${trainer.name} is gekoppeld aan Zwolle.`);
  await expect(page.getByTestId("assigned-trainers")).toContainText(trainer.name);
  await scan();
  await page.getByTestId("assigned-trainers").getByRole("link", { name: trainer.name }).click();
  await expect(page.getByTestId("trainer-municipalities")).toContainText("Zwolle");
  await scan();
  await page.getByTestId("trainer-municipalities").getByRole("link", { name: "Zwolle" }).click();

  await page.getByRole("button", { name: "Gemeente archiveren" }).click();
  await expect(page.getByText("Zwolle is gearchiveerd.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("archived-notice")).toBeVisible();
  await expect(page.getByRole("button", { name: "Gemeente terugzetten" })).toBeVisible();
  await scan();

  // Archived: no new trajectory can be started for it.
  await page.goto("/trainer/trajectories/new");
  await expect(page.getByLabel("Gemeente")).not.toContainText("Zwolle");
  await scan();
});
