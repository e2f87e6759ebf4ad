// Who may do what: every ability of the platform, in the domain's words, with the roles
// that may ever use it and what beyond the role decides (its scope). docs/domain.md ("Who uses
// it" and the rules) describes the same in prose; the authorisation matrix
// (tests/integration/authorisation) proves it from outside, call by call.
//
// The role is checked where a request enters (serverAction, requireUser); the scope is
// checked by the use case or read model, inside its transaction, against the record.
import type { Role } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db/client";
import { AccessDenied } from "@/lib/errors";
import { accessibleMunicipalityIds, canAccessMunicipality, type Actor } from "./access";

/** What decides, beyond the role, whether the actor may act on a particular record. */
export type Scope =
  /** Nothing beyond the role: the platform as a whole, or the actor's own account and data. */
  | "role"
  /** R20: a municipality the actor may access — admins every one, trainers where assigned, others their own. */
  | "municipality"
  /** R11/R13 on the case itself (lib/cases/rules.ts: caseReadLevel, canEditCase, canManagePlan, canShareCase). */
  | "case"
  /** Who leads a session's cases: its trainers, or for intervisie its pool's coordinator (lib/cases/rules.ts: leadsSessionCases). */
  | "session"
  /** The organiser and partner municipalities of a learning network (lib/learning-network/rules.ts). */
  | "network";

type Rule = { roles: readonly Role[]; scope: Scope };

const ADMIN = ["ADMIN"] as const;
const PLANNERS = ["ADMIN", "TRAINER"] as const;
const STAFF = ["STAFF"] as const;
const COORDINATOR = ["COORDINATOR"] as const;
const CASE_WRITERS = ["STAFF", "COORDINATOR"] as const;
const EVERYONE = ["ADMIN", "TRAINER", "COORDINATOR", "STAFF"] as const;

export const POLICY = {
  // Operating the platform (the admin; least privilege: no case text, no pool work)
  manageMunicipalities: { roles: ADMIN, scope: "role" },
  manageTemplates: { roles: ADMIN, scope: "role" },
  managePeople: { roles: ADMIN, scope: "role" },
  importPeople: { roles: ["ADMIN", "COORDINATOR"], scope: "municipality" }, // staff from a file: admins anywhere, a coordinator their own
  handleIntake: { roles: ADMIN, scope: "role" },
  readAudit: { roles: ADMIN, scope: "role" },
  readOutbox: { roles: ADMIN, scope: "role" },
  retryFailedMail: { roles: ADMIN, scope: "role" },
  manageInterventions: { roles: ADMIN, scope: "role" },

  // Running trajectories (trainers where they are assigned; admins everywhere)
  planTrajectory: { roles: PLANNERS, scope: "municipality" },
  planCohort: { roles: PLANNERS, scope: "municipality" },
  placeApplicants: { roles: PLANNERS, scope: "municipality" },
  planSession: { roles: PLANNERS, scope: "municipality" },
  recordAttendance: { roles: PLANNERS, scope: "municipality" },
  recordMakeUp: { roles: PLANNERS, scope: "municipality" }, // an absence resolved for completing the cohort (ADR 0024)
  writeSessionNotes: { roles: PLANNERS, scope: "municipality" },
  organiseLearningNetwork: { roles: PLANNERS, scope: "municipality" },
  readDashboards: { roles: PLANNERS, scope: "municipality" }, // side by side, their municipalities (R20)
  followMunicipalitySchedule: { roles: ["ADMIN", "TRAINER", "COORDINATOR"], scope: "municipality" }, // its sessions beyond one's own (a calendar file)

  // Cases (casuïstiek)
  readCase: { roles: EVERYONE, scope: "case" }, // R13 decides how much: admins only the anonymised analysis
  submitOwnCases: { roles: STAFF, scope: "role" }, // their own list and a new case
  readTrainedCases: { roles: ["TRAINER"], scope: "case" }, // shared with the trainers who train them
  writeCase: { roles: CASE_WRITERS, scope: "case" }, // R11: the author and the coordinator, until discussed
  managePlan: { roles: CASE_WRITERS, scope: "case" }, // the author and the coordinator; an action's owner its status
  shareCase: { roles: CASE_WRITERS, scope: "case" }, // R13: the author alone chooses who reads
  discussCase: { roles: ["TRAINER", "COORDINATOR"], scope: "session" }, // bring cases into a session, advise

  // The municipality's own work (its coordinator)
  coordinateMunicipality: { roles: COORDINATOR, scope: "municipality" }, // their start page and dashboard
  managePool: { roles: COORDINATOR, scope: "municipality" }, // R14–R16: members and intervisie; no admin (ADR 0010)
  publishLesson: { roles: COORDINATOR, scope: "municipality" },
  nameInNetwork: { roles: COORDINATOR, scope: "municipality" },
  readReports: { roles: ["ADMIN", "TRAINER", "COORDINATOR"], scope: "municipality" }, // the council report, CSV exports
  offerSignUpLink: { roles: COORDINATOR, scope: "municipality" }, // an intro's sign-up link for the municipality's staff (ADR 0032)

  // Taking part (staff)
  registerForIntro: { roles: STAFF, scope: "municipality" },
  applyForCohort: { roles: STAFF, scope: "municipality" },
  withdrawApplication: { roles: STAFF, scope: "role" },
  followOwnSchedule: { roles: STAFF, scope: "role" },
  checkInAtSession: { roles: STAFF, scope: "municipality" }, // with the code at the door: only where expected (R9, R15), while open (R10)
  joinNetworkMeeting: { roles: CASE_WRITERS, scope: "network" },
  // R20: a participant their own certificate of a completed cohort; their coordinator those of the municipality's people (ADR 0027)
  downloadCertificate: { roles: CASE_WRITERS, scope: "municipality" },

  // Sharing and strategy
  readLesson: { roles: EVERYONE, scope: "municipality" },
  writeLesson: { roles: ["ADMIN", "TRAINER", "COORDINATOR"], scope: "municipality" },
  readNetwork: { roles: EVERYONE, scope: "role" },
  readStrategy: { roles: EVERYONE, scope: "municipality" },
  editStrategy: { roles: ["ADMIN", "TRAINER", "COORDINATOR"], scope: "municipality" },

  // Everyone's own account
  useOwnAccount: { roles: EVERYONE, scope: "role" },
} as const satisfies Record<string, Rule>;

export type Ability = keyof typeof POLICY;

/** The roles that may ever use `ability` (the matrix compares its allowed actors with these). */
export const rolesFor = (ability: Ability): readonly Role[] => POLICY[ability].roles;

/** Whether `actor`'s role may use `ability` at all; the record's scope is checked by the use case. */
export function may(actor: Pick<Actor, "role"> | null, ability: Ability): boolean {
  return actor !== null && rolesFor(ability).includes(actor.role);
}

export function assertMay(actor: Pick<Actor, "role"> | null, ability: Ability): void {
  if (!may(actor, ability)) throw new AccessDenied();
}

/** The role and R20 together: may `actor` use `ability` on a record of `municipalityId`? */
export async function mayIn(prisma: Db | Tx, actor: Actor, ability: Ability, municipalityId: string) {
  return may(actor, ability) && (await canAccessMunicipality(prisma, actor, municipalityId));
}

export async function assertMayIn(prisma: Db | Tx, actor: Actor, ability: Ability, municipalityId: string) {
  if (!(await mayIn(prisma, actor, ability, municipalityId))) throw new AccessDenied();
}

/** R20 as a list: the municipalities where `actor` may use `ability` ("all" for admins), none when the role may not. */
export async function municipalitiesFor(prisma: Db | Tx, actor: Actor, ability: Ability): Promise<string[] | "all"> {
  return may(actor, ability) ? accessibleMunicipalityIds(prisma, actor) : [];
}
