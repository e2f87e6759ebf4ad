import { readFile } from "node:fs/promises";
import { DEMO_STAFF, DEMO_TRAINERS } from "@/lib/demo/people";
import { PdfWriter } from "@/lib/pdf/document";
import { localParts } from "@/lib/sessions/time";
import { expect, signIn, signOut, test } from "./helpers";

// Joris plans in Gouda; this trajectory and its intro are this spec's own.
const trainer = DEMO_TRAINERS[1];
const [early, late] = [DEMO_STAFF.gouda[1], DEMO_STAFF.gouda[2]];
const title = `Gouda aan de deur ${Date.now().toString(36)}`;

/** A start ten to fifteen minutes from now (the door is open), as the form's local date and time. */
function soon() {
  const p = localParts(new Date(Math.ceil((Date.now() + 10 * 60_000) / 300_000) * 300_000));
  const two = (n: number) => String(n).padStart(2, "0");
  return { date: `${p.year}-${two(p.month)}-${two(p.day)}`, time: `${two(p.hour)}:${two(p.minute)}` };
}

test("at the door: a participant checks in by code, the trainer marks everyone else present and an exception, by keyboard", async ({
  page,
  scan,
}) => {
  test.setTimeout(240_000);
  // The trainer plans an intro that starts in a few minutes.
  await signIn(page, trainer.email, scan);
  await page.getByRole("link", { name: "Nieuw traject" }).click();
  const create = page.getByRole("form", { name: "Nieuw traject" });
  await create.getByLabel("Gemeente", { exact: true }).selectOption({ label: "Gouda" });
  await create.getByLabel("Naam van het traject").fill(title);
  await create.getByRole("button", { name: "Traject aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("link", { name: "Introductiebijeenkomst inplannen" }).click();
  const schedule = page.getByRole("form", { name: /^Bijeenkomst inplannen: / });
  const { date, time } = soon();
  await schedule.getByLabel("Datum").fill(date);
  await schedule.getByLabel("Begintijd").fill(time);
  await schedule.getByLabel("Locatie").fill("Huis van de Stad, Gouda");
  await schedule.getByRole("button", { name: "Inplannen" }).click();
  await expect(page.getByTestId("session-details")).toContainText("Huis van de Stad, Gouda");
  const sessionUrl = page.url();
  await signOut(page);

  // Two staff members register.
  for (const person of [early, late]) {
    await signIn(page, person.email, scan);
    await page.goto("/staff/recruitment");
    const item = page.getByTestId("intro-list").getByRole("listitem").filter({ hasText: title });
    await item.getByRole("button", { name: /Aanmelden voor de introductie/ }).click();
    await expect(item.getByText("U bent aangemeld.")).toBeVisible();
    await signOut(page);
  }

  // The trainer opens check-in: a code and its QR code.
  await signIn(page, trainer.email, scan);
  await page.goto(sessionUrl);
  const door = page.getByTestId("door");
  await door.getByRole("button", { name: "Inchecken openen" }).click();
  const code = (await page.getByTestId("check-in-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  await expect(door.getByRole("img", { name: "QR-code om in te checken bij deze bijeenkomst" })).toBeVisible();
  await scan();
  await signOut(page);

  // One participant types the code on their phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, early.email, scan);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Inchecken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inchecken" })).toBeVisible();
  await scan();
  const checkIn = page.getByRole("form", { name: "Inchecken" });
  await checkIn.getByLabel("Code").fill("acd-349");
  await checkIn.getByRole("button", { name: "Inchecken" }).click();
  await expect(checkIn.getByText("Er is geen bijeenkomst met deze code.", { exact: false })).toBeVisible();
  await checkIn.getByLabel("Code").fill(code.toLowerCase());
  await checkIn.getByRole("button", { name: "Inchecken" }).click();
  await expect(page.getByRole("status")).toContainText("U bent ingecheckt bij");
  await scan();
  await signOut(page);
  await page.setViewportSize({ width: 1366, height: 900 });

  // The trainer prints the sign-in sheet: both participants, alphabetical, room to sign.
  await signIn(page, trainer.email, scan);
  await page.goto(sessionUrl);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tekenlijst afdrukken (PDF)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^tekenlijst-.+-\d{4}-\d{2}-\d{2}\.pdf$/);
  const sheet = new Uint8Array(await readFile((await download.path())!));
  expect(Buffer.from(sheet.subarray(0, 5)).toString()).toBe("%PDF-");
  const lines = (await PdfWriter.textOf(sheet)).flat();
  const names = [early.name, late.name].sort(new Intl.Collator("nl").compare);
  expect(lines.filter((line) => names.includes(line))).toEqual(names);
  expect(lines).toContain("Handtekening");
  expect(lines).toContain("Plaats: Huis van de Stad, Gouda");

  // The trainer marks everyone else present, then the exception, with the keyboard only.
  const earlyRow = page.getByRole("form", { name: `Aanwezigheid van ${early.name}` });
  const lateRow = page.getByRole("form", { name: `Aanwezigheid van ${late.name}` });
  await expect(earlyRow).toContainText("Nu: aanwezig");
  await expect(lateRow).toContainText("Nog niet ingevuld");
  const everyone = page.getByRole("button", { name: "Iedereen aanwezig" });
  await everyone.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "1 persoon op aanwezig gezet." })).toBeVisible();
  await expect(lateRow).toContainText("Nu: aanwezig");
  const absent = lateRow.getByRole("button", { name: "afwezig" });
  await absent.focus();
  await page.keyboard.press("Space");
  await expect(absent).toHaveAttribute("aria-pressed", "true");
  await expect(absent).toBeFocused();
  await expect(lateRow.getByRole("status")).toHaveText(`${late.name}: afwezig.`);
  await expect(earlyRow).toContainText("Nu: aanwezig");
  await scan();
});
