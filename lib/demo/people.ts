import type { WorkField } from "@/lib/generated/prisma/client";

export const DEMO_PASSWORD = "Middengrond-demo";

export type DemoPerson = { name: string; email: string; workField: WorkField; jobTitle: string };

const person = (name: string, domain: string, workField: WorkField, jobTitle: string): DemoPerson => ({
  name,
  email: `${name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z]+/g, ".")}@${domain}`,
  workField,
  jobTitle,
});

export const DEMO_MUNICIPALITIES = [
  { key: "deventer", name: "Deventer", country: "NL", code: "GM0150", region: "Overijssel", namedInNetwork: true },
  { key: "rotterdam", name: "Rotterdam", country: "NL", code: "GM0599", region: "Zuid-Holland", namedInNetwork: true },
  { key: "gouda", name: "Gouda", country: "NL", code: "GM0513", region: "Zuid-Holland", namedInNetwork: false },
  { key: "genk", name: "Genk", country: "BE", code: "71016", region: "Limburg", namedInNetwork: true },
] as const;

export type DemoMunicipalityKey = (typeof DEMO_MUNICIPALITIES)[number]["key"];

export const DEMO_COORDINATORS: Record<DemoMunicipalityKey, DemoPerson> = {
  deventer: person("Erik Jansen", "deventer.test", "OOV", "Coördinator polarisatie en radicalisering"),
  rotterdam: person("Naima El Idrissi", "rotterdam.test", "SOCIAL_DOMAIN", "Programmamanager samenleven"),
  gouda: person("Marloes de Graaf", "gouda.test", "OOV", "Adviseur openbare orde en veiligheid"),
  genk: person("Lien Claes", "genk.test", "SOCIAL_DOMAIN", "Coördinator samenleven"),
};

export const DEMO_STAFF: Record<DemoMunicipalityKey, DemoPerson[]> = {
  deventer: [
    person("Fatima Bouzid", "deventer.test", "YOUTH_WORK", "Jongerenwerker"),
    person("Daan Visser", "deventer.test", "POLICE", "Wijkagent"),
    person("Sophie Mulder", "deventer.test", "EDUCATION", "Docent burgerschap"),
    person("Mehmet Yilmaz", "deventer.test", "SOCIAL_DOMAIN", "Wijkcoach"),
    person("Anouk Bakker", "deventer.test", "CARE", "Maatschappelijk werker"),
    person("Thijs de Boer", "deventer.test", "HOUSING", "Wijkconsulent woningcorporatie"),
    person("Esra Kaya", "deventer.test", "OOV", "Beleidsadviseur OOV"),
    person("Ruben Smit", "deventer.test", "YOUTH_WORK", "Ambulant jongerenwerker"),
    person("Lotte Hendriks", "deventer.test", "EDUCATION", "Mentor voortgezet onderwijs"),
    person("Youssef Amrani", "deventer.test", "SOCIAL_DOMAIN", "Opbouwwerker"),
    person("Inge Kuipers", "deventer.test", "SOCIAL_DOMAIN", "Beleidsmedewerker MO"),
    person("Bram Willems", "deventer.test", "POLICE", "Jeugdagent"),
    person("Noor van Dijk", "deventer.test", "CARE", "GGD-verpleegkundige"),
    person("Kees Vermeulen", "deventer.test", "OTHER", "Buurtbemiddelaar"),
    person("Sara Bos", "deventer.test", "EDUCATION", "Intern begeleider basisschool"),
    person("Milan de Jong", "deventer.test", "OOV", "Handhaver"),
  ],
  rotterdam: [
    person("Jasper van Leeuwen", "rotterdam.test", "POLICE", "Wijkagent Feijenoord"),
    person("Samira Haddou", "rotterdam.test", "YOUTH_WORK", "Jongerenwerker"),
    person("Pieter de Vries", "rotterdam.test", "EDUCATION", "Schoolleider"),
    person("Olga Nowak", "rotterdam.test", "SOCIAL_DOMAIN", "Wijkteammedewerker"),
    person("Hamza Ouali", "rotterdam.test", "OOV", "Gebiedsadviseur"),
  ],
  gouda: [
    person("Tim Brouwer", "gouda.test", "YOUTH_WORK", "Jongerenwerker"),
    person("Karin Dekker", "gouda.test", "HOUSING", "Woonconsulent"),
    person("Ilias Benali", "gouda.test", "POLICE", "Wijkagent"),
    person("Evi Koster", "gouda.test", "EDUCATION", "Docent mbo"),
  ],
  genk: [
    person("Jens Vanhoof", "genk.test", "POLICE", "Wijkinspecteur"),
    person("Ayse Demir", "genk.test", "YOUTH_WORK", "Jeugdwerker"),
    person("Wouter Jacobs", "genk.test", "EDUCATION", "Leerkracht secundair onderwijs"),
    person("Elif Arslan", "genk.test", "SOCIAL_DOMAIN", "Straathoekwerker"),
  ],
};

/**
 * Two Deventer graduates of the first cohort who are not (yet) in the pool: they joined
 * that cohort late by a trainer's exception (R3) and were present at both of its
 * sessions, so the coordinator can add them (R14).
 */
export const DEMO_DEVENTER_GRADUATES: DemoPerson[] = [
  person("Mila Ramdin", "deventer.test", "SOCIAL_DOMAIN", "Buurtverbinder"),
  person("Joost van Dam", "deventer.test", "HOUSING", "Wijkbeheerder"),
];

export const DEMO_ADMIN = { name: "Femke de Wit", email: "beheer@middengrond.test" };
export const DEMO_TRAINERS = [
  { name: "Sanne Verhoeven", email: "sanne.verhoeven@middengrond.test", municipalities: ["deventer", "rotterdam"] },
  { name: "Joris Peeters", email: "joris.peeters@middengrond.test", municipalities: ["gouda", "genk", "deventer"] },
] as const;
