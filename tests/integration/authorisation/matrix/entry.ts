// The shape of the authorisation matrix's entries (./index.ts), the actors they allow and
// what their forms share.
import { randomUUID } from "node:crypto";
import type { Ability } from "@/lib/auth/policy";
import { toLocalInput } from "@/lib/sessions/time";
import type { Fields } from "../../../support/form";
import { ACTORS, type ActorName, type Scenario } from "../scenario";

/**
 * How the entry's code authorises: an ability of lib/auth/policy.ts (`serverAction({ ability })`,
 * `requireUser(ability)`), any signed-in person (`requireUser()`), or nobody in particular
 * (a public page or action: the link, the form or Auth.js decides).
 */
export type Authorisation = Ability | "signedIn" | "public";

type Call = {
  /** What this call is about, when an entry has more than one (e.g. own vs. foreign record). */
  variant?: string;
  /** Who docs/domain.md lets through; everyone else must be refused. */
  allow: readonly ActorName[];
  /** Why, where it is not obvious from the roles table (a decision, a rule). */
  why?: string;
};

/** A call of the action: the form a user of the page would send, as `actor`. May build records it consumes. */
export type ActionCall = Call & { form: (s: Scenario, actor: ActorName) => Promise<Fields> | Fields };
/** A call of the page: its route parameters (and query). */
export type PageCall = Call & {
  params?: (s: Scenario) => Record<string, string | string[]>;
  searchParams?: (s: Scenario) => Record<string, string>;
  /** The URL itself is the key (a secret token): whoever holds it reads what it shows, also someone of B. */
  bearer?: true;
};
/** A GET of the route handler: its route parameters and query string. */
export type RouteCall = Call & {
  params?: (
    s: Scenario,
    actor: ActorName,
  ) => Promise<Record<string, string | string[]>> | Record<string, string | string[]>;
  query?: (s: Scenario) => string;
  /** The URL itself is the key (a secret token): whoever holds it reads the owner's data. */
  bearer?: true;
  /** A POST (an upload) from a page of the app, with this body; GET otherwise. */
  method?: "POST";
  body?: (s: Scenario) => string;
};

/** Server actions: `action <file>#<export>`. */
export type ActionEntries = Record<string, { ability: Authorisation; calls: ActionCall[] }>;
/**
 * Pages: `page <route>`. Allowed: the page renders (or sends a signed-in user on to their
 * start page). Refused: a 404 (requireUser's wrong role, a foreign or unreadable record)
 * or, when not signed in, the redirect to /login.
 */
export type PageEntries = Record<string, { ability: Authorisation; calls: PageCall[] }>;
/** Route handlers: `route <route>` (GET, or the call's method). Allowed: 200. Refused: 401 or 404. They authorise in lib/, so name no ability. */
export type RouteEntries = Record<string, { calls: RouteCall[] }>;

// Who is who (../scenario.ts): records live in A; B is the foreign municipality.
export const everyone = ACTORS;
export const signedIn = ACTORS.filter((actor) => actor !== "anonymous");
export const ADMIN = ["admin"] as const;
/** Trainers plan where they are assigned; admins everywhere. */
export const PLANNERS_OF_A = ["admin", "trainerA"] as const;
export const STAFF = ["staffA", "colleagueA", "staffB"] as const;
export const STAFF_OF_A = ["staffA", "colleagueA"] as const;
export const COORDINATORS = ["coordinatorA", "coordinatorB"] as const;
export const TRAINERS_AND_ADMIN = ["admin", "trainerA", "trainerB"] as const;
/** Strategy support editors of A: admins, its trainers and its coordinator. */
export const STRATEGISTS_OF_A = ["admin", "trainerA", "coordinatorA"] as const;
/** People of a learning network organised by A with B as partner: its and B's staff and coordinators. */
export const NETWORK_PEOPLE = ["staffA", "colleagueA", "coordinatorA", "staffB", "coordinatorB"] as const;

/** A date as the form's date and time fields. */
export const when = (date: Date) => toLocalInput(date);
/** A short unique suffix for names that must not repeat. */
export const unique = () => randomUUID().slice(0, 8);
