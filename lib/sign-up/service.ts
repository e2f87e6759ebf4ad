// Signing up with an intro's link (ADR 0032): the coordinator switches the link on and off;
// a staff member with an address at one of the municipality's domains creates their own
// account with it, proves the address from a mailed link and is registered for the intro.
import { randomBytes } from "node:crypto";
import { setPasswordFromLink } from "@/lib/accounts/service";
import { issuePasswordLink } from "@/lib/accounts/tokens";
import type { SetPasswordInput } from "@/lib/accounts/schemas";
import type { Actor } from "@/lib/auth/access";
import { assertMayIn } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/retry";
import { NotFound, RuleViolation } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { registerForIntro } from "@/lib/recruitment/service";
import { hit, type Limit } from "@/lib/security/rate-limit";
import { notifyAlreadyHasAccount, notifySignUpConfirmation } from "./mail";
import { domainRefusal, introFull, signUpClosed, switchOnRefusal, type Violation } from "./rules";
import type { SignUpInput, SignUpLinkInput } from "./schemas";

/** Sign-ups per client address (as sign-in, lib/auth/sign-in.ts), and per address typed so nobody floods one inbox. */
export const SIGN_UP_LIMITS: { address: Limit; account: Limit } = {
  address: { max: 10, windowSeconds: 15 * 60 },
  account: { max: 3, windowSeconds: 15 * 60 },
};

const raise = (violation: Violation | null) => {
  if (violation) throw new RuleViolation(violation.rule, violation.key, violation.params);
};

/** The intro meeting a coordinator acts on: one of their municipality's (R20). */
async function coordinatedIntro(tx: Tx, actor: Actor, sessionId: string) {
  const intro = await tx.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      kind: true,
      trajectoryId: true,
      municipalityId: true,
      status: true,
      startsAt: true,
      registrationOpen: true,
    },
  });
  if (!intro || intro.kind !== "INTRO" || !intro.trajectoryId) throw new NotFound("intro");
  await assertMayIn(tx, actor, "offerSignUpLink", intro.municipalityId);
  return intro;
}

/**
 * Switches an intro's sign-up link on: a new unguessable token (256 random bits). The link
 * and the mails it leads to point to `origin`, where the coordinator switched it on. Doing
 * it again keeps the link that is on.
 */
export async function switchSignUpLinkOn(actor: Actor, input: SignUpLinkInput, origin: string, now = new Date()) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const intro = await coordinatedIntro(tx, actor, input.sessionId);
    raise(switchOnRefusal(intro, now));
    const existing = await tx.signUpLink.findUnique({ where: { sessionId: intro.id } });
    if (existing) return { changed: false };
    const link = await tx.signUpLink.create({
      data: { sessionId: intro.id, token: randomBytes(32).toString("base64url"), origin, createdById: actor.id },
    });
    await audit(tx, {
      actor,
      action: "signUpLink.on",
      entity: "SignUpLink",
      entityId: link.id,
      municipalityId: intro.municipalityId,
      data: { sessionId: intro.id },
    });
    return { changed: true };
  });
}

/** Switches the link off: it stops working at once; switched on again it has a new token. */
export async function switchSignUpLinkOff(actor: Actor, input: SignUpLinkInput) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const intro = await coordinatedIntro(tx, actor, input.sessionId);
    const existing = await tx.signUpLink.findUnique({ where: { sessionId: intro.id } });
    if (!existing) return { changed: false };
    await tx.signUpLink.delete({ where: { id: existing.id } });
    await audit(tx, {
      actor,
      action: "signUpLink.off",
      entity: "SignUpLink",
      entityId: existing.id,
      municipalityId: intro.municipalityId,
      data: { sessionId: intro.id },
    });
    return { changed: true };
  });
}

/** The link's intro and municipality, as the sign-up page and its action read them. */
export function linkWithIntro(tx: Pick<Tx, "signUpLink">, token: string) {
  return tx.signUpLink.findUnique({
    where: { token },
    select: {
      origin: true,
      session: {
        select: {
          id: true,
          status: true,
          startsAt: true,
          endsAt: true,
          location: true,
          onlineUrl: true,
          capacity: true,
          registrationOpen: true,
          municipalityId: true,
          municipality: { select: { name: true, emailDomains: true } },
          trajectory: { select: { title: true, template: { select: { nameNl: true, nameEn: true } } } },
          _count: { select: { registrations: { where: { status: "REGISTERED" } } } },
        },
      },
    },
  });
}

/**
 * A staff member signs up with the link. Refusals (link off, meeting begun, registration
 * closed, full, an address outside the municipality's domains) write nothing. Otherwise the
 * answer is always "sent", whether or not the address has an account: a new address gets an
 * unusable account (no password yet) and the confirmation mail; an address with an account
 * gets a mail telling its owner to sign in and register there.
 */
export async function signUp(
  input: SignUpInput,
  context: { address: string; locale: Locale },
  now = new Date(),
): Promise<"sent" | "rateLimited"> {
  const prisma = await db();
  if (!(await hit(prisma, `sign-up:address:${context.address}`, SIGN_UP_LIMITS.address))) return "rateLimited";
  const link = await linkWithIntro(prisma, input.token);
  if (!link) throw new RuleViolation("R3", "signUpLinkOff");
  const intro = link.session;
  raise(signUpClosed(intro, now));
  raise(domainRefusal(input.email, intro.municipality));
  raise(introFull(intro.capacity, intro._count.registrations));
  if (!(await hit(prisma, `sign-up:account:${input.email}`, SIGN_UP_LIMITS.account))) return "rateLimited";
  const about = { startsAt: intro.startsAt, endsAt: intro.endsAt, title: intro.trajectory?.title ?? "" };
  try {
    await prisma.$transaction(async (tx) => {
      const known = await tx.user.findUnique({ where: { email: input.email } });
      if (!known) {
        const person = await tx.user.create({
          data: {
            name: input.name,
            email: input.email,
            role: "STAFF",
            municipalityId: intro.municipalityId,
            workField: input.workField,
            jobTitle: input.jobTitle,
            locale: context.locale,
          },
        });
        await confirm(tx, person, intro.id, link.origin, about);
        await audit(tx, {
          actor: { id: person.id },
          action: "person.signUp",
          entity: "User",
          entityId: person.id,
          municipalityId: intro.municipalityId,
          data: { sessionId: intro.id },
        });
      } else if (known.erasedAt) {
        // An erased person's row keeps no usable address: nothing to send.
      } else if (!known.passwordHash && known.role === "STAFF" && known.municipalityId === intro.municipalityId) {
        // Signed up (or invited) before and not confirmed yet: a new confirmation link.
        await confirm(tx, known, intro.id, link.origin, about);
      } else {
        await notifyAlreadyHasAccount(tx, known, about, link.origin);
      }
    });
  } catch (error) {
    // The same address signing up twice at once: the second meets the unique index, and hears the same.
    if (!isUniqueViolation(error)) throw error;
  }
  return "sent";
}

async function confirm(
  tx: Tx,
  person: { id: string; email: string; name: string; locale: string },
  introId: string,
  origin: string,
  intro: Parameters<typeof notifySignUpConfirmation>[2],
) {
  const url = await issuePasswordLink(tx, person, "SIGN_UP", origin, { introId });
  await notifySignUpConfirmation(tx, person, intro, url);
}

/** What became of the intro registration when someone confirmed their sign-up. */
export type IntroOnConfirm =
  | { status: "none" }
  | { status: "registered"; startsAt: Date; endsAt: Date }
  | { status: "refused"; refusal: RuleViolation };

/**
 * Sets the password from a mailed link. A sign-up's link proves the address, so the account
 * becomes usable, and then the person is registered for the intro they signed up for, under
 * the intro's own rules (R3 places, R10). A refusal there leaves the account usable and
 * is told, with what to do instead.
 */
export async function setPasswordAndRegister(input: SetPasswordInput, now = new Date()) {
  const { email, person, introId } = await setPasswordFromLink(input);
  if (!introId || person.role !== "STAFF") return { email, intro: { status: "none" } as IntroOnConfirm };
  try {
    await registerForIntro(person, { sessionId: introId }, now);
    const when = await (
      await db()
    ).session.findUniqueOrThrow({ where: { id: introId }, select: { startsAt: true, endsAt: true } });
    return { email, intro: { status: "registered", ...when } as IntroOnConfirm };
  } catch (error) {
    if (error instanceof RuleViolation)
      return { email, intro: { status: "refused", refusal: error } as IntroOnConfirm };
    if (error instanceof NotFound)
      return {
        email,
        intro: { status: "refused", refusal: new RuleViolation("R10", "signUpStarted") } as IntroOnConfirm,
      };
    throw error;
  }
}
