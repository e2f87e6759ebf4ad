import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { DEMO_PASSWORD } from "@/lib/demo/people";
import { seedDemo } from "@/lib/demo/seed";
import type { Role, TrajectoryStatus } from "@/lib/generated/prisma/client";

type Account = { role: Role; email: string; notes: string[] };

/** The README's demo-account table: one row per account, its notes split into claims. */
function readmeAccounts(): Account[] {
  const readme = fs.readFileSync("README.md", "utf8");
  const table = readme.split("## Demo accounts")[1].split("\n## ")[0];
  return [...table.matchAll(/^\| (\w+)\s*\| `([^`]+)`\s*\| (.*?)\s*\|$/gm)].map(([, role, email, notes]) => ({
    role: role.toUpperCase() as Role,
    email,
    notes: notes.split(/[,;:]\s*/).filter(Boolean),
  }));
}

type User = Awaited<ReturnType<typeof loadUser>>;

async function loadUser(email: string) {
  return (await db()).user.findUnique({
    where: { email },
    include: { municipality: true, assignments: { include: { municipality: true } } },
  });
}

/** What each kind of note promises, checked against the seeded data; null: not a claim of this kind. */
const claims: Array<(user: NonNullable<User>, note: string) => Promise<boolean | null> | boolean | null> = [
  (user, note) => (note === user.name ? true : null),
  (user, note) => {
    const [, name, country] = note.match(/^([A-Z][\p{L} -]+?)(?: \((NL|BE)\))?$/u) ?? [];
    if (!name) return null;
    const places = user.role === "TRAINER" ? user.assignments.map((a) => a.municipality) : [user.municipality];
    return places.some((place) => place?.name === name && (!country || place.country === country));
  },
  async (user, note) => {
    if (note !== "trajectory in progress") return null;
    const status: TrajectoryStatus[] = ["TRAINING", "POOL"];
    const where = { municipalityId: user.municipalityId!, status: { in: status } };
    return (await (await db()).trajectory.count({ where })) > 0;
  },
  async (user, note) => {
    const [, size] = note.match(/^pool of (\d+)$/) ?? [];
    if (!size) return null;
    const where = { status: "ACTIVE" as const, pool: { municipalityId: user.municipalityId! } };
    return (await (await db()).poolMember.count({ where })) === Number(size);
  },
  async (user, note) => {
    if (note !== "intro open for registration") return null;
    const where = { municipalityId: user.municipalityId!, registrationOpen: true, startsAt: { gt: new Date() } };
    return (await (await db()).session.count({ where: { ...where, status: "SCHEDULED" } })) > 0;
  },
  async (user, note) => {
    const [, count, cohort] = note.match(/^(\d+) applications waiting in "(.+)"$/) ?? [];
    if (!count) return null;
    const trajectory = { OR: [{ leadTrainerId: user.id }, { trainers: { some: { trainerId: user.id } } }] };
    const where = { status: "APPLIED" as const, cohort: { name: cohort, status: "RECRUITING" as const, trajectory } };
    return (await (await db()).enrollment.count({ where })) === Number(count);
  },
  async (user, note) => {
    const [, cohort] = note.match(/^in the running cohort "(.+)"$/) ?? [];
    if (!cohort) return null;
    const where = {
      userId: user.id,
      status: "ACCEPTED" as const,
      cohort: { name: cohort, status: "RUNNING" as const },
    };
    return (await (await db()).enrollment.count({ where })) === 1;
  },
  async (user, note) => {
    if (note !== "with its next session ahead") return null;
    const cohort = { enrollments: { some: { userId: user.id, status: "ACCEPTED" as const } } };
    const where = { cohort, status: "SCHEDULED" as const, startsAt: { gt: new Date() } };
    return (await (await db()).session.count({ where })) > 0;
  },
  async (user, note) => {
    if (note !== "pool member") return null;
    return (await (await db()).poolMember.count({ where: { userId: user.id, status: "ACTIVE" } })) === 1;
  },
];

async function holds(user: NonNullable<User>, note: string): Promise<boolean | null> {
  for (const claim of claims) {
    const outcome = await claim(user, note);
    if (outcome !== null) return outcome;
  }
  return null;
}

describe("the README's demo accounts", () => {
  const accounts = readmeAccounts();

  beforeAll(async () => {
    await seedDemo(await db());
  });

  it("lists an account of every role, with the demo password the seed sets", () => {
    expect(new Set(accounts.map((account) => account.role))).toEqual(
      new Set(["ADMIN", "TRAINER", "COORDINATOR", "STAFF"]),
    );
    expect(fs.readFileSync("README.md", "utf8")).toContain(`**\`${DEMO_PASSWORD}\`**`);
  });

  it.each(accounts.map((account) => [account.email, account] as const))(
    "%s exists with its role and password, and is in the situation its notes promise",
    async (_email, account) => {
      const user = await loadUser(account.email);
      expect(user?.role).toBe(account.role);
      expect(await verifyPassword(DEMO_PASSWORD, user!.passwordHash!)).toBe(true);
      for (const note of account.notes) {
        expect({ note, holds: await holds(user!, note) }).toEqual({ note, holds: true });
      }
    },
  );

  it("a note nobody checks fails the test, and so does a broken promise", async () => {
    const anouk = (await loadUser("anouk.bakker@deventer.test"))!;
    expect(await holds(anouk, 'in the running cohort "Groep 1 (voorjaar)"')).toBe(false);
    expect(await holds(anouk, "Rotterdam")).toBe(false);
    expect(await holds(anouk, "knows everyone")).toBeNull();
  });
});
