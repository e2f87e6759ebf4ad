import { DEMO_COORDINATORS, DEMO_DEVENTER_GRADUATES } from "@/lib/demo/people";
import { expect, signIn, test } from "./helpers";

const [mila, joost] = DEMO_DEVENTER_GRADUATES;

test("the Deventer coordinator adds two eligible graduates to the pool", async ({ page, scan }) => {
  await signIn(page, DEMO_COORDINATORS.deventer.email, scan);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Interne pool" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Interne pool" })).toBeVisible();
  await scan();

  const eligible = page.getByTestId("pool-eligible");
  await expect(eligible).toContainText(mila.name);
  await expect(eligible).toContainText("trainingsdag aanwezig, verdieping aanwezig");
  for (const person of [mila, joost]) {
    const addForm = page.getByRole("form", { name: `${person.name} toevoegen aan de pool` });
    await addForm.getByRole("button").click();
    await expect(page.getByTestId("pool-members")).toContainText(person.name);
  }
  await expect(page.getByTestId("pool-eligible")).toHaveCount(0);
  await expect(page.getByTestId("criterion-activeMembers")).toHaveAttribute("data-met", "true");
  await scan();
});
