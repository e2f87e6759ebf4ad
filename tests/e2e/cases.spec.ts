import { DEMO_COORDINATORS, DEMO_STAFF, DEMO_TRAINERS } from "@/lib/demo/people";
import { expect, signIn, signOut, test } from "./helpers";

// Youssef Amrani is in Deventer's running cohort 2 and was at its training day; Sanne
// Verhoeven trains it. No other spec uses him.
const author = DEMO_STAFF.deventer[9];
const trainer = DEMO_TRAINERS[0];
const coordinator = DEMO_COORDINATORS.deventer;
const TITLE = "Onrust rond de skatebaan (e2e)";

let caseUrl = "";

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

test.describe.serial("the case journey", () => {
  test("a staff member writes a draft, comes back and submits it; the map shows", async ({ page, scan }) => {
    await signIn(page, author.email, scan);
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Casuïstiek" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mijn casuïstiek" })).toBeVisible();
    await scan();
    await page.getByRole("link", { name: "Nieuwe casus" }).click();
    const form = page.getByRole("form", { name: "Nieuwe casus" });
    await scan();
    await form.getByLabel("Titel *").fill(TITLE);
    await form.getByLabel("Wat speelt er? *").fill("Sinds de zomer botsen jongeren en omwonenden rond de skatebaan.");
    await form.getByRole("button", { name: "Opslaan als concept" }).click();
    await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Opgeslagen als concept." })).toBeVisible();
    await expect(page.getByTestId("case-status")).toHaveText("concept");
    await expect(page.getByTestId("case-readers")).toContainText("alleen u");
    await scan();

    // Comes back later through the list, by the breadcrumbs.
    await page.getByRole("navigation", { name: "Kruimelpad" }).getByRole("link", { name: "Casuïstiek" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mijn casuïstiek" })).toBeVisible();
    await page.getByRole("link", { name: TITLE }).click();
    await page.getByRole("link", { name: "Bewerken" }).click();
    const edit = page.getByRole("form", { name: "Casus bewerken" });
    await expect(edit.getByLabel("Wat speelt er? *")).toHaveValue(/skatebaan/);
    await scan();

    // Submitting without the analysis keeps everything typed and names each missing field.
    await edit.getByRole("button", { name: "Indienen" }).click();
    await expect(edit.getByRole("alert")).toHaveText("Controleer de gemarkeerde velden.");
    await expect(edit.getByText("Vul dit in om de casus in te dienen.").first()).toBeVisible();
    await expect(edit.getByLabel("Titel *")).toHaveValue(TITLE);
    await scan();

    await edit.getByRole("radio", { name: /^Polarisatie/ }).check();
    await edit.getByLabel("Pool A *").fill("Omwonenden die overlast ervaren");
    await edit.getByLabel("Pool B *").fill("Jongeren die de baan gebruiken");
    await edit.getByLabel("Brandstof *").fill("Filmpjes in een buurtgroep en uitspraken over 'die jongeren'");
    await edit.getByLabel("Waar speelt het? *").selectOption("PUBLIC_SPACE");
    await edit.getByLabel("Fase *").selectOption("RISING_TENSION");
    await edit.getByLabel("Beschrijving Trekker 1").fill("Een bewoner die filmpjes deelt");
    await edit.getByLabel("Beschrijving Stille middengroep 1").fill("De meeste ouders in de buurt");
    await edit.getByLabel("Beschrijving Bruggenbouwer 1").fill("De jongerenwerker van het buurthuis");
    await edit.getByLabel("Plek op de kaart Bruggenbouwer 1").selectOption("75");
    await edit.getByRole("checkbox", { name: /^Doelgroep/ }).check();
    await edit.getByRole("checkbox", { name: /^Toon/ }).check();
    await edit.getByRole("radio", { name: /^Ook de trainers van het traject/ }).check();
    await edit.getByRole("button", { name: "Indienen" }).click();

    await expect(page.getByRole("status").filter({ hasText: "Ingediend." })).toBeVisible();
    await expect(page.getByTestId("case-status")).toHaveText("ingediend");
    caseUrl = new URL(page.url()).pathname;
    await expect(page.getByTestId("case-readers")).toContainText("de trainers van het traject");
    const map = page.getByRole("img", { name: `Polarisatiekaart: ${TITLE}` });
    await expect(map).toBeVisible();
    await expect(page.getByTestId("map-table")).toContainText("De jongerenwerker van het buurthuis");
    await expect(page.getByTestId("map-game-changers")).toContainText("Doelgroep");
    await scan();

    // It prints without the menu and the buttons.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
    await expect(map).toBeVisible();
    await page.emulateMedia({ media: "screen" });
  });

  test("the trainer links the case to the training day and records the advice", async ({ page, scan }) => {
    await signIn(page, trainer.email, scan);
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Casuïstiek" }).click();
    await expect(page.getByTestId("case-table")).toContainText(TITLE);
    await scan();
    await page.getByRole("search").getByLabel("Zoeken in titel en analyse").fill("skatebaan");
    await page.getByRole("search").getByRole("button", { name: "Toepassen" }).click();
    await expect(page.getByTestId("case-table").getByRole("link")).toHaveText([TITLE]);
    await scan();

    await page
      .getByTestId("trainer-sessions")
      .getByRole("listitem")
      .filter({ hasText: "Trainingsdag · Groep 2 (najaar)" })
      .getByRole("link")
      .click();
    await expect(page.getByRole("heading", { level: 1, name: /Casussen voor Trainingsdag/ })).toBeVisible();
    await scan();
    const card = page.getByTestId("session-cases").getByRole("listitem").filter({ hasText: TITLE });
    await card.getByRole("button", { name: "Bespreken in deze bijeenkomst" }).click();
    await expect(card.getByText("Wordt besproken")).toBeVisible();
    await card
      .getByLabel("Advies", { exact: true })
      .fill("Richt je op de stille middengroep: organiseer met de jongerenwerker een gesprek op de baan.");
    await card.getByRole("button", { name: "Advies vastleggen" }).click();
    await expect(card.getByRole("status")).toHaveText("Advies vastgelegd.");
    await scan();
  });

  test("the owner adds two actions and the coordinator sees the overdue one", async ({ page, scan }) => {
    await signIn(page, author.email, scan);
    await page.goto("/staff/cases");
    await page.getByRole("link", { name: TITLE }).click();
    await expect(page.getByTestId("case-status")).toHaveText("besproken");
    await expect(page.getByTestId("case-advice")).toContainText("stille middengroep");
    await scan();

    const add = page.getByRole("form", { name: "Actie toevoegen" });
    await add.getByLabel("Actie").fill("Gesprek op de skatebaan plannen met jongerenwerk");
    await add.getByLabel("Termijn").selectOption("SHORT");
    await add.getByLabel("Eigenaar").selectOption({ label: coordinator.name });
    await add.getByLabel("Uiterlijk").fill(isoDay(-2));
    await add.getByRole("button", { name: "Actie toevoegen" }).click();
    await expect(page.getByTestId("action-plan")).toContainText("Gesprek op de skatebaan");
    await expect(page.getByTestId("case-status")).toHaveText("opvolging");

    await add.getByLabel("Actie").fill("Buurtavond over gebruik van de openbare ruimte");
    await add.getByLabel("Termijn").selectOption("LONG");
    await add.getByLabel("Uiterlijk").fill(isoDay(60));
    await add.getByRole("button", { name: "Actie toevoegen" }).click();
    await expect(page.getByTestId("action-plan").getByRole("row")).toHaveCount(3);
    await expect(page.getByTestId("overdue")).toHaveCount(1);
    await scan();
    await signOut(page);

    await signIn(page, coordinator.email, scan);
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Casuïstiek" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Casuïstiek van Deventer" })).toBeVisible();
    const overdue = page.getByTestId("overdue-actions").getByRole("listitem").filter({ hasText: TITLE });
    await expect(overdue).toHaveCount(1);
    await expect(overdue).toContainText("Gesprek op de skatebaan");
    await expect(page.getByTestId("overdue-actions")).not.toContainText("Buurtavond");
    await scan();
    await page.getByRole("search").getByLabel("Status").selectOption("FOLLOW_UP");
    await page.getByRole("search").getByRole("button", { name: "Toepassen" }).click();
    await expect(page.getByTestId("case-table")).toContainText(TITLE);
    await scan();
  });

  test("another municipality's coordinator gets a 404 for the case, not a glimpse (R20)", async ({ page, scan }) => {
    await signIn(page, DEMO_COORDINATORS.gouda.email, scan);
    await page.goto("/coordinator/cases");
    await expect(page.getByTestId("case-count")).toHaveText("Geen casussen gevonden.");
    const response = await page.goto(caseUrl);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
    await expect(page.locator("main")).not.toContainText("skatebaan");
    await scan();
  });
});

test("the case form works on a phone without script errors", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: "nl-NL",
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    // The app has no favicon yet; the browser's request for it is not a script error.
    if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico"))
      problems.push(`${message.text()} ${message.location().url}`);
  });
  const noScan = async () => undefined;
  await signIn(page, DEMO_STAFF.deventer[10].email, noScan);
  await page.goto("/staff/cases/new");
  const form = page.getByRole("form", { name: "Nieuwe casus" });
  await form.getByLabel("Titel *").fill("Mobiel concept (e2e)");
  await form.getByLabel("Beschrijving Trekker 1").fill("Jan de Vries van nummer 4");
  await expect(form.getByText("Let op: schrijf geen namen.").nth(1)).toBeVisible();
  const button = form.getByRole("button", { name: "Opslaan als concept" });
  await button.click();
  await expect(page.getByTestId("case-status")).toHaveText("concept");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(problems).toEqual([]);
  await context.close();
});
