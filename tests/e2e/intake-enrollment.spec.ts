import { DEMO_ADMIN, DEMO_TRAINERS } from "@/lib/demo/people";
import { expect, signIn, test } from "./helpers";

test("a visitor asks to become a polarisation strategist and an admin enrolls them in a recruiting cohort with one action", async ({
  page,
  scan,
}) => {
  test.setTimeout(180_000);
  const suffix = Date.now().toString(36);
  const contact = `Romy Verbeek ${suffix}`;
  const course = `Opleiding polarisatiestrateeg Rotterdam ${suffix}`;
  const cohortName = `Strategen voorjaar ${suffix}`;

  await page.goto("/aanvraag");
  await expect(page.getByRole("heading", { level: 1, name: "Aanvraag indienen" })).toBeVisible();
  const request = page.getByRole("form", { name: "Aanvraag" });
  await request.getByLabel("Ik wil polarisatiestrateeg worden").check();
  await request.getByLabel("Gemeente", { exact: true }).fill("Rotterdam");
  await request.getByLabel("Uw functie of rol").fill("Jongerenwerker");
  await request.getByLabel("Uw naam").fill(contact);
  await request.getByLabel("E-mailadres", { exact: true }).fill(`romy.${suffix}@rotterdam.test`);
  await request
    .getByLabel("Uw vraag")
    .fill("Ik zie in Feijenoord veel wij-zij tussen jongeren en wil leren hoe ik de middengroep bereik.");
  await request.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(page.getByRole("status")).toHaveText("Dank u wel. Uw aanvraag is ontvangen; we nemen contact met u op.");
  await scan();

  // A strategist course with a recruiting cohort in Rotterdam.
  await signIn(page, DEMO_ADMIN.email, scan);
  await page.goto("/trainer/trajectories/new");
  const create = page.getByRole("form", { name: "Nieuw traject" });
  await create.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Rotterdam" });
  await create.getByRole("radio", { name: /Opleiding polarisatiestrateeg/ }).check();
  await create.getByLabel("Naam van het traject").fill(course);
  await create.getByLabel("Hoofdtrainer").selectOption({ label: `${DEMO_TRAINERS[0].name} (Deventer, Rotterdam)` });
  await create.getByRole("button", { name: "Traject aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: course })).toBeVisible();
  await page.getByRole("link", { name: "Trainingsgroepen" }).last().click();
  const cohort = page.getByRole("form", { name: "Nieuwe trainingsgroep" });
  await cohort.getByLabel("Naam").fill(cohortName);
  await cohort.getByRole("button", { name: "Trainingsgroep aanmaken" }).click();
  await expect(cohort.getByRole("status")).toContainText(`Trainingsgroep ${cohortName} is aangemaakt.`);

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Aanvragen" }).click();
  await page
    .getByTestId("intake-list")
    .locator("tbody > tr", { hasText: contact })
    .getByRole("link", { name: "Ik wil polarisatiestrateeg worden" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Aanvraag van Rotterdam" })).toBeVisible();
  await scan();
  const enroll = page.getByRole("form", { name: "Aanmelden voor een opleiding polarisatiestrateeg" });
  await enroll
    .getByLabel("Trainingsgroep")
    .selectOption({ label: `Rotterdam · ${course} · ${cohortName} (0 van 16 plaatsen bezet)` });
  await enroll.getByLabel("Werkveld").selectOption({ label: "Jongerenwerk" });
  await enroll.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByTestId("intake-status")).toHaveText("ingepland");
  await expect(page.getByTestId("intake-enrollment")).toHaveText(`Aangemeld: ${contact} in ${cohortName} (geplaatst).`);
  await scan();
});
