import type { Db } from "@/lib/db/client";
import type { CohortReach, ProgrammeEnd, StepScope } from "@/lib/generated/prisma/client";

type StepSeed = {
  kind: string;
  scope: StepScope;
  labelNl: string;
  labelEn: string;
  defaultMinutes: number;
  minMinutes: number;
  maxMinutes: number;
  minGapDays?: number;
  capacity?: number;
  repeatable?: boolean;
  isIntro?: boolean;
  countsForCompletion?: boolean;
  countsForEligibility?: boolean;
  caseDueDaysBefore?: number;
  isIntervisie?: boolean;
};

type TemplateSeed = {
  key: string;
  nameNl: string;
  nameEn: string;
  descriptionNl: string;
  descriptionEn: string;
  isDefault?: boolean;
  introRequired?: boolean;
  cohortReach?: CohortReach;
  endsIn?: ProgrammeEnd;
  steps: StepSeed[];
};

/** Presence at these steps completes the cohort and makes a graduate eligible (R14). */
const GRADUATING = { countsForCompletion: true, countsForEligibility: true } as const;

const INTERVISIE: StepSeed = {
  kind: "INTERVISIE",
  scope: "POOL",
  labelNl: "Intervisie",
  labelEn: "Peer consultation (intervisie)",
  defaultMinutes: 120,
  minMinutes: 60,
  maxMinutes: 180,
  repeatable: true,
  isIntervisie: true,
};

/**
 * The four seed programmes of docs/domain.md "Templates". They are data: the setup inserts the
 * ones that are missing and never overwrites one; admins change them in the template
 * editor (/admin/templates), which makes a new version when trajectories use one.
 */
export const TEMPLATE_SEEDS: TemplateSeed[] = [
  {
    key: "denkkader-polarisatie",
    isDefault: true,
    introRequired: true,
    endsIn: "POOL",
    nameNl: "Denkkader Polarisatie",
    nameEn: "Polarisation thinking framework",
    descriptionNl:
      "Introductiebijeenkomst (± 2 uur) voor een grote groep, daarna per trainingsgroep van hoogstens 16 een trainingsdag en een verdiepingsdagdeel met eigen casuïstiek; de afgestudeerden vormen een interne pool die met intervisie verdergaat.",
    descriptionEn:
      "Introduction meeting (about 2 hours) for a large group, then per cohort of at most 16 a training day and a deepening half-day with real cases; graduates form an internal pool that continues with intervisie.",
    steps: [
      {
        kind: "INTRO",
        scope: "TRAJECTORY",
        labelNl: "Introductiebijeenkomst",
        labelEn: "Introduction meeting",
        defaultMinutes: 120,
        minMinutes: 90,
        maxMinutes: 180,
        capacity: 120,
        isIntro: true,
      },
      {
        kind: "TRAINING_DAY",
        scope: "COHORT",
        labelNl: "Trainingsdag",
        labelEn: "Training day",
        defaultMinutes: 420,
        minMinutes: 360,
        maxMinutes: 510,
        ...GRADUATING,
        caseDueDaysBefore: 0,
      },
      {
        kind: "DEEPENING",
        scope: "COHORT",
        labelNl: "Verdiepingsdagdeel",
        labelEn: "Deepening half-day",
        defaultMinutes: 210,
        minMinutes: 180,
        maxMinutes: 270,
        minGapDays: 7,
        ...GRADUATING,
      },
      INTERVISIE,
    ],
  },
  {
    key: "polarisatiestrateeg",
    cohortReach: "SEVERAL_MUNICIPALITIES",
    endsIn: "ALUMNI_NETWORK",
    nameNl: "Opleiding polarisatiestrateeg",
    nameEn: "Polarisation strategist course",
    descriptionNl:
      "Drie dagdelen met weken ertussen: denkkader en gedeelde taal, een gepolariseerde situatie analyseren, persoonlijke vaardigheden. Beperkte plaatsen, gemengde sectoren; alumni blijven in het netwerk en doen intervisie op echte casuïstiek.",
    descriptionEn:
      "Three half-days, weeks apart: framework and shared language, analysing a polarised situation, personal skills. Limited places, mixed sectors; alumni stay in the network and do intervisie on real cases.",
    steps: [
      {
        kind: "FRAMEWORK",
        scope: "COHORT",
        labelNl: "Denkkader en gedeelde taal",
        labelEn: "Framework and shared language",
        defaultMinutes: 210,
        minMinutes: 180,
        maxMinutes: 270,
        ...GRADUATING,
      },
      {
        kind: "ANALYSIS",
        scope: "COHORT",
        labelNl: "Een gepolariseerde situatie analyseren",
        labelEn: "Analysing a polarised situation",
        defaultMinutes: 210,
        minMinutes: 180,
        maxMinutes: 270,
        minGapDays: 14,
        ...GRADUATING,
        caseDueDaysBefore: 7,
      },
      {
        kind: "SKILLS",
        scope: "COHORT",
        labelNl: "Persoonlijke vaardigheden",
        labelEn: "Personal skills",
        defaultMinutes: 210,
        minMinutes: 180,
        maxMinutes: 270,
        minGapDays: 14,
        ...GRADUATING,
      },
      INTERVISIE,
    ],
  },
  {
    key: "strategie-ondersteuning",
    nameNl: "Ondersteuning depolarisatiestrategie",
    nameEn: "Depolarisation strategy support",
    descriptionNl:
      "Over enkele weken, met een kleine groep ter plaatse: situatieverheldering (welke polarisatie, is het eigenlijk een conflict?), strategie (formeel en informeel netwerk, bestaande initiatieven, risico's, communicatie, eigen rol), actieplan (korte en lange termijn) en opvolging van de uitrol.",
    descriptionEn:
      "Over several weeks, with a small group on site: situation clarification (which polarisation, is it really a conflict?), strategy (formal and informal network, existing initiatives, risks, communication, own role), action plan (short and long term) and follow-up on rollout.",
    steps: [
      {
        kind: "SITUATION",
        scope: "COHORT",
        labelNl: "Situatieverheldering",
        labelEn: "Situation clarification",
        defaultMinutes: 180,
        minMinutes: 90,
        maxMinutes: 240,
        countsForCompletion: true,
      },
      {
        kind: "STRATEGY",
        scope: "COHORT",
        labelNl: "Strategie",
        labelEn: "Strategy",
        defaultMinutes: 180,
        minMinutes: 90,
        maxMinutes: 240,
        minGapDays: 7,
        countsForCompletion: true,
      },
      {
        kind: "ACTION_PLAN",
        scope: "COHORT",
        labelNl: "Actieplan",
        labelEn: "Action plan",
        defaultMinutes: 180,
        minMinutes: 90,
        maxMinutes: 240,
        minGapDays: 7,
        countsForCompletion: true,
      },
      {
        kind: "FOLLOW_UP",
        scope: "COHORT",
        labelNl: "Opvolging uitrol",
        labelEn: "Follow-up on rollout",
        defaultMinutes: 120,
        minMinutes: 60,
        maxMinutes: 180,
        minGapDays: 21,
        countsForCompletion: true,
      },
    ],
  },
  {
    key: "lerend-netwerk",
    cohortReach: "SEVERAL_MUNICIPALITIES",
    nameNl: "Lerend netwerk",
    nameEn: "Learning network",
    descriptionNl:
      "Meerdere gemeenten samen: intakegesprekken in koppels van gemeenten, bijeenkomsten rond gedeelde dilemma's en na elke bijeenkomst een kennisproduct met lessen en successen. Partners zoals landelijke organisaties doen mee.",
    descriptionEn:
      "Several municipalities together: intake conversations in pairs of municipalities, meetings around shared dilemmas and a knowledge product after every meeting with lessons and successes. Partners such as national bodies take part.",
    steps: [
      {
        kind: "INTAKE",
        scope: "TRAJECTORY",
        labelNl: "Intakegesprek (koppel van gemeenten)",
        labelEn: "Intake conversation (pair of municipalities)",
        defaultMinutes: 90,
        minMinutes: 45,
        maxMinutes: 150,
        repeatable: true,
      },
      {
        kind: "NETWORK_MEETING",
        scope: "TRAJECTORY",
        labelNl: "Netwerkbijeenkomst rond gedeelde dilemma's",
        labelEn: "Network meeting on shared dilemmas",
        defaultMinutes: 180,
        minMinutes: 90,
        maxMinutes: 300,
        minGapDays: 14,
        capacity: 60,
        repeatable: true,
      },
    ],
  },
];

export async function ensureTemplates(prisma: Db) {
  for (const { steps, ...template } of TEMPLATE_SEEDS) {
    const exists = await prisma.trajectoryTemplate.findFirst({ where: { key: template.key }, select: { id: true } });
    if (exists) continue;
    await prisma.trajectoryTemplate.create({
      data: { ...template, steps: { create: steps.map((step, index) => ({ ...step, position: index + 1 })) } },
    });
  }
}
