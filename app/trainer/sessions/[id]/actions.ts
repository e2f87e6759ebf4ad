"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { recordMakeUpSchema } from "@/lib/cohorts/schemas";
import { recordMakeUp } from "@/lib/cohorts/service";
import { deliverSoon } from "@/lib/notifications/deliver-soon";
import {
  recordAttendanceSchema,
  rescheduleSessionSchema,
  sessionIdSchema,
  sessionNotesSchema,
} from "@/lib/sessions/schemas";
import { cancelSession, recordAttendance, rescheduleSession, updateSessionNotes } from "@/lib/sessions/service";
import { markEveryonePresent, openCheckIn } from "@/lib/sessions/door";

const page = (sessionId: string) => `/trainer/sessions/${sessionId}`;

export async function recordAttendanceAction(
  _previous: ActionState<unknown>,
  form: FormData,
): Promise<ActionState<unknown>> {
  return serverAction(
    { ability: "recordAttendance", schema: recordAttendanceSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const attendance = await recordAttendance(user, data);
      revalidatePath(page(data.sessionId));
      return { data: attendance.status, message: t("form.saved") };
    },
  );
}

/** R4: the trainer resolves an absence for completing the cohort, with a reason (ADR 0024). */
export async function recordMakeUpAction(
  _previous: ActionState<unknown>,
  form: FormData,
): Promise<ActionState<unknown>> {
  return serverAction(
    { ability: "recordMakeUp", schema: recordMakeUpSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const result = await recordMakeUp(user, data);
      revalidatePath(page(data.sessionId));
      return {
        data: result,
        message: t(result.completed ? "sessions.makeUp.recordedCompleted" : "sessions.makeUp.recorded"),
      };
    },
  );
}

export async function updateNotesAction(
  _previous: ActionState<unknown>,
  form: FormData,
): Promise<ActionState<unknown>> {
  return serverAction(
    { ability: "writeSessionNotes", schema: sessionNotesSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await updateSessionNotes(user, data);
      revalidatePath(page(data.sessionId));
      return { data: null, message: t("sessions.page.notesSaved") };
    },
  );
}

export async function rescheduleSessionAction(
  _previous: ActionState<unknown>,
  form: FormData,
): Promise<ActionState<unknown>> {
  return serverAction(
    { ability: "planSession", schema: rescheduleSessionSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await rescheduleSession(user, data);
      deliverSoon();
      revalidatePath(page(data.sessionId));
      return { data: null, message: t("sessions.form.rescheduled") };
    },
  );
}

export async function cancelSessionAction(
  _previous: ActionState<unknown>,
  form: FormData,
): Promise<ActionState<unknown>> {
  return serverAction(
    { ability: "planSession", schema: sessionIdSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await cancelSession(user, data);
      deliverSoon();
      revalidatePath(page(data.sessionId));
      return { data: null, message: t("sessions.form.cancelled") };
    },
  );
}

/** "Everyone present" at the door (R10): the expected participants without a mark yet. */
export async function markEveryonePresentAction(
  _previous: ActionState<unknown>,
  form: FormData,
): Promise<ActionState<unknown>> {
  return serverAction(
    { ability: "recordAttendance", schema: sessionIdSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const { marked } = await markEveryonePresent(user, data);
      revalidatePath(page(data.sessionId));
      return { data: marked, message: t("sessions.door.markedPresent", { count: marked }) };
    },
  );
}

/** Opens self check-in (R10): the page then shows its code and QR code. */
export async function openCheckInAction(
  _previous: ActionState<unknown>,
  form: FormData,
): Promise<ActionState<unknown>> {
  return serverAction(
    { ability: "recordAttendance", schema: sessionIdSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const checkIn = await openCheckIn(user, data);
      revalidatePath(page(data.sessionId));
      return { data: checkIn.code, message: t("sessions.door.checkInOpened") };
    },
  );
}
