import { DEMO_STAFF, DEMO_TRAINERS } from "@/lib/demo/people";
import { expect, networkLink, signIn, signOut, test } from "./helpers";

const joris = DEMO_TRAINERS[1];
const evi = DEMO_STAFF.gouda[3];
const samira = DEMO_STAFF.rotterdam[1];
const intake = "Tweede intakegesprek lerend netwerk";

test("a trainer pairs an intake conversation with Genk and Gouda; Gouda's staff join it and see it in their schedule; Rotterdam does not see it", async ({
  page,
  scan,
}) => {
  test.setTimeout(180_000);
  await signIn(page, joris.email, scan);
  await (await networkLink(page, "Lerend netwerk")).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lerend netwerk" })).toBeVisible();
  await scan();
  await page
    .getByTestId("learning-networks")
    .getByRole("link", { name: "Lerend netwerk Samenleven (Genk en Gouda)" })
    .click();
  await expect(page.getByTestId("network-municipalities")).toContainText("Genk");
  await expect(page.getByTestId("network-municipalities")).toContainText("Gouda");
  await scan();
  const item = page.getByTestId("network-plan").getByRole("listitem").filter({ hasText: intake });
  await expect(item.getByTestId("intake-pair")).toHaveText(
    "Nog geen koppel: niemand kan meedoen tot het koppel er is.",
  );
  const pair = item.getByRole("form", { name: /^Koppel voor Tweede intakegesprek/ });
  await pair.getByLabel("Eerste gemeente").selectOption({ label: "Genk" });
  await pair.getByLabel("Tweede gemeente").selectOption({ label: "Gouda" });
  await pair.getByRole("button", { name: "Koppel opslaan" }).click();
  await expect(item.getByTestId("intake-pair")).toHaveText("Koppel: Genk – Gouda");
  await scan();
  await signOut(page);

  await signIn(page, evi.email, scan);
  await (await networkLink(page, "Lerend netwerk")).click();
  const session = page.getByTestId("network-sessions").getByRole("listitem").filter({ hasText: intake });
  await expect(session).toContainText("Koppel: Genk – Gouda");
  await expect(page.getByTestId("network-sessions")).toContainText("Netwerkbijeenkomst: online polarisatie");
  await scan();
  await session.getByRole("button", { name: `Meedoen (${intake})` }).click();
  await expect(session.getByTestId("joined")).toHaveText("U doet mee.");
  await scan();
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn agenda" }).click();
  await expect(page.getByTestId("session-list")).toContainText(intake);
  await signOut(page);

  await signIn(page, samira.email, scan);
  await page.goto("/learning-network");
  await expect(page.getByRole("heading", { level: 1, name: "Lerend netwerk" })).toBeVisible();
  await expect(page.locator("main")).not.toContainText(intake);
  await expect(page.locator("main")).not.toContainText("Netwerkbijeenkomst: online polarisatie");
  await scan();
});
