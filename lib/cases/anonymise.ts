// R13 "shared anonymised with the network": only the analysis, never names.
import type {
  CaseNature,
  CasePhase,
  CaseSetting,
  CaseStatus,
  GameChanger,
  PolarisationRole,
} from "@/lib/generated/prisma/client";

/**
 * Every field of a case, sorted by whether it may leave the municipality. Free text is
 * personal by default: people write names, streets and schools into it. The one
 * exception is `networkSummary`, which the author writes for the network on purpose,
 * with a warning not to name anyone (the form says so).
 */
export const CASE_FIELD_PRIVACY = {
  shared: [
    "id",
    "nature",
    "phase",
    "setting",
    "gameChangers",
    "roles.role",
    "roles.position",
    "networkSummary",
    "submittedAt",
  ],
  personal: [
    "title",
    "situation",
    "poleA",
    "poleB",
    "location",
    "fuel",
    "tried",
    "roles.description",
    "authorId",
    "author",
    "workField", // in a small municipality the work field points to the author
    "trajectoryId",
    "sessions",
    "advice",
    "agreedActions",
    "actionPlan",
  ],
} as const;

export type CaseForAnonymising = {
  id: string;
  nature: CaseNature | null;
  phase: CasePhase | null;
  setting: CaseSetting | null;
  gameChangers: GameChanger[];
  networkSummary: string | null;
  submittedAt: Date | null;
  status: CaseStatus;
  roles: { role: PolarisationRole; position: number }[];
  municipality: { name: string; namedInNetwork: boolean };
};

export type AnonymisedCase = {
  id: string;
  nature: CaseNature | null;
  phase: CasePhase | null;
  setting: CaseSetting | null;
  gameChangers: GameChanger[];
  summary: string | null;
  /** Month of submission only (yyyy-mm): an exact date can point to a person. */
  submittedMonth: string | null;
  roles: { role: PolarisationRole; position: number }[];
  /** Only when the municipality chose to be named in the network. */
  municipalityName: string | null;
};

/** What a reader outside the case's municipality sees. Builds a new object field by field. */
export function anonymisedCase(item: CaseForAnonymising): AnonymisedCase {
  return {
    id: item.id,
    nature: item.nature,
    phase: item.phase,
    setting: item.setting,
    gameChangers: [...item.gameChangers],
    summary: item.networkSummary,
    submittedMonth: item.submittedAt ? item.submittedAt.toISOString().slice(0, 7) : null,
    roles: item.roles.map(({ role, position }) => ({ role, position })),
    municipalityName: item.municipality.namedInNetwork ? item.municipality.name : null,
  };
}

/** The Prisma select that loads exactly what anonymisedCase needs (nothing personal leaves the DB). */
export const anonymisedCaseSelect = {
  id: true,
  nature: true,
  phase: true,
  setting: true,
  gameChangers: true,
  networkSummary: true,
  submittedAt: true,
  status: true,
  roles: { select: { role: true, position: true }, orderBy: { position: "asc" } },
  municipality: { select: { name: true, namedInNetwork: true } },
} as const;
