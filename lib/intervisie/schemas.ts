import { z } from "zod";
import { GameChanger, PolarisationRole } from "@/lib/generated/prisma/enums";
import { fromLocalInput } from "@/lib/sessions/time";
import { METHOD_STEPS } from "./method";

const id = z.string().trim().uuid();
const optionalId = z.preprocess((value) => (value === "" ? undefined : value), id.optional());
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), text(max).optional());
/** A checkbox group: absent, one value or several. */
const list = <T extends z.ZodType>(item: T, max = 50) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(item).max(max),
  );

export const planIntervisieSchema = z
  .object({
    title: optionalText(120),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "@sessions.form.dateHelp"),
    time: z.string().regex(/^\d{2}:\d{2}$/, "@sessions.form.timeHelp"),
    durationMinutes: z.coerce.number().int().min(15).max(720),
    location: optionalText(200),
    trainerId: optionalId,
    caseIds: list(id, 5),
  })
  .transform((value, context) => {
    const startsAt = fromLocalInput(value.date, value.time);
    if (!startsAt) {
      context.addIssue({ code: "custom", path: ["date"], message: "@sessions.form.dateHelp" });
      return z.NEVER;
    }
    return { ...value, startsAt, endsAt: new Date(startsAt.getTime() + value.durationMinutes * 60_000) };
  });
export type PlanIntervisieInput = z.output<typeof planIntervisieSchema>;

export const intervisieAttendanceSchema = z.object({
  sessionId: id,
  /** Everyone listed on the form; those not ticked present are recorded absent. */
  listed: list(id, 200),
  present: list(id, 200),
});

export const inviteGuestSchema = z.object({ sessionId: id, userId: id });

export const methodStepSchema = z.object({
  sessionId: id,
  caseId: id,
  step: z.enum(METHOD_STEPS),
  text: text(4000).min(1, "@pool.method.textRequired"),
  roles: list(z.enum(PolarisationRole), 5),
  gameChangers: list(z.enum(GameChanger), 4),
  agreedActions: optionalText(2000),
});
export type MethodStepInput = z.output<typeof methodStepSchema>;
