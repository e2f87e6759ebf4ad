import { z } from "zod";
import { AttendanceStatus } from "@/lib/generated/prisma/enums";
import { isCheckInCode, normaliseCheckInCode } from "./rules";
import { fromLocalInput } from "./time";

const id = z.uuid();
const optionalId = z.preprocess((value) => (value === "" ? undefined : value), z.uuid().optional());
const optionalText = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().max(max).optional(),
  );
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());
const list = (item: z.ZodType) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(item).max(20),
  );

/** When and how long: a local date and time (Europe/Amsterdam) and a duration in minutes. */
const timing = {
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "@sessions.form.dateHelp"),
  time: z.string().regex(/^\d{2}:\d{2}$/, "@sessions.form.timeHelp"),
  durationMinutes: z.coerce.number().int().min(15).max(720),
};

const place = {
  location: optionalText(200),
  onlineUrl: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .url({ protocol: /^https?$/ })
      .max(500)
      .optional(),
  ),
  trainerIds: list(id).pipe(z.array(id).min(1, "@sessions.form.trainersHelp")),
  capacity: z.preprocess(
    (value) => (value === "" || value === undefined ? undefined : value),
    z.coerce.number().int().min(1).max(1000).optional(),
  ),
  registrationOpen: checkbox,
};

function withTimes<T extends { date: string; time: string; durationMinutes: number }>(
  value: T,
  context: z.RefinementCtx,
) {
  const startsAt = fromLocalInput(value.date, value.time);
  if (!startsAt) {
    context.addIssue({ code: "custom", path: ["date"], message: "@sessions.form.dateHelp" });
    return z.NEVER;
  }
  return { ...value, startsAt, endsAt: new Date(startsAt.getTime() + value.durationMinutes * 60_000) };
}

export const scheduleSessionSchema = z
  .object({ trajectoryId: id, cohortId: optionalId, kind: z.string().trim().min(1).max(40), ...timing, ...place })
  .transform(withTimes);
export type ScheduleSessionInput = z.output<typeof scheduleSessionSchema>;

export const rescheduleSessionSchema = z.object({ sessionId: id, ...timing, ...place }).transform(withTimes);
export type RescheduleSessionInput = z.output<typeof rescheduleSessionSchema>;

export const sessionIdSchema = z.object({ sessionId: id });

export const recordAttendanceSchema = z.object({ sessionId: id, userId: id, status: z.enum(AttendanceStatus) });
export type RecordAttendanceInput = z.output<typeof recordAttendanceSchema>;

export const sessionNotesSchema = z.object({ sessionId: id, notes: z.string().trim().max(5000) });
export type SessionNotesInput = z.output<typeof sessionNotesSchema>;

export const checkInSchema = z.object({
  code: z
    .string()
    .max(40)
    .transform(normaliseCheckInCode)
    .refine(isCheckInCode, { message: "@sessions.checkIn.codeShape" }),
});
export type CheckInInput = z.output<typeof checkInSchema>;
