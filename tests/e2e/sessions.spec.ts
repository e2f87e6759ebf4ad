import type { Page } from "@playwright/test";
import { DEMO_ADMIN, DEMO_STAFF, DEMO_TRAINERS } from "@/lib/demo/people";
import { expect, signIn, signOut, test } from "./helpers";

// Joris trains in Gouda, Genk and Deventer; other specs use Sanne, so his plans are ours.
const trainer = DEMO_TRAINERS[1];

test("a trainer creates a trajectory and schedules the intro from a suggested date; the calendar feed has it", async ({
  page,
  scan,
}) => {
  await signIn(page, trainer.email, scan);
  await page.getByRole("link", { name: "Nieuw traject" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuw traject" })).toBeVisible();
  await scan();
  const form = page.getByRole("form", { name: "Nieuw traject" });
  await form.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Gouda" });
  await expect(form.getByRole("radio", { name: /Denkkader Polarisatie \(standaard\)/ })).toBeChecked();
  await form.getByLabel("Naam van het traject").fill("Gouda in gesprek");
  await form.getByRole("button", { name: "Traject aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gouda in gesprek" })).toBeVisible();
  await expect(page.getByTestId("trajectory-status")).toHaveText("concept");
  await expect(page.getByTestId("template-steps")).toContainText("Introductiebijeenkomst");
  await expect(page.getByTestId("template-steps")).toContainText("minstens 7 dagen na de vorige stap");
  await expect(page.getByRole("link", { name: "Trainingsgroepen" })).toHaveAttribute("href", /\/cohorts$/);
  await scan();

  await page.getByRole("link", { name: "Introductiebijeenkomst inplannen" }).click();
  const schedule = page.getByRole("form", { name: /Bijeenkomst inplannen: Introductiebijeenkomst/ });
  const suggestions = schedule.getByTestId("suggestions").getByRole("button");
  await expect(suggestions).toHaveCount(3);
  await scan();
  await suggestions.first().click();
  await expect(suggestions.first()).toHaveAttribute("aria-pressed", "true");
  await expect(schedule.getByLabel("Datum")).not.toHaveValue("");
  await schedule.getByLabel("Locatie").fill("Huis van de Stad, Gouda");
  await schedule.getByRole("button", { name: "Inplannen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Introductiebijeenkomst" })).toBeVisible();
  await expect(page.getByTestId("session-details")).toContainText("Huis van de Stad, Gouda");
  await expect(page.getByTestId("session-details")).toContainText("open");
  await scan();
  const sessionId = page.url().split("/").pop()!;

  await page.getByRole("navigation", { name: "Kruimelpad" }).getByRole("link", { name: "Gouda in gesprek" }).click();
  await expect(page.getByTestId("trajectory-status")).toHaveText("introductie");
  await expect(page.getByRole("link", { name: "Introductiebijeenkomst inplannen" })).toHaveCount(0);

  await page.getByRole("banner").getByRole("link", { name: "Agenda-abonnement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Agenda-abonnement" })).toBeVisible();
  await scan();
  const feedUrl = await page.getByTestId("feed-url").inputValue();
  expect(feedUrl).toMatch(/\/calendar\/[0-9a-f]+\.ics$/);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Adres kopiëren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "gekopieerd" })).toHaveText("Het adres is gekopieerd.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(feedUrl);
  const feed = await page.request.get(feedUrl);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const body = await feed.text();
  expect(body).toContain(`UID:${sessionId}@middengrond`);
  expect(body).toContain("SUMMARY:Introductiebijeenkomst");
  expect(body).toContain("\r\n");

  const download = await page.request.get(`/sessions/${sessionId}/ics`);
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expect(await download.text()).toContain(`UID:${sessionId}@middengrond`);

  await page.getByRole("button", { name: "Nieuw adres maken" }).click();
  await expect(page.getByRole("form", { name: "Nieuw adres" }).getByRole("status")).toContainText(
    "het oude werkt niet meer",
  );
  await expect(page.getByTestId("feed-url")).not.toHaveValue(feedUrl);
  expect((await page.request.get(feedUrl)).status()).toBe(404);
  expect((await page.request.get(await page.getByTestId("feed-url").inputValue())).status()).toBe(200);
});

test("R9 the deepening's attendance list holds only those present at the training day", async ({ page, scan }) => {
  await signIn(page, trainer.email, scan);
  await page.getByRole("link", { name: "Samen in Deventer – Denkkader Polarisatie" }).click();
  const groupTwo = page
    .getByTestId("cohort-sessions")
    .filter({ has: page.getByRole("heading", { name: "Groep 2 (najaar)" }) });
  await groupTwo.getByRole("link", { name: "Verdiepingsdagdeel", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Verdiepingsdagdeel · Groep 2 (najaar)" })).toBeVisible();
  const list = page.getByTestId("attendance-list");
  await expect(list.getByTestId("attendance-row")).toHaveCount(7);
  await expect(list).toContainText(DEMO_STAFF.deventer[4].name);
  await expect(list).not.toContainText(DEMO_STAFF.deventer[11].name); // excused at the training day
  await expect(list.getByRole("button", { name: "aanwezig" }).first()).toBeVisible();
  await scan();
  // The way back: trajectory, then the cohort.
  const trail = page.getByRole("navigation", { name: "Kruimelpad" });
  await expect(trail.getByRole("link")).toHaveText([
    "Trajecten",
    "Samen in Deventer – Denkkader Polarisatie",
    "Groep 2 (najaar)",
  ]);
  await trail.getByRole("link", { name: "Groep 2 (najaar)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Groep 2 (najaar)" })).toBeVisible();
});

test("issue 13: the finished group shows its held sessions and attendance-derived completions; a make-up decision completes one more", async ({
  page,
  scan,
}) => {
  const excused = DEMO_STAFF.deventer[3]; // excused at Groep 1's deepening
  await signIn(page, trainer.email, scan);
  await page
    .getByTestId("trajectory-list")
    .getByRole("listitem")
    .filter({ hasText: "Samen in Deventer" })
    .getByRole("link", { name: "Trainingsgroepen" })
    .click();
  const row = page.getByTestId("cohort-table").getByRole("row").filter({ hasText: "Groep 1 (voorjaar)" });
  await expect(row).toContainText("afgerond");
  await expect(row).toContainText("5 van 6 deelnemers afgerond");
  await row.getByRole("link", { name: "Groep 1 (voorjaar)" }).click();
  await expect(page.getByTestId("cohort-summary")).toHaveText("Status: afgerond · 5 van 6 deelnemers afgerond");
  const participant = page.getByTestId("roster").getByRole("row").filter({ hasText: excused.name });
  await expect(participant.getByTestId("completion-status")).toHaveText("niet afgerond");
  const statuses = page.getByTestId("session-status");
  await expect(statuses).toHaveCount(2);
  for (const status of await statuses.all()) await expect(status).toHaveText("· heeft plaatsgevonden");
  await scan();

  await page.goto("/trainer");
  await page.getByRole("link", { name: "Samen in Deventer – Denkkader Polarisatie" }).click();
  const groupOne = page
    .getByTestId("cohort-sessions")
    .filter({ has: page.getByRole("heading", { name: "Groep 1 (voorjaar)" }) });
  await expect(groupOne).toContainText("heeft plaatsgevonden");
  await expect(groupOne).not.toContainText("gepland");
  await groupOne.getByRole("link", { name: "Verdiepingsdagdeel", exact: true }).click();
  await expect(page.getByTestId("session-status")).toHaveText("heeft plaatsgevonden");
  await expect(page.getByTestId("history-note")).toContainText("heeft plaatsgevonden");
  await expect(page.getByTestId("session-details")).not.toContainText("gepland");

  const makeUp = page.getByRole("form", { name: `Inhaalbesluit voor ${excused.name}` });
  await makeUp
    .getByLabel(`Inhaalbesluit voor ${excused.name}`)
    .fill("Inhaalopdracht over de stille middengroep gemaakt.");
  await makeUp.getByRole("button", { name: "Inhaalbesluit vastleggen" }).click();
  await expect(makeUp.getByRole("status")).toHaveText(
    "Het inhaalbesluit is vastgelegd. Deze deelnemer heeft de trainingsgroep nu afgerond.",
  );
  await scan();
  await page.goto("/trainer");
  await page
    .getByTestId("trajectory-list")
    .getByRole("listitem")
    .filter({ hasText: "Samen in Deventer" })
    .getByRole("link", { name: "Trainingsgroepen" })
    .click();
  await expect(
    page.getByTestId("cohort-table").getByRole("row").filter({ hasText: "Groep 1 (voorjaar)" }),
  ).toContainText("6 van 6 deelnemers afgerond");
});

test("the admin reads the outbox", async ({ page, scan }) => {
  await signIn(page, DEMO_ADMIN.email, scan);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Uitgaande mail" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uitgaande mail" })).toBeVisible();
  await expect(page.getByText("Er is geen SMTP ingesteld")).toBeVisible();
  await scan();
  await signOut(page);
});

/** Schedules the step offered by the link on the trajectory page at the first suggested date; returns that date. */
async function scheduleFromSuggestion(
  page: Page,
  scan: (page?: Page) => Promise<void>,
  link: string,
  location: string,
) {
  await page.getByRole("link", { name: link }).click();
  const form = page.getByRole("form", { name: /^Bijeenkomst inplannen: / });
  await expect(form.getByTestId("suggestions").getByRole("button")).toHaveCount(3);
  await scan();
  await form.getByTestId("suggestions").getByRole("button").first().click();
  const date = await form.getByLabel("Datum").inputValue();
  await form.getByLabel("Locatie").fill(location);
  await form.getByRole("button", { name: "Inplannen" }).click();
  await expect(page.getByTestId("session-details")).toContainText(location);
  return { date, sessionId: page.url().split("/").pop()! };
}

test("issue 3 end to end: intro, registration, attendance, application, training day and deepening (R7), in my schedule and the feed", async ({
  page,
  scan,
}) => {
  test.setTimeout(300_000); // five sign-ins and a dozen pages, each scanned with axe
  const staff = DEMO_STAFF.genk[1]; // Ayse Demir, Genk: no other spec plans for Genk; she reads Flemish
  const title = "Genk verbindt";
  const cohortName = "Genk groep 1";

  // The trainer creates the trajectory and schedules its intro.
  await signIn(page, trainer.email, scan);
  await page.getByRole("link", { name: "Nieuw traject" }).click();
  const create = page.getByRole("form", { name: "Nieuw traject" });
  await create.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Genk" });
  await create.getByLabel("Naam van het traject").fill(title);
  await create.getByRole("button", { name: "Traject aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const trajectoryUrl = page.url();
  const intro = await scheduleFromSuggestion(page, scan, "Introductiebijeenkomst inplannen", "Stadhuis Genk");
  await signOut(page);

  // A staff member registers for the intro.
  await signIn(page, staff.email, scan);
  await page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: "Introductie en groepen" })
    .click();
  const introItem = page.getByTestId("intro-list").getByRole("listitem").filter({ hasText: title });
  await introItem.getByRole("button", { name: "Inschrijven voor de introductie" }).click();
  await expect(introItem.getByText("U bent ingeschreven.")).toBeVisible();
  await signOut(page);

  // The trainer marks them present and opens a cohort.
  await signIn(page, trainer.email, scan);
  await page.goto(`/trainer/sessions/${intro.sessionId}`);
  await expect(page.getByTestId("registrations")).toContainText(staff.name);
  const row = page.getByRole("form", { name: `Aanwezigheid van ${staff.name}` });
  await row.getByRole("button", { name: "aanwezig" }).click();
  await expect(row.getByRole("button", { name: "aanwezig" })).toHaveAttribute("aria-pressed", "true");
  await expect(row).toContainText("Nu: aanwezig");
  await scan();
  await page.goto(trajectoryUrl);
  await page.getByRole("link", { name: "Trainingsgroepen" }).last().click();
  const cohortForm = page.getByRole("form", { name: "Nieuwe trainingsgroep" });
  await cohortForm.getByLabel("Naam").fill(cohortName);
  await cohortForm.getByRole("button", { name: "Trainingsgroep aanmaken" }).click();
  await expect(page.getByTestId("cohort-table")).toContainText(cohortName);
  await signOut(page);

  // The staff member applies and is accepted.
  await signIn(page, staff.email, scan);
  await page.goto("/staff/recruitment");
  const cohortItem = page.getByTestId("cohort-list").getByRole("listitem").filter({ hasText: cohortName });
  const apply = cohortItem.getByRole("form", { name: `Inschrijven voor ${cohortName}` });
  await apply
    .getByLabel("Motivatie")
    .fill("In Genk zie ik spanning tussen jongeren en buurtbewoners; ik wil de middengroep bereiken.");
  await apply.getByRole("button", { name: "Inschrijven" }).click();
  await expect(cohortItem.getByTestId("my-status")).toContainText("geplaatst");
  await signOut(page);

  // The trainer schedules the training day, is refused a deepening 3 days later (R7), then plans it validly.
  await signIn(page, trainer.email, scan);
  await page.goto(trajectoryUrl);
  const training = await scheduleFromSuggestion(page, scan, "Trainingsdag inplannen", "Cultuurcentrum Genk");
  expect(training.date > intro.date).toBe(true);
  await page.goto(trajectoryUrl);
  await page.getByRole("link", { name: "Verdiepingsdagdeel inplannen" }).click();
  const deepening = page.getByRole("form", { name: "Bijeenkomst inplannen: Verdiepingsdagdeel" });
  const threeDaysLater = new Date(`${training.date}T12:00:00Z`);
  threeDaysLater.setUTCDate(threeDaysLater.getUTCDate() + 3);
  await deepening.getByLabel("Datum").fill(threeDaysLater.toISOString().slice(0, 10));
  await deepening.getByLabel("Begintijd").fill("09:00");
  await deepening.getByLabel("Locatie").fill("Cultuurcentrum Genk");
  await deepening.getByRole("button", { name: "Inplannen" }).click();
  await expect(deepening.getByRole("alert")).toContainText(
    /^Dit moment kan niet, want Verdiepingsdagdeel moet minstens 7 dagen na Trainingsdag liggen\. Kies een later moment; het vroegst mogelijke is .+ om 09:00\.$/,
  );
  // The refusal keeps what the trainer typed.
  await expect(deepening.getByLabel("Locatie")).toHaveValue("Cultuurcentrum Genk");
  await expect(deepening.getByLabel("Datum")).toHaveValue(threeDaysLater.toISOString().slice(0, 10));
  await scan();
  await deepening.getByTestId("suggestions").getByRole("button").first().click();
  await deepening.getByRole("button", { name: "Inplannen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Verdiepingsdagdeel · ${cohortName}` })).toBeVisible();
  const deepeningId = page.url().split("/").pop()!;
  await signOut(page);

  // The staff member sees both in "Mijn agenda" and in the calendar feed.
  await signIn(page, staff.email, scan);
  const schedule = page.getByTestId("session-list");
  await expect(schedule).toContainText(`Trainingsdag · ${cohortName}`);
  await expect(schedule).toContainText(`Verdiepingsdagdeel · ${cohortName}`);
  await page.getByRole("banner").getByRole("link", { name: "Agenda-abonnement" }).click();
  const feed = await (await page.request.get(await page.getByTestId("feed-url").inputValue())).text();
  expect(feed).toContain(`UID:${training.sessionId}@middengrond`);
  expect(feed).toContain(`UID:${deepeningId}@middengrond`);
  expect(feed).toContain(`UID:${intro.sessionId}@middengrond`);
  expect(feed).toContain(`SUMMARY:Verdiepingsdagdeel · ${cohortName}`);
});
