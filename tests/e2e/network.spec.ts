import { DEMO_ADMIN, DEMO_COORDINATORS, DEMO_STAFF, DEMO_TRAINERS } from "@/lib/demo/people";
import { expect, networkLink, signIn, signOut, test } from "./helpers";

const joris = DEMO_TRAINERS[1];

test("a trainer writes a lesson, the coordinator publishes it, another municipality finds it by a word in it", async ({
  page,
  scan,
}) => {
  test.setTimeout(180_000);
  const word = `fietsenstalling${Date.now().toString(36)}`;
  const title = "Het gesprek bij de fietsenstalling";

  await signIn(page, joris.email, scan);
  await (await networkLink(page, "Lessen")).click();
  await expect(page.getByRole("heading", { level: 1, name: "Geleerde lessen" })).toBeVisible();
  await expect(page.getByTestId("awaiting-lessons")).toContainText("Netwerkbijeenkomst: jongeren op straat");
  await scan();
  await page.getByRole("link", { name: "Les schrijven" }).click();
  await scan();
  await page
    .getByTestId("lesson-sessions")
    .getByRole("link", { name: /Netwerkbijeenkomst: jongeren op straat/ })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: /Les na Netwerkbijeenkomst: jongeren op straat/ }),
  ).toBeVisible();
  await scan();

  const form = page.getByRole("form", { name: "Geleerde les" });
  await form.getByLabel("Titel").fill(title);
  await form
    .getByLabel("Successen: wanneer werkte het, en waarom?")
    .fill(`Het werkte toen de jongeren zelf het ${word} voorzaten en de wijkinspecteur luisterde.`);
  await form.getByLabel("Dilemma's").fill("Betrekken we de trekkers, of eerst alleen het midden?");
  await form.getByLabel("Inzichten").fill("Een neutrale plek en een gastheer uit de buurt helpen.");
  await form.getByRole("group", { name: "Thema's (optioneel)" }).getByLabel("Jongeren en politie").check();
  await form
    .getByRole("group", { name: "Gamechangers (optioneel)" })
    .getByLabel(/Positie/)
    .check();
  await form.getByRole("button", { name: "Les opslaan" }).click();
  await expect(form.getByRole("status")).toHaveText("De les is opgeslagen.");
  await scan();
  await page.goto("/lessons");
  await expect(page.getByTestId("lesson-list")).toContainText(title);
  await expect(page.getByTestId("awaiting-lessons")).toHaveCount(0);
  await signOut(page);

  await signIn(page, DEMO_COORDINATORS.genk.email, scan);
  await page.goto("/lessons");
  await page.getByTestId("lesson-list").getByRole("link", { name: title }).click();
  await expect(page.getByTestId("lesson-status")).toContainText("Alleen eigen lokaal bestuur"); // Genk is Flemish (ADR 0033)
  await expect(page.getByTestId("lesson-status")).toContainText(`Auteur: ${joris.name}`);
  await scan();
  await page.getByRole("link", { name: "Delen met het netwerk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Les delen met het netwerk" })).toBeVisible();
  await expect(page.getByTestId("lesson-body")).not.toContainText(joris.name);
  await scan();
  const publish = page.getByRole("form", { name: "Les delen" });
  await publish.getByLabel("Ik heb gecontroleerd dat de tekst geen namen van personen bevat.").check();
  await publish.getByRole("button", { name: "Delen met het netwerk" }).click();
  await expect(publish.getByRole("status")).toHaveText("De les is gedeeld met het netwerk.");
  await scan();
  await signOut(page);

  await signIn(page, DEMO_STAFF.gouda[0].email, scan);
  await (await networkLink(page, "Netwerkbibliotheek")).click();
  await scan();
  const search = page
    .getByRole("search")
    .or(page.getByRole("form", { name: "Zoeken in de bibliotheek" }))
    .first();
  await search.getByLabel("Zoekwoorden").fill(word.toUpperCase());
  await search.getByRole("button", { name: "Zoeken" }).click();
  const results = page.getByTestId("library-results");
  await expect(results.locator(":scope > li")).toHaveCount(1);
  await expect(results).toContainText(title);
  await expect(results).toContainText("Genk");
  await scan();
  await results.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("lesson-body")).toContainText(word);
  await expect(page.locator("main")).not.toContainText(joris.name);
  await scan();

  // The same staff member finds Rotterdam's case shared anonymised (demo data) by a word
  // of its network summary, and not the case Rotterdam keeps within the municipality.
  await page.goto("/network");
  await search.getByLabel("Zoekwoorden").fill("buurtvaders");
  await search.getByRole("button", { name: "Zoeken" }).click();
  await expect(results.locator(":scope > li")).toHaveCount(1);
  await expect(results).toContainText("Casus · Rotterdam");
  await expect(results).toContainText("Buurtvaders en jongerenwerk nodigden de stille middengroep uit");
  await scan();
  await results.getByRole("link", { name: "Polarisatie · Openbare ruimte" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Geanonimiseerde casus" })).toBeVisible();
  await expect(page.getByTestId("anonymised-analysis")).toContainText("De-escalatie");
  const main = page.locator("main");
  for (const personal of [
    "Afrikaanderplein",
    "Karel Peeters",
    "Mo Haddou",
    "Olga Nowak",
    "tuig",
    "Vuurwerk en de buurtvaders",
  ]) {
    await expect(main).not.toContainText(personal);
  }
  await scan();
  for (const secret of ["Tarwewijk", "moskee", "petitie"]) {
    await page.goto(`/network?q=${secret}`);
    await expect(page.getByRole("heading", { level: 2, name: "Geen resultaten" })).toBeVisible();
  }
  await page.goto("/network?phase=RISING_TENSION&gameChanger=TOPIC");
  await expect(page.getByTestId("library-results")).not.toContainText("Rotterdam");
});

test("an unpublished lesson is not readable by another municipality", async ({ page, scan }) => {
  await signIn(page, DEMO_STAFF.gouda[1].email, scan);
  await page.goto("/network?q=onvindbaarwoord");
  await expect(page.getByRole("heading", { level: 2, name: "Geen resultaten" })).toBeVisible();
  await scan();
});

test("a visitor submits the intake form and an admin turns it into a trajectory", async ({ page, scan }) => {
  test.setTimeout(180_000);
  const contact = `Hanna Smit ${Date.now().toString(36)}`;
  await page.goto("/login");
  await page.getByRole("link", { name: /Geen account\?/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aanvraag indienen" })).toBeVisible();
  await scan();
  const form = page.getByRole("form", { name: "Aanvraag" });
  await form.getByLabel("Ondersteuning bij polarisatie in onze gemeente").check();
  await form.getByLabel("Gemeente", { exact: true }).fill("Gouda");
  await form.getByLabel("Uw functie of rol").fill("Wijkregisseur");
  await form.getByLabel("Uw naam").fill(contact);
  await form.getByLabel("E-mailadres", { exact: true }).fill("hanna.smit@gouda.test");
  await form
    .getByLabel("Uw vraag")
    .fill("Rond de jaarwisseling loopt de spanning tussen jongeren en buurtbewoners op. Kunnen jullie meedenken?");
  await form.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(page.getByRole("status")).toHaveText("Dank u wel. Uw aanvraag is ontvangen; we nemen contact met u op.");
  await scan();

  await signIn(page, DEMO_ADMIN.email, scan);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Aanvragen" }).click();
  await scan();
  const item = page.getByTestId("intake-list").locator("tbody > tr", { hasText: contact });
  await expect(item).toContainText("nieuw");
  await item.getByRole("link", { name: "Ondersteuning bij polarisatie in onze gemeente" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aanvraag van Gouda" })).toBeVisible();
  await scan();

  const move = page.getByRole("form", { name: "Status wijzigen" });
  await move.getByLabel("Nieuwe status").selectOption({ label: "in contact" });
  await move.getByRole("button", { name: "Status opslaan" }).click();
  await expect(page.getByTestId("intake-status")).toHaveText("in contact");

  const convert = page.getByRole("form", { name: "Omzetten in een traject" });
  await expect(convert.getByLabel("Gemeente", { exact: true })).toHaveValue(/.+/);
  await convert
    .getByLabel("Hoofdtrainer")
    .selectOption({ label: `${DEMO_TRAINERS[1].name} (${["Deventer", "Genk", "Gouda"].join(", ")})` });
  await convert.getByLabel("Titel van het traject").fill("Gouda – jaarwisseling zonder wij-zij");
  await convert.getByRole("button", { name: "Traject aanmaken" }).click();
  await expect(page.getByTestId("intake-status")).toHaveText("ingepland");
  await expect(page.getByTestId("intake-trajectory")).toHaveText("Traject: Gouda – jaarwisseling zonder wij-zij");
  await scan();
});

test("an admin adds a practice example to the interventions catalogue; every user reads it by category", async ({
  page,
  scan,
}) => {
  test.setTimeout(120_000);
  const title = `Buurtcafé als neutrale plek ${Date.now().toString(36)}`;
  await signIn(page, DEMO_ADMIN.email, scan);
  await (await networkLink(page, "Interventies")).click();
  await expect(page.getByRole("heading", { level: 1, name: "Interventiecatalogus" })).toBeVisible();
  await expect(page.getByTestId("intervention-list")).toContainText("Jongeren en wijkagent aan één tafel");
  await scan();
  const form = page.getByRole("form", { name: "Interventie toevoegen" });
  await form.getByLabel("Categorie").selectOption({ label: "Ontmoeting en begrip op straat-, plein- en wijkniveau" });
  await form.getByLabel("Titel").fill(title);
  await form.getByLabel("Doel", { exact: true }).fill("Een plek waar beide kanten zonder publiek kunnen praten.");
  await form.getByLabel("Vorm van polarisatie waar het op ingrijpt").fill("Wij-zij rond een nieuwe moskee in de wijk.");
  await form
    .getByLabel("Korte beschrijving")
    .fill("Een buurtcafé organiseert maandelijks een tafel voor bewoners met verschillende standpunten.");
  await form.getByRole("button", { name: "Interventie opslaan" }).click();
  await expect(form.getByRole("status")).toHaveText("De interventie is opgeslagen.");
  await signOut(page);

  await signIn(page, DEMO_STAFF.genk[1].email, scan);
  await page.goto("/interventions");
  const filter = page.getByRole("form", { name: "Categorie" });
  await filter
    .getByRole("combobox", { name: "Categorie" })
    .selectOption({ label: "Ontmoeting en begrip op straat-, plein- en wijkniveau" });
  await filter.getByRole("button", { name: "Tonen" }).click();
  await expect(page.getByTestId("intervention-list")).toContainText(title);
  await expect(page.getByTestId("intervention-list")).not.toContainText("Jongeren en wijkagent aan één tafel");
  await expect(page.getByRole("form", { name: "Interventie toevoegen" })).toHaveCount(0);
  await scan();
});
