import { readFile } from "node:fs/promises";
import { DEMO_COORDINATORS, DEMO_DEVENTER_GRADUATES, DEMO_TRAINERS } from "@/lib/demo/people";
import { toLocalInput } from "@/lib/sessions/time";
import { expect, signIn, signOut, test } from "./helpers";

const [mila, joost] = DEMO_DEVENTER_GRADUATES;

test("the Deventer coordinator adds two eligible graduates to the pool", async ({ page, scan }) => {
  await signIn(page, DEMO_COORDINATORS.deventer.email, scan);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Interne pool" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Interne pool" })).toBeVisible();
  await scan();

  const eligible = page.getByTestId("pool-eligible");
  await expect(eligible).toContainText(mila.name);
  await expect(eligible).toContainText("Trainingsdag aanwezig, Verdiepingsdagdeel aanwezig");
  for (const person of [mila, joost]) {
    const addForm = page.getByRole("form", { name: `${person.name} toevoegen aan de pool` });
    await addForm.getByRole("button").click();
    await expect(page.getByTestId("pool-members")).toContainText(person.name);
  }
  await expect(page.getByTestId("pool-eligible")).toHaveCount(0);
  await expect(page.getByTestId("criterion-activeMembers")).toHaveAttribute("data-met", "true");
  await scan();
});

test("the coordinator records an intervisie without a trainer, runs the method with one case and the readiness bar moves", async ({
  page,
  scan,
}) => {
  test.setTimeout(180_000); // many steps on a shared, busy machine
  await signIn(page, DEMO_COORDINATORS.deventer.email, scan);
  await page.goto("/coordinator/pool");
  await expect(page.getByTestId("readiness-percent")).toHaveText("75%");
  await expect(page.getByTestId("criterion-intervisiesWithoutTrainer")).toHaveAttribute("data-met", "false");

  await page.getByRole("link", { name: "Intervisie plannen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Intervisie plannen of vastleggen" })).toBeVisible();
  await scan();
  const plan = page.getByRole("form", { name: "Intervisie plannen of vastleggen" });
  const held = toLocalInput(new Date(Date.now() - 2 * 24 * 60 * 60 * 1000));
  await plan.getByLabel("Titel (optioneel)").fill("Intervisie azc-casus – ideeën");
  await plan.getByLabel("Datum").fill(held.date);
  await plan.getByLabel("Begintijd").fill("19:00");
  await plan.getByLabel("Locatie").fill("Stadhuis, kamer 3.12");
  await plan.getByLabel("Spanning rond het nieuwe azc in de wijk").check();
  await plan.getByRole("button", { name: "Intervisie opslaan" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Intervisie azc-casus – ideeën" })).toBeVisible();
  await expect(page.getByText("zonder trainer")).toBeVisible();
  await scan();

  const steps = [
    ["De vraag van de inbrenger", "Hoe bereik ik de stille middengroep op de bewonersavond?"],
    ["Wat werd duidelijker?", "De avonden worden gedomineerd door een kleine groep."],
    ["De analyse van de groep", "Trekkers zitten vooraan; de middengroep blijft thuis."],
    ["De adviezen (uitkomst voor de casus)", "Organiseer kleine keukentafelgesprekken per straat."],
    ["Wat de inbrenger kiest", "Ik start met twee keukentafelgesprekken in Keizerslanden."],
  ] as const;
  const method = page.getByTestId("method-case");
  for (const [index, [label, text]] of steps.entries()) {
    await expect(method.getByTestId("method-progress")).toHaveText(`Stap ${index} van 5 afgerond`);
    await method.getByLabel(label).fill(text);
    if (index === 2) {
      await method.getByLabel("Stille middengroep").check();
      await method.getByLabel("Doelgroep: van de polen naar het midden").check();
    }
    await method.getByRole("button", { name: "Stap vastleggen en verder" }).click();
    await expect(method).toContainText(text);
  }
  await expect(method.getByTestId("method-progress")).toHaveText("Alle stappen zijn doorlopen. De casus is besproken.");

  const attendance = page.getByRole("form", { name: "Deelnemers en aanwezigheid" });
  for (const person of ["Fatima Bouzid", "Daan Visser", mila.name, joost.name]) {
    await attendance.getByLabel(`${person} aanwezig`).check();
  }
  await attendance.getByRole("button", { name: "Aanwezigheid opslaan" }).click();
  await expect(attendance.getByRole("status")).toHaveText("De aanwezigheid is opgeslagen.");

  const lesson = page.getByRole("form", { name: "Geleerde les" });
  await lesson.getByLabel("Titel", { exact: true }).fill("Kleine gesprekken werken");
  await lesson.getByLabel("Successen: wanneer werkte het, en waarom?").fill("De adviesronde gaf vijf concrete ideeën.");
  await lesson.getByLabel("Dilemma's", { exact: true }).fill("Wie neemt de regie als de coördinator er niet is?");
  await lesson.getByRole("button", { name: "Les opslaan" }).click();
  await expect(lesson.getByRole("status")).toHaveText("De les is opgeslagen.");
  await scan();

  await page.getByRole("link", { name: "Terug naar de interne pool" }).click();
  await expect(page.getByTestId("readiness-percent")).toHaveText("100%");
  await expect(page.getByTestId("criterion-intervisiesWithoutTrainer")).toHaveAttribute("data-met", "true");
  await expect(page.getByTestId("readiness")).toContainText("De pool voldoet aan de criteria voor overdracht");
  await expect(page.getByTestId("intervisie-list")).toContainText("Intervisie azc-casus – ideeën");
});

test("the coordinator sees the dashboard, exports a CSV for Excel and opens the printable report", async ({
  page,
  scan,
}) => {
  test.setTimeout(180_000); // many steps on a shared, busy machine
  await signIn(page, DEMO_COORDINATORS.deventer.email, scan);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard Deventer" })).toBeVisible();
  for (const metric of ["reach", "trained", "pool", "intervisies", "cases"]) {
    await expect(page.getByTestId(`${metric}-Deventer`).getByRole("img")).toBeVisible();
  }
  await page.getByTestId("reach-Deventer").getByText("Cijfers als tabel").click();
  await expect(page.getByTestId("reach-Deventer").getByRole("table")).toContainText(
    "Afgestudeerd (bij elke stap die telt)",
  );
  await scan();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Bijeenkomsten en aanwezigheid downloaden (CSV) – Komma (,)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Deventer-aanwezigheid-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").split("\r\n");
  expect(lines[0]).toBe("Bijeenkomst,Soort,Begin,Einde,Locatie,Groep of pool,Naam,Werkveld,Aanwezigheid");
  expect(
    lines.some(
      (line) =>
        line.startsWith("Intervisie azc-casus – ideeën,Intervisie,") &&
        line.includes(',"Stadhuis, kamer 3.12",Interne pool,Fatima Bouzid,Jongerenwerk,aanwezig'),
    ),
  ).toBe(true);

  const pool = await page.request.get(
    (await page
      .getByRole("link", {
        name: "Leden van de interne pool downloaden (CSV) – Puntkomma (;) voor Nederlandstalige Excel",
      })
      .getAttribute("href")) ?? "",
  );
  const poolCsv = (await pool.body()).toString("utf8");
  expect(poolCsv.startsWith("\uFEFFNaam;Werkveld;Functie;Status;Lid sinds;Vertrokken;Intervisies bijgewoond\r\n")).toBe(
    true,
  );
  expect(poolCsv).toContain(`${mila.name};Sociaal domein / MO;Buurtverbinder;actief;`);

  await page.getByRole("link", { name: "Trajectrapportage voor de gemeenteraad (afdrukbaar)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Trajectrapportage Deventer" })).toBeVisible();
  await expect(page.getByTestId("trajectory-report")).toContainText("Samen in Deventer");
  await expect(page.getByTestId("trajectory-report")).toContainText("Kleine gesprekken werken");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await scan();
});

test("a trainer sees their municipalities side by side", async ({ page, scan }) => {
  await signIn(page, DEMO_TRAINERS[0].email, scan);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("reach-Deventer")).toBeVisible();
  await expect(page.getByTestId("reach-Rotterdam")).toBeVisible();
  await expect(page.getByTestId("reach-Gouda")).toHaveCount(0);
  await scan();
  await signOut(page);
});

test("an alumnus stays in the network: the coordinator invites them to an intervisie, they see it in their own schedule", async ({
  page,
  scan,
}) => {
  test.setTimeout(180_000); // many steps on a shared, busy machine
  await signIn(page, DEMO_COORDINATORS.deventer.email, scan);
  await page.goto("/coordinator/pool");
  const members = page.getByTestId("pool-members");
  await members.getByRole("button", { name: `Alumnus maken: ${joost.name}` }).click();
  await expect(members.getByRole("button", { name: `Activeren: ${joost.name}` })).toBeVisible();

  // A future intervisie at an early hour nobody else in the demo uses.
  await page.getByRole("link", { name: "Intervisie plannen" }).click();
  const plan = page.getByRole("form", { name: "Intervisie plannen of vastleggen" });
  const later = toLocalInput(new Date(Date.now() + 45 * 24 * 60 * 60 * 1000));
  await plan.getByLabel("Titel (optioneel)").fill("Intervisie met alumni – Keizerslanden");
  await plan.getByLabel("Datum").fill(later.date);
  await plan.getByLabel("Begintijd").fill("07:30");
  await plan.getByLabel("Duur in minuten").fill("90");
  // Rotterdam's case shared with the network is offered by its anonymised summary only (R13, R15).
  await expect(plan).not.toContainText("Afrikaanderplein");
  await plan.getByLabel(/^Rond de jaarwisseling liep de spanning/).check();
  await plan.getByRole("button", { name: "Intervisie opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Intervisie met alumni – Keizerslanden" })).toBeVisible();
  await expect(page.getByTestId("method-case-anonymised")).toContainText(
    "Buurtvaders en jongerenwerk nodigden de stille middengroep uit",
  );
  await expect(page.getByTestId("method-case")).not.toContainText(/Afrikaanderplein|Karel Peeters|Mo Haddou/);

  const invite = page.getByRole("form", { name: "Alumnus uitnodigen" });
  await invite.getByLabel("Alumnus").selectOption({ label: joost.name });
  await invite.getByRole("button", { name: "Uitnodigen" }).click();
  const attendance = page.getByRole("form", { name: "Deelnemers en aanwezigheid" });
  await expect(attendance).toContainText(`${joost.name} · uitgenodigd alumnus`);
  await expect(page.getByRole("form", { name: "Alumnus uitnodigen" })).toHaveCount(0); // the only alumnus is invited
  await scan();
  await signOut(page);

  await signIn(page, joost.email, scan);
  await expect(page.getByTestId("session-list")).toContainText("Intervisie met alumni – Keizerslanden");
  await signOut(page);
});
