import { z } from "zod";
import { Role, WorkField } from "@/lib/generated/prisma/enums";
import { locales } from "@/lib/i18n/config";
import { OPTIONAL_REMINDERS } from "@/lib/notifications/preferences";

export const PASSWORD_MIN = 12;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(200)
  .pipe(z.email({ error: "@accounts.invite.emailHelp" }));

// A person's own fields, the same for an invitation and for their own profile.
const personName = z.string().trim().min(2, { error: "@accounts.invite.nameHelp" }).max(120);
const workField = z
  .union([z.enum(WorkField, { error: "@accounts.profile.workFieldHelp" }), z.literal("")])
  .optional()
  .transform((v) => v || null);
const jobTitle = z
  .string()
  .trim()
  .max(120, { error: "@accounts.profile.jobTitleHelp" })
  .optional()
  .transform((v) => v || null);
const newPassword = z
  .string()
  .min(PASSWORD_MIN, { error: "@accounts.password.tooShort" })
  .max(200, { error: "@accounts.password.tooLong" });

/** An admin invites a person: an account without a password and a link to set one. */
export const invitePersonSchema = z
  .object({
    name: personName,
    email,
    role: z.enum(Role, { error: "@accounts.invite.roleHelp" }),
    municipalityId: z
      .union([z.uuid(), z.literal("")])
      .optional()
      .transform((v) => v || null),
    workField,
    jobTitle,
  })
  // docs/domain.md: every user belongs to one municipality except admins and trainers.
  .refine((p) => (p.role === "COORDINATOR" || p.role === "STAFF") === (p.municipalityId !== null), {
    path: ["municipalityId"],
    error: "@accounts.invite.municipalityHelp",
  });

export const resendInvitationSchema = z.object({ userId: z.uuid({ error: "@accounts.invite.unknownPerson" }) });

export const setPasswordSchema = z
  .object({
    token: z.string().trim().min(20, { error: "@accounts.password.invalidLink" }).max(200),
    password: newPassword,
    confirm: z.string().max(200),
  })
  .refine((p) => p.password === p.confirm, { path: ["confirm"], error: "@accounts.password.mismatch" });

export const forgotPasswordSchema = z.object({ email });

/** The admin's people search (query string); a malformed value is ignored. */
export const peopleSearchSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export type InvitePersonInput = z.output<typeof invitePersonSchema>;
export type SetPasswordInput = z.output<typeof setPasswordSchema>;

/** The optional reminders a person keeps (checkboxes: none, one or several values). */
export const chooseRemindersSchema = z.object({
  reminders: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(OPTIONAL_REMINDERS)).max(OPTIONAL_REMINDERS.length),
  ),
});
export type ChooseRemindersInput = z.infer<typeof chooseRemindersSchema>;

/** Everyone's own profile: what they call themselves and where they work. */
export const updateProfileSchema = z.object({ name: personName, workField, jobTitle });
export type UpdateProfileInput = z.output<typeof updateProfileSchema>;

/** The language of one's interface and mail. */
export const chooseLanguageSchema = z.object({
  locale: z.enum(locales, { error: "@accounts.profile.languageHelp" }),
});
export type ChooseLanguageInput = z.output<typeof chooseLanguageSchema>;

/** A new password for a signed-in person: the current one proves it is them. */
export const changePasswordSchema = z
  .object({
    current: z.string().min(1, { error: "@accounts.profile.currentRequired" }).max(200),
    password: newPassword,
    confirm: z.string().max(200),
  })
  .refine((p) => p.password === p.confirm, { path: ["confirm"], error: "@accounts.password.mismatch" })
  .refine((p) => p.password !== p.current, { path: ["password"], error: "@accounts.profile.samePassword" });
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;
