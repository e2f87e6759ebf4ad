import { DEMO_ADMIN, DEMO_COORDINATORS } from "@/lib/demo/people";
import { expect, signIn, signOut, test } from "./helpers";

const PASSWORD = "de maas bij feijenoord";

test("the coordinator switches on an intro's sign-up link; a staff member signs up with it, confirms by mail and is registered", async ({
  page,
  context,
  scan,
}) => {
  test.setTimeout(180_000); // four sign-ins and a dozen screens scanned with axe, on a shared, busy machine
  const email = `joost.${Date.now().toString(36)}@rotterdam.test`;
  const menu = page.getByRole("navigation", { name: "Hoofdmenu" });

  // The admin gives Rotterdam its e-mail domain.
  await signIn(page, DEMO_ADMIN.email, scan);
  await page.getByRole("link", { name: "Alle gemeenten beheren" }).click();
  await page.getByTestId("municipalities").getByRole("link", { name: "Rotterdam" }).click();
  const edit = page.getByRole("form", { name: "Naam, regio en e-maildomeinen wijzigen" });
  const domains = edit.getByLabel("E-maildomeinen van de medewerkers");
  await domains.fill("rotterdam.test\nrotterdam");
  await edit.getByRole("button", { name: "Opslaan" }).click();
  await expect(edit.getByText("Dit is geen geldig domein.", { exact: false })).toBeVisible();
  await scan();
  await domains.fill("Rotterdam.test");
  await edit.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByTestId("email-domains")).toHaveText("rotterdam.test");
  await signOut(page);

  // The coordinator switches the link on and copies it.
  await signIn(page, DEMO_COORDINATORS.rotterdam.email, scan);
  await menu.getByRole("link", { name: "Introbijeenkomsten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Introductiebijeenkomsten" })).toBeVisible();
  await expect(page.getByText("Aanmelden kan met een adres op @rotterdam.test.")).toBeVisible();
  await scan();
  const intro = page.getByTestId("coordinator-intros").getByRole("listitem").filter({ hasText: "Rotterdam-Zuid" });
  await intro.getByRole("button", { name: /Aanmeldlink aanzetten/ }).click();
  const field = intro.getByLabel("Aanmeldlink", { exact: true });
  await expect(field).toHaveValue(/\/sign-up\/[A-Za-z0-9_-]{43}$/);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await intro.getByRole("button", { name: "Link kopiëren" }).click();
  await expect(intro.getByRole("status").filter({ hasText: "De link is gekopieerd." })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await field.inputValue());
  await scan();
  await signOut(page);

  // A staff member opens the link, signed out: the meeting and the form.
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { level: 1, name: "Aanmelden voor de introductiebijeenkomst" })).toBeVisible();
  await expect(page.getByTestId("sign-up-intro")).toContainText("Denkkader Polarisatie");
  await expect(page.getByTestId("sign-up-intro")).toContainText("Wijkcentrum Feijenoord");
  await scan();
  const signUp = page.getByRole("form", { name: "Account aanmaken en aanmelden" });
  await signUp.getByLabel("Naam").fill("Joost Verbeek");
  await signUp.getByLabel("E-mailadres op uw werk").fill("joost@gmail.example");
  await signUp.getByLabel("Werkveld").selectOption({ label: "Jongerenwerk" });
  await signUp.getByLabel("Functie (niet verplicht)").fill("Jongerenwerker");
  await signUp.getByRole("button", { name: "Account aanmaken en aanmelden" }).click();
  // Outside the municipality's domain: what is not possible, why, and whom to ask instead; what was typed stays.
  await expect(signUp.getByText("alleen adressen van Rotterdam (@rotterdam.test)", { exact: false })).toBeVisible();
  await expect(
    signUp.getByText("vraag de coördinator van uw gemeente om een uitnodiging", { exact: false }),
  ).toBeVisible();
  await expect(signUp.getByLabel("Naam")).toHaveValue("Joost Verbeek");
  await scan();
  await signUp.getByLabel("E-mailadres op uw werk").fill(email);
  await signUp.getByRole("button", { name: "Account aanmaken en aanmelden" }).click();
  await expect(page.getByText(`we hebben een e-mail gestuurd naar ${email}`, { exact: false })).toBeVisible();
  await scan();

  // Without SMTP the confirmation waits in the outbox, where the admin reads it.
  await signIn(page, DEMO_ADMIN.email, scan);
  await menu.getByRole("link", { name: "Uitgaande mail" }).click();
  const mail = page.getByTestId("outbox").getByRole("listitem").filter({ hasText: email }).first();
  await mail.locator("summary").click();
  const body = await mail.getByLabel("Inhoud van de mail").textContent();
  const confirm = /\/account\/password\/[A-Za-z0-9_-]+/.exec(body ?? "")![0];
  await signOut(page);

  // Choosing a password proves the address and registers for the intro.
  await page.goto(confirm);
  await expect(page.getByText(`Bevestig dat ${email} uw e-mailadres is`, { exact: false })).toBeVisible();
  await scan();
  const password = page.getByRole("form", { name: "Wachtwoord instellen" });
  await password.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
  await password.getByLabel("Herhaal het wachtwoord").fill(PASSWORD);
  await password.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("u staat ingeschreven voor de introductiebijeenkomst");
  await scan();
  await page.getByRole("link", { name: "Naar inloggen" }).click();
  const login = page.getByRole("form", { name: "Aanmelden" });
  await login.getByLabel("E-mailadres").fill(email);
  await login.getByLabel("Wachtwoord").fill(PASSWORD);
  await login.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page).toHaveURL(/\/staff$/);
  await menu.getByRole("link", { name: "Introductie en groepen" }).click();
  const mine = page.getByTestId("intro-list").getByRole("listitem").filter({ hasText: "Rotterdam-Zuid" });
  await expect(mine.getByText("U bent aangemeld.")).toBeVisible();
  await scan();
  // Leave the demo's intro as it was for the other journeys on this server.
  await mine.getByRole("button", { name: /intrekken/ }).click();
  await expect(mine.getByRole("button", { name: /Aanmelden voor de introductie/ })).toBeVisible();
  await signOut(page);

  // The coordinator switches the link off: it no longer works.
  await signIn(page, DEMO_COORDINATORS.rotterdam.email, scan);
  await menu.getByRole("link", { name: "Introbijeenkomsten" }).click();
  await intro.getByRole("button", { name: /Aanmeldlink uitzetten/ }).click();
  await expect(intro.getByRole("button", { name: /Aanmeldlink aanzetten/ })).toBeVisible();
  await signOut(page);
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { level: 1, name: "Deze aanmeldlink werkt niet" })).toBeVisible();
  await scan();
});
