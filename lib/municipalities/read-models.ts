// Read models of the admin's municipality screens: each authorises its actor and returns
// plain data, or null for "not found or not yours" (the page answers 404).
import type { Actor } from "@/lib/auth/access";
import { may } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/ids";
import { choiceLabel, OFFICIAL_MUNICIPALITIES } from "./official-list";

/** Every municipality on the platform, archived ones last, with how many people, trainers and trajectories it has. */
export async function municipalitiesPage(actor: Actor) {
  if (!may(actor, "manageMunicipalities")) return null;
  const rows = await (
    await db()
  ).municipality.findMany({
    orderBy: [{ name: "asc" }],
    select: {
      id: true,
      name: true,
      country: true,
      code: true,
      region: true,
      archivedAt: true,
      _count: { select: { users: true, trainers: true, trajectories: true } },
    },
  });
  const municipalities = rows.map(({ _count, archivedAt, ...m }) => ({
    ...m,
    archived: archivedAt !== null,
    people: _count.users,
    trainers: _count.trainers,
    trajectories: _count.trajectories,
  }));
  return { municipalities: [...municipalities].sort((a, b) => Number(a.archived) - Number(b.archived)) };
}

/** The "add municipality" form: the official entries not yet on the platform, as the picker offers them. */
export async function newMunicipalityPage(actor: Actor) {
  if (!may(actor, "manageMunicipalities")) return null;
  const taken = await (await db()).municipality.findMany({ select: { country: true, code: true } });
  const used = new Set(taken.map((m) => `${m.country}:${m.code}`));
  return {
    choices: OFFICIAL_MUNICIPALITIES.filter((entry) => !used.has(`${entry.country}:${entry.code}`)).map((entry) => ({
      value: choiceLabel(entry),
      region: entry.region,
    })),
  };
}

/** One municipality for the admin: its details, its trainers and the trainers who could be assigned. */
export async function municipalityPage(actor: Actor, id: string) {
  if (!may(actor, "manageMunicipalities") || !isUuid(id)) return null;
  const prisma = await db();
  const municipality = await prisma.municipality.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      country: true,
      code: true,
      region: true,
      emailDomains: true,
      archivedAt: true,
      _count: { select: { users: true, trajectories: true } },
      trainers: { select: { trainer: { select: { id: true, name: true, email: true } } } },
    },
  });
  if (!municipality) return null;
  const { _count, trainers, ...details } = municipality;
  const assigned = trainers.map(({ trainer }) => trainer).sort((a, b) => a.name.localeCompare(b.name));
  const others = await prisma.user.findMany({
    where: { role: "TRAINER", erasedAt: null, id: { notIn: assigned.map((t) => t.id) } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return {
    municipality: { ...details, people: _count.users, trajectories: _count.trajectories },
    trainers: assigned,
    assignable: others,
  };
}
