import type { Actor } from "@/lib/auth/access";
import { may } from "@/lib/auth/policy";
import { openSessionCount } from "@/lib/auth/sign-in-sessions";
import { db } from "@/lib/db/client";
import { adminNextSteps } from "@/lib/next-steps/queries";
import { remindersFor } from "@/lib/notifications/preferences";
import { Role, WorkField } from "@/lib/generated/prisma/enums";
import { toLocale } from "@/lib/i18n/config";
import { isUuid } from "@/lib/ids";
import { firstValues, type SearchParams } from "@/lib/search-params";
import { openGroupsWhere, PEOPLE_PAGE_SIZE, personSummary, searchPeople } from "./queries";
import { peopleSearchSchema } from "./schemas";
import { personOfLink } from "./tokens";

// Read models of the account screens: each authorises its actor and returns plain data,
// or null for "not found or not yours" (the page answers 404).

type Person = { erasedAt: Date | null; municipality: { name: string } | null };

/** An erased person keeps their row; the screens show neither their name nor their address. */
const shown = <P extends Person>({ erasedAt, municipality, ...person }: P) => ({
  ...person,
  erased: erasedAt !== null,
  municipality: municipality?.name ?? null,
});

/** The admin's start: what waits for them, and every municipality with how many people belong to it. */
export async function adminStartPage(actor: Actor) {
  if (!may(actor, "manageMunicipalities")) return null;
  const prisma = await db();
  const [nextSteps, municipalities] = await Promise.all([
    adminNextSteps(prisma),
    prisma.municipality.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, country: true, archivedAt: true, _count: { select: { users: true } } },
    }),
  ]);
  return { nextSteps, municipalities: municipalities.map(({ _count, ...m }) => ({ ...m, users: _count.users })) };
}

/** The admin's people search: one page of people by name or e-mail (query string `q`, `page`). */
export async function peoplePage(actor: Actor, query: SearchParams) {
  if (!may(actor, "managePeople")) return null;
  const { q, page = 1 } = peopleSearchSchema.parse(firstValues(query));
  const { people, total } = await searchPeople(await db(), q, page);
  return {
    q,
    page,
    total,
    hasNext: page * PEOPLE_PAGE_SIZE < total,
    people: people.map(shown),
  };
}

/** One person for the admin: details, the invitation and erasure (never oneself, ADR 0008). */
export async function personPage(actor: Actor, id: string) {
  if (!may(actor, "managePeople") || !isUuid(id)) return null;
  const found = await personSummary(await db(), id);
  if (!found) return null;
  const { _count, assignments, ...person } = found;
  return {
    person: {
      ...shown(person),
      cases: _count.cases,
      enrollments: _count.enrollments,
      municipalities: assignments.map((a) => a.municipality).sort((a, b) => a.name.localeCompare(b.name)),
    },
    isSelf: person.id === actor.id,
  };
}

/** The admin's invitation form: the roles, municipalities and work fields to choose from. */
export async function invitePersonPage(actor: Actor) {
  if (!may(actor, "managePeople")) return null;
  const municipalities = await (
    await db()
  ).municipality.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  return { roles: Object.values(Role), workFields: Object.values(WorkField), municipalities };
}

/** Public: the account a mailed password link belongs to, while the link is valid. */
export async function passwordLinkPage(token: string) {
  if (token.length > 200) return null;
  const link = await personOfLink(await db(), token);
  return link ? { email: link.user.email, signUp: link.purpose === "SIGN_UP" } : null;
}

/**
 * Everyone's own account: what the platform keeps about them (the export has the rest), their
 * profile and language to edit, and the open groups where their work field counts (R5).
 */
export async function accountPage(actor: Actor) {
  if (!may(actor, "useOwnAccount")) return null;
  const person = await (
    await db()
  ).user.findUnique({
    where: { id: actor.id },
    select: {
      name: true,
      email: true,
      role: true,
      workField: true,
      jobTitle: true,
      locale: true,
      erasedAt: true,
      reminderOptOuts: true,
      municipality: { select: { name: true } },
      enrollments: { where: openGroupsWhere(actor.id), select: { cohort: { select: { name: true } } } },
    },
  });
  if (!person || person.erasedAt) return null;
  const { enrollments, ...kept } = person;
  const reminders = remindersFor(person.role).map((reminder) => ({
    reminder,
    chosen: !person.reminderOptOuts.includes(reminder),
  }));
  return {
    ...shown(kept),
    locale: toLocale(person.locale),
    workFields: Object.values(WorkField),
    openGroups: enrollments.map((enrollment) => enrollment.cohort.name),
    reminders,
    openSessions: await openSessionCount(await db(), actor.id),
  };
}
