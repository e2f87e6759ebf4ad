import type { Actor } from "@/lib/auth/access";
import { assertMay } from "@/lib/auth/policy";
import { hashPassword } from "@/lib/auth/password";
import { audit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/db/retry";
import { FieldConflict, NotFound } from "@/lib/errors";
import { hit, type Limit } from "@/lib/security/rate-limit";
import { optOutsFrom } from "@/lib/notifications/preferences";
import type { ChooseRemindersInput, InvitePersonInput, SetPasswordInput } from "./schemas";
import { personOfLink, sendPasswordLink } from "./tokens";

/** Asking for a reset link: per address, and per account so nobody floods one inbox. */
export const RESET_LIMITS: { address: Limit; account: Limit } = {
  address: { max: 10, windowSeconds: 15 * 60 },
  account: { max: 3, windowSeconds: 15 * 60 },
};

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
