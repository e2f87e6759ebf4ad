import { DEMO_ADMIN } from "@/lib/demo/people";
import { expect, signIn, signOut, test } from "./helpers";

test("an admin invites a new staff member, who sets a password from the mailed link and signs in", async ({
  page,
  scan,
}) => {
  const email = `lotte.${Date.now().toString(36)}@gouda.example`;
  await signIn(page, DEMO_ADMIN.email, scan);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Personen" }).click();
  await page.getByRole("link", { name: "Persoon uitnodigen" }).click();
  const invite = page.getByRole("form", { name: "Persoon uitnodigen" });
  await invite.getByLabel("Naam").fill("Lotte Visser");
  await invite.getByLabel("E-mailadres").fill(email);
  await invite.getByLabel("Rol").selectOption({ label: "medewerker" });
  // Staff belong to a municipality: refused next to the field, and what was typed stays.
  await invite.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(
    invite.getByText("Coördinatoren en medewerkers horen bij één gemeente", { exact: false }).last(),
  ).toBeVisible();
  await expect(invite.getByLabel("E-mailadres")).toHaveValue(email);
  await scan();
  await invite.getByLabel("Gemeente").selectOption({ label: "Gouda" });
  await invite.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(invite.getByRole("status")).toHaveText(`De uitnodiging is verstuurd naar ${email}.`);

  // Without SMTP the mail waits in the outbox, where the admin can read it.
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Uitgaande mail" }).click();
  const mail = page.getByTestId("outbox").getByRole("listitem").filter({ hasText: email }).first();
  await mail.locator("summary").click();
  const body = await mail.getByLabel("Inhoud van de mail").textContent();
  const link = /\/account\/password\/[A-Za-z0-9_-]+/.exec(body ?? "")![0];
  await signOut(page);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Wachtwoord instellen" })).toBeVisible();
  await scan();
  const form = page.getByRole("form", { name: "Wachtwoord instellen" });
  await form.getByLabel("Nieuw wachtwoord").fill("fietsen langs de gouwe");
  await form.getByLabel("Herhaal het wachtwoord").fill("fietsen langs de gouwe!");
  await form.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(form.getByText("De twee wachtwoorden zijn niet gelijk.")).toBeVisible();
  await form.getByLabel("Nieuw wachtwoord").fill("fietsen langs de gouwe");
  await form.getByLabel("Herhaal het wachtwoord").fill("fietsen langs de gouwe");
  await form.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("Uw wachtwoord is opgeslagen. U kunt nu inloggen.");
  await scan();
  await page.getByRole("link", { name: "Naar inloggen" }).click();

  const login = page.getByRole("form", { name: "Aanmelden" });
  await login.getByLabel("E-mailadres").fill(email);
  await login.getByLabel("Wachtwoord").fill("fietsen langs de gouwe");
  await login.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page).toHaveURL(/\/staff$/);
  await signOut(page);

  // The link is used up.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Link ongeldig of verlopen" })).toBeVisible();
  await scan();
});

test("the sign-in page offers help for a forgotten password", async ({ page, scan }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wachtwoord vergeten" })).toBeVisible();
  // The test server has no APP_URL, so it sends no links and says whom to ask.
  await expect(
    page.getByText("Vraag de beheerder om u een nieuwe uitnodiging te sturen.", { exact: false }),
  ).toBeVisible();
  await scan();
});
