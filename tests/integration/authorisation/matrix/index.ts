// The authorisation matrix (issue 7, docs/domain.md "Who uses it" and R20): every page, route
// handler and exported server action of app/, with the ability its code authorises with
// (lib/auth/policy.ts) and the actors allowed to use it on a record of municipality A.
// Every actor not listed is refused. completeness.test.ts fails for anything in app/
// without an entry; actions.test.ts, pages.test.ts and routes.test.ts call each entry as
// each actor and check the outcome; policy.test.ts checks the allowed actors against the
// policy's roles and the ability against the code.
//
// One file per area, so entries are added side by side without conflicts; how to add
// one: docs/decisions/0010-authorisation-matrix.md.
import * as accounts from "./accounts";
import * as admin from "./admin";
import * as cases from "./cases";
import * as certificates from "./certificates";
import * as interventions from "./interventions";
import * as learningNetwork from "./learning-network";
import * as municipalities from "./municipalities";
import * as network from "./network";
import * as peopleImport from "./people-import";
import * as pool from "./pool";
import * as recruitment from "./recruitment";
import * as signUp from "./sign-up";
import * as strategy from "./strategy";
import * as trajectories from "./trajectories";
import type { ActorName } from "../scenario";
import type { ActionEntries, PageEntries, RouteEntries } from "./entry";

export type { ActionCall, Authorisation, PageCall, RouteCall } from "./entry";

type Area = { ACTIONS?: ActionEntries; PAGES?: PageEntries; ROUTES?: RouteEntries };
const AREAS: Area[] = [
  accounts,
  admin,
  cases,
  certificates,
  interventions,
  learningNetwork,
  municipalities,
  network,
  peopleImport,
  pool,
  recruitment,
  signUp,
  strategy,
  trajectories,
];

/** One record of every area's entries; a key in two areas is a mistake. */
function merged<T>(parts: (Record<string, T> | undefined)[]): Record<string, T> {
  const all: Record<string, T> = {};
  for (const part of parts)
    for (const [key, entry] of Object.entries(part ?? {})) {
      if (key in all) throw new Error(`${key} is in the matrix twice`);
      all[key] = entry;
    }
  return all;
}

export const ACTIONS = merged(AREAS.map((area) => area.ACTIONS));
export const PAGES = merged(AREAS.map((area) => area.PAGES));
export const ROUTES = merged(AREAS.map((area) => area.ROUTES));
export const MATRIX = merged<{ calls: { variant?: string; allow: readonly ActorName[] }[] }>([ACTIONS, PAGES, ROUTES]);
