import { DEMO_ADMIN, DEMO_STAFF, DEMO_TRAINERS } from "@/lib/demo/people";
import { expect, signIn, signOut, test } from "./helpers";

// Joris trains in Gouda, Genk and Deventer; other specs use Sanne, so his plans are ours.
const trainer = DEMO_TRAINERS[1];

test("a trainer creates a trajectory and schedules the intro from a suggested date; the calendar feed has it", async ({ page, scan }) => {
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

  await page.getByRole("link", { name: "Gouda in gesprek" }).click();
  await expect(page.getByTestId("trajectory-status")).toHaveText("introductie");
  await expect(page.getByRole("link", { name: "Introductiebijeenkomst inplannen" })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Agenda-abonnement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Agenda-abonnement" })).toBeVisible();
  await scan();
  const feedUrl = await page.getByTestId("feed-url").inputValue();
  expect(feedUrl).toMatch(/\/calendar\/[0-9a-f]+\.ics$/);
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
  await expect(page.getByRole("form", { name: "Nieuw adres" }).getByRole("status")).toContainText("het oude werkt niet meer");
  await expect(page.getByTestId("feed-url")).not.toHaveValue(feedUrl);
  expect((await page.request.get(feedUrl)).status()).toBe(404);
  expect((await page.request.get(await page.getByTestId("feed-url").inputValue())).status()).toBe(200);
});

test("R9 the deepening's attendance list holds only those present at the training day", async ({ page, scan }) => {
  await signIn(page, trainer.email, scan);
  await page.getByRole("link", { name: "Samen in Deventer – Denkkader Polarisatie" }).click();
  const sessions = page.getByTestId("trajectory-sessions");
  await sessions.getByRole("link", { name: "Verdiepingsdagdeel" }).last().click();
  await expect(page.getByRole("heading", { level: 1, name: "Verdiepingsdagdeel · Groep 2 (najaar)" })).toBeVisible();
  const list = page.getByTestId("attendance-list");
  await expect(list.getByTestId("attendance-row")).toHaveCount(7);
  await expect(list).toContainText(DEMO_STAFF.deventer[4].name);
  await expect(list).not.toContainText(DEMO_STAFF.deventer[11].name); // excused at the training day
  await expect(list.getByRole("button", { name: "aanwezig" }).first()).toBeVisible();
  await scan();
});

test("the admin reads the outbox", async ({ page, scan }) => {
  await signIn(page, DEMO_ADMIN.email, scan);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Uitgaande mail" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uitgaande mail" })).toBeVisible();
  await expect(page.getByText("Er is geen SMTP ingesteld")).toBeVisible();
  await scan();
  await signOut(page);
});
