import { DEMO_ADMIN, DEMO_PASSWORD, DEMO_STAFF } from "@/lib/demo/people";
import { expect, signIn, signOut, test } from "./helpers";

// People no other spec signs in as: this spec changes their profile, language and password.
const dutch = DEMO_STAFF.deventer[6];
const flemish = DEMO_STAFF.genk[0];

test("a person edits their profile, switches the language of the interface and changes their password", async ({
  page,
  scan,
}) => {
  await signIn(page, dutch.email, scan);
  await page.getByRole("link", { name: "Mijn gegevens" }).click();
  const profile = page.getByRole("form", { name: "Mijn profiel" });
  await expect(profile.getByLabel("Naam")).toHaveValue(dutch.name);
  await profile.getByLabel("Functie").fill("Beleidsadviseur veiligheid en samenleven");
  await profile.getByLabel("Werkveld").selectOption({ label: "Zorg" });
  await profile.getByRole("button", { name: "Profiel opslaan" }).click();
  await expect(profile.getByRole("status")).toHaveText("Uw profiel is opgeslagen.");
  await scan();
  await page.reload();
  const saved = page.getByRole("form", { name: "Mijn profiel" });
  await expect(saved.getByLabel("Functie")).toHaveValue("Beleidsadviseur veiligheid en samenleven");
  await expect(saved.getByLabel("Werkveld")).toHaveValue("CARE");
  // Back to the seed's work field: the recruitment spec counts Groep 2's work-field mix.
  await saved.getByLabel("Werkveld").selectOption({ label: "OOV (openbare orde en veiligheid)" });
  await saved.getByRole("button", { name: "Profiel opslaan" }).click();
  await expect(saved.getByRole("status")).toHaveText("Uw profiel is opgeslagen.");

  // The language switches the interface at once.
  const language = page.getByRole("form", { name: "Taal" });
  await language.getByRole("radio", { name: "English" }).check();
  await language.getByRole("button", { name: "Taal opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My data" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Language" }).getByRole("status")).toHaveText(
    "Your language has been saved. Middengrond and your mail are in English from now on.",
  );
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  await scan();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "My data" })).toBeVisible();

  // A wrong current password is refused next to its field; the right one changes it.
  const password = page.getByRole("form", { name: "Change password" });
  await password.getByLabel("Current password").fill("not my password at all");
  await password.getByLabel("New password", { exact: true }).fill("fietsen langs de ijssel");
  await password.getByLabel("Repeat the new password").fill("fietsen langs de ijssel");
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(
    password.getByText("This is not your current password, so nothing has changed.", { exact: false }),
  ).toBeVisible();
  await expect(password.getByLabel("New password", { exact: true })).toHaveValue("fietsen langs de ijssel");
  await scan();
  await password.getByLabel("Current password").fill(DEMO_PASSWORD);
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByRole("status")).toHaveText(
    "Your password has been changed. You were not signed in anywhere else.",
  );
  await scan();

  const back = page.getByRole("form", { name: "Language" });
  await back.getByRole("radio", { name: "Nederlands (Nederland)" }).check();
  await back.getByRole("button", { name: "Save language" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn gegevens" })).toBeVisible();
  await signOut(page);

  const login = page.getByRole("form", { name: "Aanmelden" });
  await login.getByLabel("E-mailadres").fill(dutch.email);
  await login.getByLabel("Wachtwoord").fill("fietsen langs de ijssel");
  await login.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page).toHaveURL(/\/staff$/);
});

test("a Flemish staff member sees Flemish wording, and their mail is Flemish", async ({ page, scan }) => {
  await signIn(page, flemish.email, scan);
  const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(menu.getByRole("link", { name: "Mijn inschrijvingen" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl-BE");
  await page.getByRole("link", { name: "Mijn gegevens" }).click();
  await expect(
    page.getByRole("form", { name: "Taal" }).getByRole("radio", { name: "Nederlands (Vlaanderen)" }),
  ).toBeChecked();
  await expect(page.getByText("Lokaal bestuur", { exact: true })).toBeVisible();
  await scan();
  await signOut(page);

  // The admin sends them a new link: the mail in the outbox is in Flemish.
  await signIn(page, DEMO_ADMIN.email, scan);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Personen" }).click();
  const search = page.getByRole("search", { name: "Personen zoeken" });
  await search.getByLabel("Naam of e-mailadres").fill(flemish.email);
  await search.getByRole("button", { name: "Zoeken" }).click();
  await page.getByTestId("people-list").getByRole("link", { name: flemish.name }).click();
  await page.getByRole("button", { name: "Uitnodiging opnieuw versturen" }).click();
  await expect(page.getByRole("status")).toHaveText("Er is een nieuwe link verstuurd.");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Uitgaande mail" }).click();
  const mail = page.getByTestId("outbox").getByRole("listitem").filter({ hasText: flemish.email }).first();
  await mail.locator("summary").click();
  await expect(mail.getByLabel("Inhoud van de mail")).toContainText(
    "Er werd voor u een account aangemaakt bij Middengrond",
  );
  await expect(mail.getByLabel("Inhoud van de mail")).toContainText("de link is 7 dagen geldig");
  await scan();
});
