import type { Actor } from "@/lib/auth/access";
import { assertMay } from "@/lib/auth/policy";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endOtherSignInSessions } from "@/lib/auth/sign-in-sessions";
import { audit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/db/retry";
import { AccessDenied, FieldConflict, NotFound } from "@/lib/errors";
import { mixWarning } from "@/lib/recruitment/service";
import { clear, hit, type Limit } from "@/lib/security/rate-limit";
import { optOutsFrom } from "@/lib/notifications/preferences";
import type {
  ChangePasswordInput,
  ChooseLanguageInput,
  ChooseRemindersInput,
  InvitePersonInput,
  SetPasswordInput,
  UpdateProfileInput,
} from "./schemas";
import { openGroupsWhere } from "./queries";
import { personOfLink, sendPasswordLink } from "./tokens";

/** Asking for a reset link: per address, and per account so nobody floods one inbox. */
export const RESET_LIMITS: { address: Limit; account: Limit } = {
  address: { max: 10, windowSeconds: 15 * 60 },
  account: { max: 3, windowSeconds: 15 * 60 },
};

/** Guessing the current password from a signed-in browser (a session left open): per account. */
export const PASSWORD_CHANGE_LIMIT: Limit = { max: 5, windowSeconds: 15 * 60 };

/** An admin creates a person's account and mails them a link to set their password. */
export async function invitePerson(actor: Actor, input: InvitePersonInput, origin: string) {
  assertMay(actor, "managePeople");
  const prisma = await db();
  try {
    return await prisma.$transaction(async (tx) => {
      if (
        input.municipalityId &&
        !(await tx.municipality.findUnique({ where: { id: input.municipalityId }, select: { id: true } }))
      ) {
        throw new NotFound("municipality");
      }
      const person = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          role: input.role,
          municipalityId: input.municipalityId,
          workField: input.workField,
          jobTitle: input.jobTitle,
        },
      });
      await invite(tx, actor, person, origin, { role: person.role });
      return { userId: person.id, email: person.email };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldConflict("email", "accounts.invite.emailInUse");
    throw error;
  }
}

/** An admin sends a new link (the old one stops working), e.g. when the first one expired. */
export async function resendInvitation(actor: Actor, input: { userId: string }, origin: string) {
  assertMay(actor, "managePeople");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const person = await tx.user.findUnique({ where: { id: input.userId } });
    if (!person || person.erasedAt) throw new NotFound("person");
    await invite(tx, actor, person, origin, { again: true });
    return { userId: person.id };
  });
}

/** Mails the invitation link and records who invited whom (R22). */
async function invite(
  tx: Tx,
  actor: Actor,
  person: Parameters<typeof sendPasswordLink>[1] & { municipalityId: string | null },
  origin: string,
  data: Prisma.InputJsonObject,
) {
  await sendPasswordLink(tx, person, "INVITE", origin);
  await audit(tx, {
    actor,
    action: "person.invite",
    entity: "User",
    entityId: person.id,
    municipalityId: person.municipalityId,
    data,
  });
}

/**
 * Sets the password from a mailed link. The link is used up, and every session the person
 * had ends (sessionVersion), so a stolen session does not outlive a reset.
 */
export async function setPasswordFromLink(input: SetPasswordInput) {
  const passwordHash = await hashPassword(input.password);
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const link = await personOfLink(tx, input.token);
    if (!link) throw new FieldConflict("token", "accounts.password.invalidLink");
    const used = await tx.passwordToken.deleteMany({ where: { id: link.id } });
    if (used.count === 0) throw new FieldConflict("token", "accounts.password.invalidLink"); // used at the same moment
    await tx.user.update({ where: { id: link.user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await audit(tx, {
      actor: { id: link.user.id },
      action: link.purpose === "RESET" ? "person.password.reset" : "person.password.first",
      entity: "User",
      entityId: link.user.id,
      municipalityId: link.user.municipalityId,
    });
    const { id, role, municipalityId } = link.user;
    return { email: link.user.email, person: { id, role, municipalityId }, introId: link.introId };
  });
}

/**
 * Someone who forgot their password asks for a link. The answer is the same whether or not
 * the address has an account, so the form does not reveal who has one.
 */
export async function requestPasswordReset(
  input: { email: string },
  address: string,
  origin: string,
): Promise<"sent" | "rateLimited"> {
  const prisma = await db();
  const keys = { address: `reset:address:${address}`, account: `reset:account:${input.email}` };
  if (
    !(await hit(prisma, keys.address, RESET_LIMITS.address)) ||
    !(await hit(prisma, keys.account, RESET_LIMITS.account))
  )
    return "rateLimited";
  await prisma.$transaction(async (tx) => {
    const person = await tx.user.findUnique({ where: { email: input.email } });
    if (person && !person.erasedAt) await sendPasswordLink(tx, person, "RESET", origin);
  });
  return "sent";
}

/** Everyone chooses which optional reminders they get (their own account only); audited (R22). */
export async function chooseReminders(actor: Actor, input: ChooseRemindersInput) {
  assertMay(actor, "useOwnAccount");
  const optOuts = optOutsFrom(actor.role, input.reminders);
  await (
    await db()
  ).$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { reminderOptOuts: optOuts } });
    await audit(tx, {
      actor,
      action: "person.reminders",
      entity: "User",
      entityId: actor.id,
      municipalityId: actor.municipalityId,
      data: { optOuts },
    });
  });
}

/**
 * Everyone edits their own name, work field and job title (R22: audited, which fields changed).
 * A new work field changes the mix of the groups they are in: R5's warning for each such
 * group comes back to be shown, never blocking.
 */
export async function updateProfile(actor: Actor, input: UpdateProfileInput) {
  assertMay(actor, "useOwnAccount");
  return (await db()).$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: actor.id },
      select: { name: true, workField: true, jobTitle: true, erasedAt: true },
    });
    if (!before || before.erasedAt) throw new NotFound("person");
    const changed = (["name", "workField", "jobTitle"] as const).filter((field) => before[field] !== input[field]);
    if (changed.length === 0) return { changed, mixWarnings: [] };
    await tx.user.update({ where: { id: actor.id }, data: input });
    await audit(tx, {
      actor,
      action: "person.profile",
      entity: "User",
      entityId: actor.id,
      municipalityId: actor.municipalityId,
      data: changed.includes("workField")
        ? { changed, workField: { from: before.workField, to: input.workField } }
        : { changed },
    });
    return { changed, mixWarnings: changed.includes("workField") ? await mixWarningsOfOwnGroups(tx, actor.id) : [] };
  });
}

async function mixWarningsOfOwnGroups(tx: Tx, userId: string) {
  const groups = await tx.enrollment.findMany({ where: openGroupsWhere(userId), select: { cohortId: true } });
  const warnings = await Promise.all(groups.map((group) => mixWarning(tx, group.cohortId)));
  return warnings.filter((warning) => warning !== null);
}

/** The language of one's interface and every mail from now on: a choice, kept over a move (ADR 0033). */
export async function chooseLanguage(actor: Actor, input: ChooseLanguageInput) {
  assertMay(actor, "useOwnAccount");
  await (
    await db()
  ).$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { locale: input.locale, localeChosen: true } });
    await audit(tx, {
      actor,
      action: "person.language",
      entity: "User",
      entityId: actor.id,
      municipalityId: actor.municipalityId,
      data: { locale: input.locale },
    });
  });
}

/**
 * A signed-in person sets a new password, proving it is them with the current one. Every
 * other browser they are signed in on is signed out; this one (`sessionId`) stays. A wrong
 * current password changes nothing; after PASSWORD_CHANGE_LIMIT tries it waits a quarter.
 */
export async function changePassword(actor: Actor, input: ChangePasswordInput, sessionId: string | null) {
  assertMay(actor, "useOwnAccount");
  if (!sessionId) throw new AccessDenied();
  const prisma = await db();
  const tries = `password-change:${actor.id}`;
  if (!(await hit(prisma, tries, PASSWORD_CHANGE_LIMIT)))
    throw new FieldConflict("current", "accounts.profile.tooManyTries");
  const person = await prisma.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!person?.passwordHash || !(await verifyPassword(input.current, person.passwordHash)))
    throw new FieldConflict("current", "accounts.profile.currentWrong");
  const passwordHash = await hashPassword(input.password);
  const changed = await prisma.$transaction(async (tx) => {
    // Compared again inside the transaction: a change from another browser meanwhile wins.
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, passwordHash: person.passwordHash },
      data: { passwordHash },
    });
    if (count === 0) throw new FieldConflict("current", "accounts.profile.currentWrong");
    const ended = await endOtherSignInSessions(tx, actor.id, sessionId);
    await audit(tx, {
      actor,
      action: "person.password.change",
      entity: "User",
      entityId: actor.id,
      municipalityId: actor.municipalityId,
      data: { otherSessionsEnded: ended },
    });
    return { otherSessionsEnded: ended };
  });
  await clear(prisma, tries);
  return changed;
}
