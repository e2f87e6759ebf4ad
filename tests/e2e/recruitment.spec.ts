import { DEMO_STAFF, DEMO_TRAINERS } from "@/lib/demo/people";
import { expect, signIn, signOut, test } from "./helpers";

const trainer = DEMO_TRAINERS[0];
const rotterdamStaff = DEMO_STAFF.rotterdam[4];
const deventerAttendee = DEMO_STAFF.deventer[12]; // present at the intro, in no cohort
const deventerAbsent = DEMO_STAFF.deventer[13]; // absent from the intro
const cohortName = "Groep 4 (werving)";

test("a Rotterdam staff member registers for the open intro meeting and can cancel", async ({ page, scan }) => {
  await signIn(page, rotterdamStaff.email, scan);
  await expect(page.getByTestId("next-steps")).toContainText("Een introductiebijeenkomst staat open voor aanmelding");
  await page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: "Introductie en groepen" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Introductie en trainingsgroepen" })).toBeVisible();
  await scan();
  const intro = page.getByTestId("intro-list").getByRole("listitem").filter({ hasText: "Rotterdam-Zuid" });
  await intro.getByRole("button", { name: /Aanmelden voor de introductie/ }).click();
  await expect(intro.getByText("U bent aangemeld.")).toBeVisible();
  await expect(intro.getByText(/U bent aangemeld/)).toHaveCount(1);
  await expect(intro).toContainText("1 van 120 plaatsen bezet");
  await scan();
  await intro.getByRole("button", { name: /intrekken/ }).click();
  await expect(intro.getByRole("button", { name: /Aanmelden voor de introductie/ })).toBeVisible();
});

test("the trainer sees the work-field mix and R12 on the Deventer roster and opens a recruiting cohort", async ({
  page,
  scan,
}) => {
  await signIn(page, trainer.email, scan);
  await page
    .getByTestId("trajectory-list")
    .getByRole("listitem")
    .filter({ hasText: "Samen in Deventer" })
    .getByRole("link", { name: "Trainingsgroepen" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Trainingsgroepen" })).toBeVisible();
  await scan();
  await page.getByRole("link", { name: "Groep 2 (najaar)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Groep 2 (najaar)" })).toBeVisible();
  const mix = page.getByTestId("work-field-mix");
  await expect(mix.getByRole("row", { name: /Sociaal domein \/ MO 2/ })).toBeVisible();
  await expect(mix.getByRole("row", { name: /Zorg 1/ })).toBeVisible();
  const roster = page.getByTestId("roster");
  await expect(roster.getByRole("row", { name: /Anouk Bakker/ })).toContainText("ingebracht");
  await expect(roster.getByRole("row", { name: /Bram Willems/ })).toContainText("nog geen casus");
  await expect(page.getByTestId("schedule-link")).toHaveAttribute("href", /\/sessions\/new\?cohortId=/);
  // Its training day has taken place: the participants are history (R10), nothing offers to change them.
  await expect(page.getByTestId("participants-fixed")).toContainText("de deelnemers liggen vast");
  await expect(roster.getByRole("button")).toHaveCount(0);
  await expect(page.getByLabel("Aantal plaatsen")).toHaveCount(0);
  await scan();

  await page.getByRole("link", { name: "Alle trainingsgroepen van dit traject" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Trainingsgroepen" })).toBeVisible();
  const form = page.getByRole("form", { name: "Nieuwe trainingsgroep" });
  await form.getByLabel("Naam").fill(cohortName);
  await expect(form.getByLabel("Aantal plaatsen")).toHaveValue("16");
  await form.getByRole("button", { name: "Trainingsgroep aanmaken" }).click();
  await expect(form.getByRole("status")).toContainText(`Trainingsgroep ${cohortName} is aangemaakt.`);
  await expect(page.getByTestId("cohort-table")).toContainText(cohortName);
  await scan();
});

test("a Deventer intro attendee applies and is placed; someone absent is told why they cannot apply and what to do instead", async ({
  page,
  scan,
}) => {
  await signIn(page, deventerAttendee.email, scan);
  await page.goto("/staff/recruitment");
  const cohort = page.getByTestId("cohort-list").getByRole("listitem").filter({ hasText: cohortName });
  const form = cohort.getByRole("form", { name: `Aanmelden voor ${cohortName}` });
  await form
    .getByLabel("Motivatie")
    .fill("In de wijk zie ik wij-zij-denken rond het azc; ik wil de middengroep leren bereiken.");
  await form.getByRole("button", { name: "Aanmelden" }).click();
  await expect(cohort.getByTestId("my-status")).toContainText(/geplaatst|wachtlijst/);
  await scan();
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn aanmeldingen" }).click();
  await expect(
    page.getByTestId("my-enrollments").getByRole("row", { name: new RegExp(cohortName.replace(/[()]/g, "\\$&")) }),
  ).toContainText(/geplaatst|wachtlijst/);
  await scan();
  await signOut(page);

  // R3: someone who missed the intro is not offered a form that cannot succeed, but told why and what to do instead.
  await signIn(page, deventerAbsent.email, scan);
  await page.goto("/staff/recruitment");
  const notYet = page.getByTestId("cohort-list").getByRole("listitem").filter({ hasText: cohortName });
  await expect(notYet.getByRole("form", { name: `Aanmelden voor ${cohortName}` })).toHaveCount(0);
  await expect(notYet.getByTestId("cannot-apply")).toContainText(
    "want alleen wie bij de introductiebijeenkomst van dit traject aanwezig was, kan zich aanmelden",
  );
  await expect(notYet.getByTestId("cannot-apply")).toContainText(/Vraag trainer .+ om u met een reden toe te laten\./);
  await scan();
});

test("the trainer sees the new participant and admits the absent one with a recorded reason (R3)", async ({
  page,
  scan,
}) => {
  await signIn(page, trainer.email, scan);
  await page
    .getByTestId("trajectory-list")
    .getByRole("listitem")
    .filter({ hasText: "Samen in Deventer" })
    .getByRole("link", { name: "Trainingsgroepen" })
    .click();
  await page.getByRole("link", { name: cohortName }).click();
  await expect(page.getByTestId("roster")).toContainText(deventerAttendee.name);
  await expect(page.getByTestId("cohort-summary")).toContainText("1 van 16");
  await scan();

  const admit = page.getByRole("form", { name: "Toelaten met een uitzondering" });
  await admit
    .getByLabel("Medewerker")
    .selectOption({ label: `${deventerAbsent.name} · Overig · introductie: niet aanwezig` });
  await admit
    .getByLabel("Reden van de uitzondering")
    .fill("Had dienst tijdens de introductie; heeft het materiaal met de trainer doorgenomen.");
  await admit.getByRole("button", { name: "Toelaten" }).click();
  await expect(page.getByTestId("roster").getByRole("row", { name: new RegExp(deventerAbsent.name) })).toContainText(
    "uitzondering",
  );
  await expect(page.getByTestId("cohort-summary")).toContainText("2 van 16");
  await scan();
});

test("the trainer follows the start page to the applications waiting in the seeded cohort and places one", async ({
  page,
  scan,
}) => {
  const [waiting] = DEMO_STAFF.deventer.slice(14);
  await signIn(page, trainer.email, scan);
  await page.getByTestId("next-steps").getByRole("link", { name: "2 aanmeldingen wachten op uw besluit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Groep 3 (werving)" })).toBeVisible();
  const pending = page.getByTestId("pending-list");
  await expect(pending.getByRole("listitem")).toHaveCount(2);
  await pending
    .getByRole("listitem")
    .filter({ hasText: waiting.name })
    .getByRole("button", { name: /Plaatsen/ })
    .click();
  await expect(page.getByTestId("roster").getByRole("row", { name: new RegExp(waiting.name) })).toBeVisible();
  await expect(pending.getByRole("listitem")).toHaveCount(1);
  await scan();
});
