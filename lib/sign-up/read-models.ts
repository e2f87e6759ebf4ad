// Read models of signing up with an intro's link (ADR 0032): the coordinator's intros with
// their links, and the public sign-up page.
import type { Actor } from "@/lib/auth/access";
import { mayIn } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { signUpClosed } from "./rules";
import { signUpToken } from "./schemas";
import { linkWithIntro } from "./service";

export const signUpUrl = (link: { origin: string; token: string }) => `${link.origin}/sign-up/${link.token}`;

/**
 * The coordinator's municipality's intro meetings still to come, each with its places,
 * whether registration is open, and its sign-up link when it is on.
 */
export async function coordinatorIntrosPage(actor: Actor, now = new Date()) {
  const municipalityId = actor.municipalityId;
  if (!municipalityId) return null;
  const prisma = await db();
  if (!(await mayIn(prisma, actor, "offerSignUpLink", municipalityId))) return null;
  const [municipality, intros] = await Promise.all([
    prisma.municipality.findUniqueOrThrow({
      where: { id: municipalityId },
      select: { name: true, emailDomains: true },
    }),
    prisma.session.findMany({
      where: { municipalityId, kind: "INTRO", trajectoryId: { not: null }, status: "SCHEDULED", startsAt: { gt: now } },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        location: true,
        capacity: true,
        registrationOpen: true,
        trajectory: { select: { title: true } },
        signUpLink: { select: { origin: true, token: true } },
        _count: { select: { registrations: { where: { status: "REGISTERED" } } } },
      },
    }),
  ]);
  return {
    municipality,
    intros: intros.map(({ _count, signUpLink, trajectory, ...intro }) => ({
      ...intro,
      title: trajectory?.title ?? "",
      registered: _count.registrations,
      link: signUpLink ? signUpUrl(signUpLink) : null,
    })),
  };
}

/**
 * Public: the intro a sign-up link is for, and whether it takes sign-ups now (with the
 * refusal to show otherwise). Null for a link that does not exist or was switched off.
 */
export async function signUpPage(token: string, now = new Date()) {
  if (!signUpToken.safeParse(token).success) return null;
  const link = await linkWithIntro(await db(), token);
  if (!link) return null;
  const { session: intro } = link;
  const closed = signUpClosed(intro, now);
  return {
    intro: {
      title: intro.trajectory?.title ?? "",
      programme: intro.trajectory
        ? { nl: intro.trajectory.template.nameNl, en: intro.trajectory.template.nameEn }
        : null,
      startsAt: intro.startsAt,
      endsAt: intro.endsAt,
      location: intro.location,
      online: intro.onlineUrl !== null,
      municipality: intro.municipality.name,
      domains: intro.municipality.emailDomains,
      placesLeft: intro.capacity === null ? null : Math.max(0, intro.capacity - intro._count.registrations),
    },
    closed,
  };
}
