import { z } from "zod";
import { WorkField } from "@/lib/generated/prisma/enums";

/** The coordinator switches an intro's sign-up link on or off. */
export const signUpLinkSchema = z.object({ sessionId: z.uuid() });
export type SignUpLinkInput = z.output<typeof signUpLinkSchema>;

/** A sign-up link's token: 256 random bits in base64url (lib/sign-up/service.ts). */
export const signUpToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "@signUp.form.invalidLink");

/**
 * What a staff member fills in on the public sign-up page. Their role (staff) and
 * municipality come from the link, never from the form (ADR 0032).
 */
export const signUpSchema = z.object({
  token: signUpToken,
  name: z.string().trim().min(2, { error: "@signUp.form.nameHelp" }).max(120),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(200, { error: "@signUp.form.emailHelp" })
    .pipe(z.email({ error: "@signUp.form.emailHelp" })),
  workField: z.enum(WorkField, { error: "@signUp.form.workFieldHelp" }),
  jobTitle: z
    .string()
    .trim()
    .max(120)
    .optional()
    .transform((v) => v || null),
});
export type SignUpInput = z.output<typeof signUpSchema>;
