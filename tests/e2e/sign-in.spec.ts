import { DEMO_ADMIN, DEMO_COORDINATORS, DEMO_PASSWORD, DEMO_STAFF, DEMO_TRAINERS } from "@/lib/demo/people";
import { expect, signIn, signOut, test } from "./helpers";

test("an unauthenticated visit goes to the sign-in page", async ({ page, scan }) => {
  await page.goto("/coordinator");
  await expect(page).toHaveURL(/\/login\?next=%2Fcoordinator$/);
  await expect(page.getByRole("heading", { name: "Aanmelden" })).toBeVisible();
  await scan();
});

test("a check-in link opened while signed out still holds its code after signing in", async ({ page, scan }) => {
  await page.goto("/check-in?code=ABC234");
  await expect(page).toHaveURL(/\/login\?next=/);
  const form = page.getByRole("form", { name: "Aanmelden" });
  await form.getByLabel("E-mailadres").fill(DEMO_STAFF.deventer[4].email);
  await form.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await form.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page).toHaveURL(/\/check-in\?code=ABC234$/);
  await expect(page.getByRole("textbox", { name: "Code" })).toHaveValue("ABC234");
  await scan();
});

test("wrong credentials give one neutral message and keep the e-mail address", async ({ page, scan }) => {
  await page.goto("/login");
  const form = page.getByRole("form", { name: "Aanmelden" });
  await form.getByLabel("E-mailadres").fill(DEMO_TRAINERS[0].email);
  await form.getByLabel("Wachtwoord").fill("niet-het-wachtwoord");
  await form.getByRole("button", { name: "Aanmelden" }).click();
  const refusal = form.getByRole("alert");
  await expect(refusal).toContainText("Deze combinatie van e-mailadres en wachtwoord is niet bekend.");
  await expect(refusal).toContainText("Wachtwoord vergeten?"); // what to do instead
  // The refused form keeps what was typed: only the password needs retyping.
  await expect(form.getByLabel("E-mailadres")).toHaveValue(DEMO_TRAINERS[0].email);
  await scan();
});

const network = ["Strategie", "Lerend netwerk", "Lessen", "Netwerkbibliotheek", "Interventies"];

const journeys = [
  {
    role: "admin",
    email: DEMO_ADMIN.email,
    start: "/admin",
    heading: "Beheer",
    nav: ["Start", "Aanvragen", "Personen", "Dashboard", "Uitgaande mail", "Auditlog"],
  },
  {
    role: "trainer",
    email: DEMO_TRAINERS[0].email,
    start: "/trainer",
    heading: "Mijn trajecten",
    nav: ["Trajecten", "Casuïstiek", "Dashboard"],
  },
  {
    role: "coordinator",
    email: DEMO_COORDINATORS.deventer.email,
    start: "/coordinator",
    heading: "Gemeente Deventer",
    nav: ["Mijn gemeente", "Introbijeenkomsten", "Interne pool", "Casuïstiek", "Dashboard"],
  },
  {
    role: "staff",
    email: DEMO_STAFF.deventer[4].email,
    start: "/staff",
    heading: "Mijn agenda",
    nav: ["Mijn agenda", "Introductie en groepen", "Mijn aanmeldingen", "Casuïstiek", "Inchecken"],
  },
];

for (const journey of journeys) {
  test(`${journey.role} signs in, lands on their start page and signs out`, async ({ page, scan }) => {
    await signIn(page, journey.email, scan);
    await expect(page).toHaveURL(new RegExp(`${journey.start}$`));
    await expect(page.getByRole("heading", { level: 1, name: journey.heading })).toBeVisible();
    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(menu.getByRole("link")).toHaveText(journey.nav);
    await expect(menu.locator("[aria-current=page]")).toHaveText(journey.nav[0]);
    await menu.getByText("Netwerk", { exact: true }).click();
    await expect(menu.getByRole("link")).toHaveText([...journey.nav, ...network]);
    await signOut(page);
    await page.goto(journey.start);
    await expect(page).toHaveURL(`/login?next=${encodeURIComponent(journey.start)}`);
  });
}

test("the seeded trajectory shows for its trainer, coordinator and a participant", async ({ page, scan }) => {
  await signIn(page, DEMO_TRAINERS[0].email, scan);
  await expect(page.getByTestId("trajectory-list")).toContainText("Samen in Deventer");
  await signOut(page);
  await signIn(page, DEMO_COORDINATORS.deventer.email, scan);
  await expect(page.getByTestId("trajectory-list")).toContainText("Groep 2 (najaar)");
  await expect(page.getByTestId("pool-size")).toContainText("actieve leden");
  await signOut(page);
  await signIn(page, DEMO_STAFF.deventer[4].email, scan);
  await expect(page.getByTestId("session-list")).toContainText("Verdiepingsdagdeel");
});

test("the interface switches to English", async ({ page, scan }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await scan();
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { name: "Aanmelden" })).toBeVisible();
});

test("R20: a staff member of another municipality cannot load a municipality's page", async ({ page, scan }) => {
  const author = DEMO_STAFF.deventer[4];
  await signIn(page, author.email, scan);
  await page.goto("/staff/cases");
  await page.getByRole("link", { name: "Spanning rond het nieuwe azc in de wijk" }).first().click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const casePage = page.url();
  await signOut(page);

  await signIn(page, DEMO_STAFF.rotterdam[1].email, scan);
  const response = await page.goto(casePage);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  await expect(page.locator("body")).not.toContainText("azc");
});

test("signing out on all devices ends the session in another browser too", async ({ page, browser, baseURL, scan }) => {
  const person = DEMO_STAFF.rotterdam[0]; // used by no other spec
  const other = await browser.newContext({ baseURL, locale: "nl-NL" }); // this worker's server, as `page` uses
  const phone = await other.newPage();
  await signIn(phone, person.email, scan);
  await signIn(page, person.email, scan);
  await page.getByRole("link", { name: "Mijn gegevens" }).click();
  const devices = page.getByRole("form", { name: "Overal afmelden" });
  await expect(devices).toContainText("U bent nu op 2 apparaten aangemeld");
  await scan();
  await devices.getByRole("button", { name: "Overal afmelden" }).click();
  await page.waitForURL(/\/login\?signedOut=everywhere$/);
  await expect(page.getByRole("status")).toHaveText(
    "U bent op alle apparaten afgemeld. Meld u hier opnieuw aan als u verder wilt.",
  );
  await scan();
  await phone.goto("/account");
  await expect(phone).toHaveURL("/login?next=%2Faccount");
  await other.close();
});
