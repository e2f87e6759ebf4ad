// The matrix proves the policy from outside; this checks that the two agree. For every
// entry: the ability it names is the one its code authorises with, and the role of every
// signed-in actor it allows is among the roles the policy gives that ability.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { POLICY, rolesFor, type Ability } from "@/lib/auth/policy";
import { exportSource, fileOf } from "./discover";
import { ACTIONS, PAGES, type Authorisation } from "./matrix";
import { ACTOR_ROLES, type ActorName } from "./scenario";

type Entry = { ability: Authorisation; calls: { variant?: string; allow: readonly ActorName[] }[] };

const isAbility = (name: string): name is Ability => Object.hasOwn(POLICY, name);
const quoted = (name: string) => `"${name}"`;

/** The code behind a key: the exported action's own source, or the page's file. */
function codeOf(key: string): string {
  const source = fs.readFileSync(fileOf(key), "utf8");
  return key.startsWith("action ") ? exportSource(source, key.split("#")[1]) : source;
}

/** What the code authorises with, as the matrix names it. */
function authorisationIn(key: string, code: string): Authorisation[] {
  const pattern = key.startsWith("action ") ? /\bability:\s*"(\w+)"/g : /\brequireUser\(\s*(?:"(\w+)")?\s*\)/g;
  const found = [...code.matchAll(pattern)].map((match) => (match[1] ?? "signedIn") as Authorisation);
  return found.length > 0 ? [...new Set(found)] : ["public"];
}

/** Where an entry and the policy disagree, in words. */
export function disagreements(key: string, entry: Entry, code: string): string[] {
  const problems: string[] = [];
  const { ability } = entry;
  if (ability !== "signedIn" && ability !== "public" && !isAbility(ability))
    problems.push(`${key}: ${quoted(ability)} is no ability of lib/auth/policy.ts`);
  const used = authorisationIn(key, code);
  if (used.length !== 1 || used[0] !== ability)
    problems.push(`${key}: the matrix names ${quoted(ability)}, the code uses ${used.map(quoted).join(", ")}`);
  for (const call of entry.calls)
    for (const actor of call.allow) {
      const where = `${key}${call.variant ? ` (${call.variant})` : ""}: ${actor}`;
      if (actor === "anonymous") {
        if (ability !== "public") problems.push(`${where} is allowed, but ${quoted(ability)} needs a sign-in`);
      } else if (isAbility(ability) && !rolesFor(ability).includes(ACTOR_ROLES[actor]))
        problems.push(`${where} is allowed, but ${quoted(ability)} is not for ${ACTOR_ROLES[actor]}`);
    }
  return problems;
}

describe("authorisation matrix: the policy", () => {
  const entries: [string, Entry][] = [...Object.entries(ACTIONS), ...Object.entries(PAGES)];

  it("names, for every action and page, the ability its code uses; allows only the roles the policy gives it", () => {
    expect(entries.length).toBeGreaterThan(60);
    expect(entries.flatMap(([key, entry]) => disagreements(key, entry, codeOf(key)))).toEqual([]);
  });

  it("notices a wrong ability, a role the policy does not give, and a sign-in the code does not ask for", () => {
    const action = "action app/x/actions.ts#capacityAction";
    const code = `export async function capacityAction(previous, form) {
      return serverAction({ ability: "planCohort", schema, input: formToObject(form) }, work);
    }`;
    const admins = [{ allow: ["admin"] as const }];
    expect(disagreements(action, { ability: "planCohort", calls: admins }, code)).toEqual([]);
    expect(disagreements(action, { ability: "planSession", calls: admins }, code)).toEqual([
      `${action}: the matrix names "planSession", the code uses "planCohort"`,
    ]);
    expect(disagreements(action, { ability: "planCohort", calls: [{ allow: ["admin", "staffA"] }] }, code)).toEqual([
      `${action}: staffA is allowed, but "planCohort" is not for STAFF`,
    ]);
    const page = "page /x";
    const anyone = "export default async function Page() { return <Login />; }";
    const signedInOnly = "export default async function Page() { const user = await requireUser(); }";
    expect(disagreements(page, { ability: "public", calls: [{ allow: ["anonymous"] }] }, anyone)).toEqual([]);
    expect(disagreements(page, { ability: "signedIn", calls: [] }, anyone)).toEqual([
      `${page}: the matrix names "signedIn", the code uses "public"`,
    ]);
    expect(disagreements(page, { ability: "signedIn", calls: [{ allow: ["anonymous"] }] }, signedInOnly)).toEqual([
      `${page}: anonymous is allowed, but "signedIn" needs a sign-in`,
    ]);
  });
});
