// Rules for casuïstiek (docs/domain.md R11, R13, R20, R22): pure functions, no I/O. They
// decide the "case" and "session" scopes of lib/auth/policy.ts; the roles come from there.
import type { Actor } from "@/lib/auth/access";
import { may } from "@/lib/auth/policy";
import type {
  ActionStatus,
  CaseNature,
  CasePhase,
  CaseSetting,
  CaseStatus,
  Confidentiality,
  GameChanger,
  PolarisationRole,
} from "@/lib/generated/prisma/client";

/** The life of a case, in order. */
export const CASE_STATUS_FLOW: readonly CaseStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "SCHEDULED",
  "DISCUSSED",
  "FOLLOW_UP",
  "CLOSED",
];

export const POLARISATION_ROLES: readonly PolarisationRole[] = [
  "PUSHER",
  "JOINER",
  "SILENT_MIDDLE",
  "BRIDGE_BUILDER",
  "SCAPEGOAT",
];
export const GAME_CHANGERS: readonly GameChanger[] = ["TARGET_GROUP", "TOPIC", "POSITION", "TONE"];

/**
 * The transitions a case may make and what causes them:
 * submit (author), link to a session, record advice, start the action plan, close.
 * Unlinking the last session takes a scheduled case back to submitted.
 */
const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  DRAFT: ["SUBMITTED"],
  SUBMITTED: ["SCHEDULED", "DISCUSSED"],
  SCHEDULED: ["SUBMITTED", "DISCUSSED"],
  DISCUSSED: ["FOLLOW_UP", "CLOSED"],
  FOLLOW_UP: ["CLOSED"],
  CLOSED: [],
};

export function canTransition(from: CaseStatus, to: CaseStatus) {
  return TRANSITIONS[from].includes(to);
}

/** R11: a case can be changed until it has been discussed. */
export function isEditableStatus(status: CaseStatus) {
  return status === "DRAFT" || status === "SUBMITTED" || status === "SCHEDULED";
}

/** A case can be brought into a session once submitted, and again after discussion. */
export function isLinkableStatus(status: CaseStatus) {
  return status !== "DRAFT" && status !== "CLOSED";
}

/** Actions are added once the case has been discussed. */
export function acceptsActions(status: CaseStatus) {
  return status === "DISCUSSED" || status === "FOLLOW_UP";
}

/** The facts about one case and one actor that decide whether the actor may read it. */
export type CaseReadFacts = {
  case: { municipalityId: string; authorId: string | null; status: CaseStatus; confidentiality: Confidentiality };
  /** The actor trains the case's trajectory, or a session the case is linked to. */
  trainsCase: boolean;
  /** A trainer assigned to the case's municipality (R20). */
  assignedToMunicipality: boolean;
  /** The actor takes part in a session the case is linked to. */
  inLinkedSession: boolean;
  /** The actor is an active member of the case's municipality's specialist pool. */
  activePoolMember: boolean;
};

export type ReadLevel = "full" | "anonymised" | "none";

/**
 * R13 + R20: who reads a case, and how much.
 * - A draft is the author's alone (staff, or a coordinator who saved a checklist as a draft).
 * - Full text, within the case's municipality: the author, the municipality's
 *   coordinator, and staff who discuss it (participants of a session it is linked to,
 *   active members of the municipality's specialist pool).
 * - Confidentiality "trainers" or "network" adds the trainers of its trajectory (and of
 *   the sessions it was brought into), as long as they are assigned to the municipality.
 * - "network" adds, for every other signed-in user, the anonymised analysis only.
 * Admins operate the platform and read no case text (least privilege, docs/domain.md Privacy).
 */
export function caseReadLevel(actor: Actor, facts: CaseReadFacts): ReadLevel {
  const { case: item } = facts;
  const sameMunicipality = actor.municipalityId !== null && actor.municipalityId === item.municipalityId;
  if (item.status === "DRAFT") return isDraftAuthor(actor, item) ? "full" : "none";
  const shared = item.confidentiality === "NETWORK_ANONYMISED" ? "anonymised" : "none";
  switch (actor.role) {
    case "STAFF":
      if (sameMunicipality && (item.authorId === actor.id || facts.inLinkedSession || facts.activePoolMember))
        return "full";
      return shared;
    case "COORDINATOR":
      return sameMunicipality ? "full" : shared;
    case "TRAINER":
      if (item.confidentiality !== "MUNICIPALITY" && facts.trainsCase && facts.assignedToMunicipality) return "full";
      return shared;
    default:
      return shared;
  }
}

/** R11: the author and the municipality's coordinator edit, until the case is discussed. */
export function canEditCase(
  actor: Actor,
  item: { municipalityId: string; authorId: string | null; status: CaseStatus },
) {
  if (!may(actor, "writeCase") || !isEditableStatus(item.status)) return false;
  if (actor.municipalityId !== item.municipalityId) return false;
  if (actor.role === "STAFF") return item.authorId === actor.id;
  return actor.role === "COORDINATOR" && (item.status !== "DRAFT" || item.authorId === actor.id);
}

/** R11: staff, and their municipality's coordinator, write cases for their own municipality. */
export function mayWriteCase(actor: Actor): boolean {
  return may(actor, "writeCase") && actor.municipalityId !== null;
}

/** A draft is read only by its author, within their own municipality. */
function isDraftAuthor(actor: Actor, item: { municipalityId: string; authorId: string | null }) {
  return mayWriteCase(actor) && actor.municipalityId === item.municipalityId && item.authorId === actor.id;
}

/** The case owner and the coordinator turn advice into actions and close the case. */
export function canManagePlan(actor: Actor, item: { municipalityId: string; authorId: string | null }) {
  if (!may(actor, "managePlan") || actor.municipalityId !== item.municipalityId) return false;
  return actor.role === "COORDINATOR" || (actor.role === "STAFF" && item.authorId === actor.id);
}

/** Who may change an action's status: those who manage the plan, and the action's owner. */
export function canUpdateAction(
  actor: Actor,
  item: { municipalityId: string; authorId: string | null },
  ownerId: string | null,
) {
  return canManagePlan(actor, item) || (actor.municipalityId === item.municipalityId && ownerId === actor.id);
}

/** R13: the author alone chooses who reads their case (and writes its summary for the network). */
export function canShareCase(actor: Actor, item: { municipalityId: string; authorId: string | null }) {
  return may(actor, "shareCase") && actor.municipalityId === item.municipalityId && item.authorId === actor.id;
}

/** What decides whether an actor leads the cases of a session (brings them in, records advice). */
export type CaseWorkSession = {
  municipalityId: string;
  poolId: string | null;
  /** The actor is one of the session's trainers. */
  trainedByActor: boolean;
};

/**
 * The cases of a session are led by its trainers, or — for an intervisie of the pool —
 * by the municipality's coordinator (a cohort's sessions are the trainers').
 */
export function leadsSessionCases(actor: Actor, session: CaseWorkSession) {
  if (!may(actor, "discussCase")) return false;
  if (actor.role === "TRAINER") return session.trainedByActor;
  if (actor.role === "COORDINATOR") return session.poolId !== null && actor.municipalityId === session.municipalityId;
  return false;
}

/** Who can read a case with this confidentiality, as shown to the author (R13). */
export function readersOf(confidentiality: Confidentiality) {
  const readers = ["author", "coordinator", "participants", "pool"] as const;
  switch (confidentiality) {
    case "MUNICIPALITY":
      return { full: [...readers], anonymised: [] as const };
    case "TRAINERS":
      return { full: [...readers, "trainers"] as const, anonymised: [] as const };
    case "NETWORK_ANONYMISED":
      return { full: [...readers, "trainers"] as const, anonymised: ["network"] as const };
  }
}

/** The analysis a case needs before it can be submitted (not for a draft). */
export type SubmittableCase = {
  title: string;
  situation: string;
  nature: CaseNature | null;
  poleA: string | null;
  poleB: string | null;
  fuel: string | null;
  phase: CasePhase | null;
  setting: CaseSetting | null;
  confidentiality: Confidentiality;
  networkSummary: string | null;
  roles: { role: PolarisationRole; description: string }[];
};

export function missingForSubmit(item: SubmittableCase): string[] {
  const blank = (value: string | null) => !value || value.trim() === "";
  const missing: string[] = [];
  if (blank(item.title)) missing.push("title");
  if (blank(item.situation)) missing.push("situation");
  if (!item.nature) missing.push("nature");
  if (item.nature !== "CONFLICT") {
    if (blank(item.poleA)) missing.push("poleA");
    if (blank(item.poleB)) missing.push("poleB");
    if (blank(item.fuel)) missing.push("fuel");
    if (item.roles.length === 0) missing.push("roles");
  }
  if (!item.phase) missing.push("phase");
  if (!item.setting) missing.push("setting");
  if (item.confidentiality === "NETWORK_ANONYMISED" && blank(item.networkSummary)) missing.push("networkSummary");
  return missing;
}

/** The fields of a case's analysis, as the case form writes them. */
export const ANALYSIS_FIELDS = [
  "title",
  "situation",
  "nature",
  "poleA",
  "poleB",
  "location",
  "setting",
  "phase",
  "fuel",
  "tried",
  "gameChangers",
] as const;

/** What a case says: its analysis and its polarisation roles. */
export type CaseContent = {
  title: string;
  situation: string;
  nature: CaseNature | null;
  poleA: string | null;
  poleB: string | null;
  location: string | null;
  setting: CaseSetting | null;
  phase: CasePhase | null;
  fuel: string | null;
  tried: string | null;
  gameChangers: GameChanger[];
  roles: { role: PolarisationRole; description: string; position: number }[];
};

/** Who reads a case (R13): the level and the summary written for the network. */
export type CaseSharing = { confidentiality: Confidentiality; networkSummary: string | null };

/** The case form's content as it is stored: an empty situation is empty text, roles in the form's order. */
export function caseContent(input: Omit<CaseContent, "situation"> & { situation: string | null }): CaseContent {
  const analysis = Object.fromEntries(ANALYSIS_FIELDS.map((field) => [field, input[field]]));
  return {
    ...(analysis as Omit<CaseContent, "roles">),
    situation: input.situation ?? "",
    roles: input.roles.map(({ role, description, position }) => ({ role, description, position })),
  };
}

/**
 * The names of the fields a save changes, for the audit (R22: never their text). Only
 * the author's save changes who reads the case (R13).
 */
export function changedCaseFields(
  before: CaseContent & CaseSharing,
  after: CaseContent & CaseSharing,
  byAuthor: boolean,
): string[] {
  const differs = (field: keyof (CaseContent & CaseSharing)) =>
    JSON.stringify(before[field]) !== JSON.stringify(after[field]);
  return [
    ...ANALYSIS_FIELDS.filter(differs),
    ...(differs("roles") ? ["roles"] : []),
    ...(byAuthor ? (["confidentiality", "networkSummary"] as const).filter(differs) : []),
  ];
}

/** An action is overdue when it is still open after its due date (dates, not times). */
export function isOverdue(action: { status: ActionStatus; dueDate: Date | null }, today: Date) {
  if (!action.dueDate || action.status === "DONE" || action.status === "DROPPED") return false;
  return action.dueDate.toISOString().slice(0, 10) < today.toISOString().slice(0, 10);
}

/** The case status after the first action is added. */
export function statusAfterAction(status: CaseStatus): CaseStatus {
  return status === "DISCUSSED" ? "FOLLOW_UP" : status;
}

/** The case status after it is linked to a session. */
export function statusAfterLink(status: CaseStatus): CaseStatus {
  return status === "SUBMITTED" ? "SCHEDULED" : status;
}

/** The case status after advice was recorded for it. */
export function statusAfterAdvice(status: CaseStatus): CaseStatus {
  return status === "SUBMITTED" || status === "SCHEDULED" ? "DISCUSSED" : status;
}

/** Capitalised words that start a description rather than a name. */
const NOT_A_FIRST_NAME = new Set([
  "De",
  "Het",
  "Een",
  "Die",
  "Deze",
  "Dat",
  "Dit",
  "Zijn",
  "Haar",
  "Hun",
  "Onze",
  "Mijn",
  "The",
  "A",
  "An",
]);

/** Words in a role description that look like a person's name (a nudge, not a block). */
export function looksLikeNames(text: string): boolean {
  // Two capitalised words in a row, possibly joined by name particles: "Jan de Vries", "Fatima Bouzid".
  const pattern = /(\p{Lu}\p{Ll}+)(?:\s+(?:van|de|der|den|el|ter|ten|te|la|le|'t))*\s+\p{Lu}\p{Ll}+/gu;
  return [...text.matchAll(pattern)].some((match) => !NOT_A_FIRST_NAME.has(match[1]));
}

/** An action's owner is reminded from this many days before its due date. */
export const ACTION_DUE_LEAD_DAYS = 2;
/** After this many days overdue an action is no longer mailed about (the coordinator's overview shows it). */
export const ACTION_OVERDUE_MAIL_DAYS = 7;

/**
 * Which reminder an action's owner gets on local day `today` for an action due on local day
 * `dueDay`: "dueSoon" in the lead days up to the due day, "overdue" in the week after it,
 * none for finished or dropped actions. Each is sent once (its dedupe key holds the due date).
 */
export function actionReminder(today: number, dueDay: number, status: ActionStatus): "dueSoon" | "overdue" | null {
  if (status === "DONE" || status === "DROPPED") return null;
  if (today >= dueDay - ACTION_DUE_LEAD_DAYS && today <= dueDay) return "dueSoon";
  if (today > dueDay && today <= dueDay + ACTION_OVERDUE_MAIL_DAYS) return "overdue";
  return null;
}
