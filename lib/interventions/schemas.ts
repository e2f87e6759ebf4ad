import { z } from "zod";
import { InterventionCategory } from "@/lib/generated/prisma/enums";

const text = (max: number) =>
  z.string().trim().min(3, "@interventions.form.textHelp").max(max, "@interventions.form.textHelp");

export const saveInterventionSchema = z.object({
  interventionId: z.preprocess((value) => (value === "" ? undefined : value), z.uuid().optional()),
  category: z.enum(InterventionCategory),
  title: text(160),
  aim: text(1000),
  polarisationForm: text(1000),
  description: text(5000),
});
export type SaveInterventionInput = z.output<typeof saveInterventionSchema>;

const id = () => z.uuid({ error: "@interventions.links.choose" });

/** A catalogue intervention linked to (or unlinked from) the advice on a case in a session. */
export const adviceInterventionSchema = z.object({ caseId: id(), sessionId: id(), interventionId: id() });
export type AdviceInterventionInput = z.output<typeof adviceInterventionSchema>;

/** A catalogue intervention linked to (or unlinked from) an action of a case's action plan. */
export const actionInterventionSchema = z.object({ actionId: id(), interventionId: id() });
export type ActionInterventionInput = z.output<typeof actionInterventionSchema>;
