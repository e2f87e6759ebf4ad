import type { Db } from "@/lib/db/client";
import type { InterventionCategory } from "@/lib/generated/prisma/client";

type InterventionSeed = {
  key: string;
  category: InterventionCategory;
  title: string;
  aim: string;
  polarisationForm: string;
  description: string;
};

/**
 * Practice examples, one or two per category of the national analysis guide. Data, not
 * code: the setup inserts missing ones by key and never overwrites an admin's edits.
 */
export const INTERVENTION_SEEDS: InterventionSeed[] = [
  {
    key: "keukentafelgesprekken",
    category: "LIVING_ENVIRONMENT",
    title: "Keukentafelgesprekken in de straat",
    aim: "Buren die elkaar niet meer spreken weer met elkaar in gesprek brengen over hun eigen zorgen.",
    polarisationForm: "Wij-zij tussen buren na een incident of een besluit over de buurt.",
    description:
      "Een opbouwwerker of buurtbemiddelaar nodigt per straat een paar huishoudens uit aan de keukentafel. Het gesprek gaat over wat de bewoners zelf merken en willen, niet over de tegenpartij.",
  },
  {
    key: "ontmoeting-op-het-plein",
    category: "NEIGHBOURHOOD",
    title: "Ontmoeting op het plein",
    aim: "Ontmoeting organiseren op een plek waar groepen elkaar anders alleen passeren.",
    polarisationForm: "Spanning tussen groepen rond een gedeelde openbare ruimte.",
    description:
      "Een reeks laagdrempelige activiteiten (koffie, sport, een markt) op het plein, samen met bewoners en ondernemers opgezet. De stille middengroep is de doelgroep, niet de trekkers.",
  },
  {
    key: "jongeren-en-wijkagent",
    category: "YOUTH",
    title: "Jongeren en wijkagent aan één tafel",
    aim: "Het beeld dat jongeren en politie van elkaar hebben bijstellen via een gezamenlijke activiteit.",
    polarisationForm: "Wij-zij tussen jongeren en politie.",
    description:
      "Jongerenwerk en politie organiseren samen een activiteit die de jongeren zelf kiezen (een toernooi, een kookavond). Jongeren met een voorbeeldrol helpen; afspraken over omgangsvormen worden samen gemaakt.",
  },
  {
    key: "weerbare-klas",
    category: "YOUTH",
    title: "De klas als oefenplaats voor het gesprek",
    aim: "Leerlingen leren een lastig gesprek te voeren zonder kamp te kiezen.",
    polarisationForm: "Polarisatie in de klas rond een internationaal conflict of identiteit.",
    description:
      "Docenten krijgen handvatten om een gesprek te begeleiden vanuit de positie in het midden; leerlingen oefenen met luisteren en vragen stellen. Ouders worden geïnformeerd over de aanpak.",
  },
  {
    key: "buurtnetwerk-signalen",
    category: "SOCIAL_CONTROL",
    title: "Buurtnetwerk dat signalen deelt",
    aim: "Vroeg zien wanneer spanning oploopt en samen optreden voordat het escaleert.",
    polarisationForm: "Oplopende spanning die zich eerst online of in kleine incidenten laat zien.",
    description:
      "Sleutelfiguren (huismeester, ondernemer, voorzitter van een vereniging, wijkagent) delen periodiek wat zij zien. Afspraken over wie wat doet versterken de sociale controle en het gevoel van veiligheid.",
  },
  {
    key: "gemeentebrede-taal",
    category: "MUNICIPALITY_WIDE",
    title: "Gemeentebrede gedeelde taal over polarisatie",
    aim: "Professionals in alle domeinen dezelfde taal en handelingsperspectieven geven.",
    polarisationForm: "Terugkerende polarisatie rond verschillende thema's in de hele gemeente.",
    description:
      "Een programma met trainingen in het denkkader voor OOV, sociaal domein, onderwijs en politie, een interne pool van specialisten en een vaste plek voor intervisie. Witte vlekken in beleid worden jaarlijks besproken.",
  },
];

export async function ensureInterventions(prisma: Db) {
  for (const seed of INTERVENTION_SEEDS) {
    await prisma.intervention.upsert({ where: { key: seed.key }, create: seed, update: {} });
  }
}
