import { DEMO_STAFF } from "@/lib/demo/people";
import { expect, signIn, signOut, test } from "./helpers";

// Demo people no other spec signs in with for this: Pieter (Rotterdam) fills in the
// checklist; Olga (Rotterdam) owns the demo case shared with the network.
const pieter = DEMO_STAFF.rotterdam[2];
const olga = DEMO_STAFF.rotterdam[3];

test("a neighbourhood team fills in the short analysis checklist and saves it as a case draft", async ({
  page,
  scan,
}) => {
  test.setTimeout(120_000);
  const title = `Onrust bij het trapveld ${Date.now().toString(36)}`;
  await signIn(page, pieter.email, scan);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Casuïstiek" }).click();
  await page.getByRole("link", { name: "Korte analyse (checklist) invullen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Korte analyse (checklist)" })).toBeVisible();
  await scan();

  // On paper: menus and buttons disappear, the boxes stay.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Bewaren als concept-casus" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
  await expect(page.getByLabel("Witte vlekken in lokaal beleid")).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  const form = page.getByRole("form", { name: "Korte analyse" });
  await form.getByRole("button", { name: "Bewaren als concept-casus" }).click();
  await expect(form.getByText("Geef de casus een korte titel.")).toBeVisible();
  await form.getByLabel("Waar gaat het over? (korte titel)").fill(title);
  await form.getByLabel("Wat speelt er?").fill("Jongeren en omwonenden botsen over het gebruik van het trapveld.");
  await form.getByRole("group", { name: "Is het een conflict of polarisatie?" }).getByLabel("Polarisatie").check();
  await form.getByLabel("Vormen van polarisatie").fill("Filmpjes in de buurtapp en scheldpartijen.");
  await form.getByLabel("Oorzaken en brandstof").fill("Uitspraken over 'die jongeren' na vernielingen.");
  await form.getByLabel("Betrokken groep aan de ene kant (pool A)").fill("Omwonenden die overlast ervaren");
  await form.getByLabel("Betrokken groep aan de andere kant (pool B)").fill("Jongeren die het veld gebruiken");
  await form.getByLabel("Andere betrokken groepen").fill("Ouders in de straat; de sportcoach als bruggenbouwer.");
  await form.getByRole("group", { name: "Locatie: waar speelt het?" }).getByLabel("Openbare ruimte").check();
  await form.getByRole("group", { name: "Fase" }).getByLabel("Oplopende spanning").check();
  await form
    .getByRole("group", { name: "Welke gamechangers overwegen we?" })
    .getByLabel(/^Doelgroep/)
    .check();
  await form
    .getByRole("textbox", { name: "Oplossingsrichtingen" })
    .fill("Ouders en jongeren samen laten kijken naar afspraken over het veld.");
  await form.getByLabel("Witte vlekken in lokaal beleid").fill("Geen vaste contactpersoon voor de openbare ruimte.");
  await form.getByRole("button", { name: "Bewaren als concept-casus" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen als concept." })).toBeVisible();
  await expect(page.getByTestId("case-status")).toHaveText("concept");
  await expect(page.locator("main")).toContainText("Witte vlekken in lokaal beleid:");
  await expect(page.locator("main")).toContainText("Geen vaste contactpersoon voor de openbare ruimte.");
  await expect(page.locator("main")).toContainText("Omwonenden die overlast ervaren");
  await scan();
  await page.goto("/staff/cases");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("the case owner links a catalogue intervention to an action; the intervention's page shows where it is used", async ({
  page,
  scan,
}) => {
  test.setTimeout(120_000);
  const description = `Gesprek met ouders op het plein ${Date.now().toString(36)}`;
  await signIn(page, olga.email, scan);
  await page.goto("/staff/cases");
  await page.getByRole("link", { name: "Vuurwerk en de buurtvaders van het Afrikaanderplein" }).click();
  const add = page.getByRole("form", { name: "Actie toevoegen" });
  await add.getByLabel("Actie").fill(description);
  await add.getByRole("button", { name: "Actie toevoegen" }).click();
  await expect(page.getByTestId("action-plan")).toContainText(description);

  const link = page.getByRole("form", { name: `Interventie koppelen: ${description}` });
  await link
    .getByLabel("Interventie")
    .selectOption({ label: "Ontmoeting op het plein (Ontmoeting en begrip op straat-, plein- en wijkniveau)" });
  await link.getByRole("button", { name: "Koppelen" }).click();
  const linked = page.getByTestId("action-interventions").filter({ hasText: description });
  await expect(linked).toContainText("Ontmoeting op het plein");
  await expect(linked).toContainText("Ontmoeting en begrip op straat-, plein- en wijkniveau");
  await expect(linked).toContainText("Ontmoeting organiseren op een plek waar groepen elkaar anders alleen passeren.");
  await scan();

  await linked.getByRole("link", { name: "Ontmoeting op het plein" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ontmoeting op het plein" })).toBeVisible();
  await expect(page.getByTestId("intervention-cases")).toContainText(
    "Vuurwerk en de buurtvaders van het Afrikaanderplein",
  );
  await scan();
  await signOut(page);

  await signIn(page, DEMO_STAFF.gouda[2].email, scan);
  await page.goto("/interventions");
  await page.getByRole("link", { name: "Ontmoeting op het plein" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ontmoeting op het plein" })).toBeVisible();
  await expect(page.locator("main")).not.toContainText("Afrikaanderplein");
  await scan();
});
