import fs from "node:fs";
import { DEMO_ADMIN, DEMO_PASSWORD, DEMO_STAFF } from "@/lib/demo/people";
import { expect, signIn, signOut, test } from "./helpers";

// Demo people no other spec uses: Elif is erased, Wouter downloads his data.
const erased = DEMO_STAFF.genk[3];
const downloader = DEMO_STAFF.genk[2];

test("a person downloads their own data as JSON from 'Mijn gegevens'", async ({ page, scan }) => {
  await signIn(page, downloader.email, scan);
  await page.getByRole("link", { name: "Mijn gegevens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn gegevens" })).toBeVisible();
  await scan();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Mijn gegevens downloaden (JSON)" }).click();
  const file = await (await download).path();
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  expect(data.person).toMatchObject({ email: downloader.email, name: downloader.name, municipality: { name: "Genk" } });
  expect(JSON.stringify(data)).not.toContain("passwordHash");
});

test("a person chooses their optional reminders on 'Mijn gegevens', and the choice holds", async ({ page, scan }) => {
  await signIn(page, downloader.email, scan);
  await page.getByRole("link", { name: "Mijn gegevens" }).click();
  const form = page.getByRole("form", { name: "Herinneringen" });
  const dayBefore = form.getByRole("checkbox", { name: "de dag ervoor een herinnering aan een bijeenkomst" });
  await expect(dayBefore).toBeChecked();
  await dayBefore.uncheck();
  await form.getByRole("button", { name: "Keuze opslaan" }).click();
  await expect(form.getByRole("status")).toHaveText("Uw keuze is opgeslagen.");
  await scan();
  await page.reload();
  await expect(
    page.getByRole("form", { name: "Herinneringen" }).getByRole("checkbox", { name: /de dag ervoor/ }),
  ).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: /actie van mij/ })).toBeChecked();
});

test("an admin erases a person: they can no longer sign in and the audit log shows who did it", async ({
  page,
  scan,
}) => {
  await signIn(page, DEMO_ADMIN.email, scan);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Personen" }).click();
  const search = page.getByRole("search", { name: "Personen zoeken" });
  await search.getByLabel("Naam of e-mailadres").fill(erased.email);
  await search.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByTestId("people-count")).toHaveText("1 persoon");
  await scan();
  await page.getByTestId("people-list").getByRole("link", { name: erased.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: erased.name })).toBeVisible();
  await scan();

  const form = page.getByRole("form", { name: "Persoon wissen (AVG)" });
  await form.getByRole("button", { name: "Persoon definitief wissen" }).click();
  await expect(form.getByRole("alert")).toHaveText("Controleer de gemarkeerde velden.");
  await expect(form.getByText("Bevestig dat u deze persoon wilt wissen.")).toBeVisible();
  await form.getByLabel("Ik begrijp dat wissen niet ongedaan kan worden gemaakt.").check();
  await form.getByRole("button", { name: "Persoon definitief wissen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gewiste persoon" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Deze persoon is gewist.");
  await scan();

  await page.goto(`/admin/audit?action=person.erase`);
  await expect(page.getByTestId("audit-table")).toContainText(DEMO_ADMIN.name);
  await expect(page.getByTestId("audit-table")).toContainText("person.erase");
  await scan();
  await signOut(page);

  await page.goto("/login");
  const login = page.getByRole("form", { name: "Aanmelden" });
  await login.getByLabel("E-mailadres").fill(erased.email);
  await login.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await login.getByRole("button", { name: "Aanmelden" }).click();
  await expect(login.getByRole("alert")).toContainText("Deze combinatie van e-mailadres en wachtwoord is niet bekend.");
});
