import type { Db } from "@/lib/db/client";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Demo data for the network library (issue 6): Rotterdam shared one case anonymised
 * with the network (R13) — its title, situation and roles name people and places, its
 * network summary does not — and keeps another within the municipality.
 */
export async function seedSharedCases(prisma: Db, ids: { municipalityId: string; authorId: string }) {
  const submittedAt = new Date(Date.now() - 30 * DAY);
  await prisma.case.create({
    data: {
      municipalityId: ids.municipalityId,
      authorId: ids.authorId,
      title: "Vuurwerk en de buurtvaders van het Afrikaanderplein",
      situation:
        "Rond oud en nieuw liepen de spanningen tussen jongeren en bewoners van het Afrikaanderplein op. Karel Peeters van de bewonersvereniging sprak van 'tuig'.",
      nature: "POLARISATION",
      poleA: "Bewoners die harde maatregelen willen",
      poleB: "Jongeren die zich weggezet voelen",
      location: "Afrikaanderplein",
      setting: "PUBLIC_SPACE",
      phase: "DEESCALATION",
      fuel: "Filmpjes van vuurwerk op sociale media",
      tried: "Extra toezicht van handhaving.",
      gameChangers: ["TARGET_GROUP", "POSITION"],
      workField: "SOCIAL_DOMAIN",
      confidentiality: "NETWORK_ANONYMISED",
      networkSummary:
        "Rond de jaarwisseling liep de spanning tussen jongeren en omwonenden op een plein op. Buurtvaders en jongerenwerk nodigden de stille middengroep uit voor een gesprek over veiligheid; de toon werd daarna rustiger.",
      status: "DISCUSSED",
      submittedAt,
      createdAt: submittedAt,
      roles: {
        create: [
          { role: "PUSHER", description: "Karel Peeters, voorzitter bewonersvereniging", position: 10 },
          { role: "SILENT_MIDDLE", description: "Ouders rond het plein", position: 50 },
          { role: "BRIDGE_BUILDER", description: "Buurtvader Mo Haddou", position: 60 },
        ],
      },
    },
  });
  await prisma.case.create({
    data: {
      municipalityId: ids.municipalityId,
      authorId: ids.authorId,
      title: "Moskeebouw en de petitie in de Tarwewijk",
      situation: "Een petitie tegen de uitbreiding van de moskee in de Tarwewijk zorgt voor felle reacties.",
      nature: "POLARISATION",
      phase: "RISING_TENSION",
      setting: "NEIGHBOURHOOD",
      gameChangers: ["TOPIC"],
      confidentiality: "MUNICIPALITY",
      status: "SUBMITTED",
      submittedAt: new Date(Date.now() - 5 * DAY),
      roles: { create: [{ role: "PUSHER", description: "De initiatiefnemer van de petitie", position: 5 }] },
    },
  });
}
