import { z } from "zod";
import { IntakeKind, IntakeStatus, WorkField } from "@/lib/generated/prisma/enums";

const text = (min: number, max: number, help: string) => z.string().trim().min(min, help).max(max, help);

/** The public intake form. Every string is bounded; nothing else is accepted. */
export const submitIntakeSchema = z.object({
  kind: z.enum(IntakeKind, "@intake.form.kindHelp"),
  municipalityName: text(2, 120, "@intake.form.municipalityHelp"),
  role: text(2, 120, "@intake.form.roleHelp"),
  contactName: text(2, 120, "@intake.form.contactNameHelp"),
  email: z.string().trim().max(254, "@intake.form.emailHelp").pipe(z.email("@intake.form.emailHelp")),
  phone: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string()
      .trim()
      .max(40, "@intake.form.phoneHelp")
      .regex(/^[+0-9 ()-]{6,40}$/, "@intake.form.phoneHelp")
      .optional(),
  ),
  question: text(10, 4000, "@intake.form.questionHelp"),
});
export type SubmitIntakeInput = z.output<typeof submitIntakeSchema>;

export const moveIntakeSchema = z.object({ requestId: z.uuid(), status: z.enum(IntakeStatus) });

export const convertIntakeSchema = z.object({
  requestId: z.uuid(),
  municipalityId: z.uuid(),
  templateId: z.uuid(),
  leadTrainerId: z.uuid(),
  title: z.string().trim().min(3, "@intake.convert.titleHelp").max(160),
});

/** An admin enrolls a strategist request in a recruiting cohort of a strategist course. */
export const enrollIntakeSchema = z.object({
  requestId: z.uuid(),
  cohortId: z.uuid("@intake.enroll.cohortHelp"),
  workField: z.enum(WorkField, "@intake.enroll.workFieldHelp"),
});
