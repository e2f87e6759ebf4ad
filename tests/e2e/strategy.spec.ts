import { DEMO_STAFF, DEMO_TRAINERS } from "@/lib/demo/people";
import { expect, networkLink, signIn, signOut, test } from "./helpers";

const sanne = DEMO_TRAINERS[0];
const olga = DEMO_STAFF.rotterdam[3];
const evi = DEMO_STAFF.gouda[3];

test("a trainer maps Rotterdam's network, feeds the action plan from it; Rotterdam's staff read it; Gouda gets a 404", async ({
  page,
  scan,
}) => {
  test.setTimeout(180_000);
  const suffix = Date.now().toString(36);
  const organisation = `Jongerenwerk Feijenoord ${suffix}`;
  const action = `${organisation}: uitnodigen voor het buurtgesprek`;

  await signIn(page, sanne.email, scan);
  await (await networkLink(page, "Strategie")).click();
  await expect(page.getByRole("heading", { level: 1, name: "Strategie" })).toBeVisible();
  await scan();
  await page.getByTestId("strategy-municipalities").getByRole("link", { name: "Rotterdam" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Strategie van Rotterdam" })).toBeVisible();
  await scan();

  const entryForm = page.getByRole("form", { name: "Vermelding toevoegen aan het netwerkregister" });
  await entryForm.getByLabel("Soort").selectOption({ label: "organisatie" });
  await entryForm.getByLabel("Netwerk").selectOption({ label: "Formeel netwerk" });
  await entryForm.getByLabel("Naam").fill(organisation);
  await entryForm.getByLabel("Omschrijving").fill("Kent de jongeren die 's avonds op het plein staan.");
  await entryForm.getByLabel("Bereik").fill("Jongeren van 14 tot 23 in Feijenoord");
  await entryForm.getByRole("button", { name: "Toevoegen" }).click();
  await expect(entryForm.getByRole("status")).toHaveText("De vermelding is toegevoegd.");
  await expect(page.getByTestId("register-formal")).toContainText(organisation);
  await scan();

  const notesForm = page.getByRole("form", { name: "Risico's, communicatie en eigen rol" });
  await notesForm
    .getByLabel("Risico's op verdere polarisatie")
    .fill(`Filmpjes op sociale media na een incident ${suffix}.`);
  await notesForm.getByLabel("Communicatie-aanpak").fill("Eerst de buurt, dan de pers.");
  await notesForm.getByLabel("Eigen rol van het team").fill(`In het midden staan, niet erboven ${suffix}.`);
  await notesForm.getByRole("button", { name: "Opslaan" }).click();
  await expect(notesForm.getByRole("status")).toHaveText("Opgeslagen.");

  const item = page.getByTestId("register-formal").getByRole("listitem").filter({ hasText: organisation });
  await item.getByText("Actie in het actieplan zetten").click();
  const planForm = item.getByRole("form", { name: `Actie voor ${organisation}` });
  await planForm.getByLabel("Actie").fill(action);
  await planForm.getByLabel("Termijn").selectOption({ label: "korte termijn" });
  await planForm.getByLabel("Eigenaar").selectOption({ label: olga.name });
  await planForm.getByRole("button", { name: "In het actieplan zetten" }).click();
  await expect(planForm.getByRole("status")).toHaveText("De actie staat in het actieplan.");
  await scan();

  await page.getByRole("link", { name: "Actieplan", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Actieplan van Rotterdam" })).toBeVisible();
  await expect(page.getByTestId("strategy-plan")).toContainText(action);
  await expect(page.getByTestId("plan-strategy")).toContainText(`Filmpjes op sociale media na een incident ${suffix}.`);
  await expect(page.getByTestId("plan-strategy")).toContainText(`In het midden staan, niet erboven ${suffix}.`);
  await scan();
  await signOut(page);

  await signIn(page, olga.email, scan);
  await (await networkLink(page, "Strategie")).click();
  await expect(page.getByRole("heading", { level: 1, name: "Strategie van Rotterdam" })).toBeVisible();
  await expect(page.getByTestId("register-formal")).toContainText(organisation);
  await expect(page.getByTestId("strategy-notes")).toContainText(`In het midden staan, niet erboven ${suffix}.`);
  await expect(page.getByRole("form", { name: "Vermelding toevoegen aan het netwerkregister" })).toHaveCount(0);
  await expect(page.getByText("Actie in het actieplan zetten")).toHaveCount(0);
  const url = page.url();
  await scan();
  await signOut(page);

  await signIn(page, evi.email, scan);
  const response = await page.goto(url);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
  await scan();
});
