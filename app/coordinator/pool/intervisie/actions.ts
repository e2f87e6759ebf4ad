"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import {
  intervisieAttendanceSchema,
  inviteGuestSchema,
  methodStepSchema,
  planIntervisieSchema,
} from "@/lib/intervisie/schemas";
import { inviteAlumnus, planIntervisie, recordIntervisieAttendance, recordMethodStep } from "@/lib/intervisie/service";

const sessionPath = (sessionId: string) => `/coordinator/pool/intervisie/${sessionId}`;

export async function planIntervisieAction(_previous: ActionState<null>, form: FormData): Promise<ActionState<null>> {
  const state = await serverAction(
    { ability: "managePool", schema: planIntervisieSchema, input: formToObject(form) },
    async (user, data) => {
      const session = await planIntervisie(user, { ...data, municipalityId: user.municipalityId ?? "" });
      revalidatePath("/coordinator/pool");
      return session.id;
    },
  );
  if (state.status === "success") redirect(sessionPath(state.data));
  return state.status === "error" ? state : { status: "idle" };
}

export async function recordAttendanceAction(_previous: ActionState<null>, form: FormData): Promise<ActionState<null>> {
  return serverAction(
    { ability: "managePool", schema: intervisieAttendanceSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await recordIntervisieAttendance(user, data);
      revalidatePath(sessionPath(data.sessionId));
      return { data: null, message: t("pool.attendance.saved") };
    },
  );
}

export async function inviteAlumnusAction(_previous: ActionState<null>, form: FormData): Promise<ActionState<null>> {
  return serverAction(
    { ability: "managePool", schema: inviteGuestSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await inviteAlumnus(user, data);
      revalidatePath(sessionPath(data.sessionId));
      return { data: null, message: t("pool.attendance.invited") };
    },
  );
}

export async function recordMethodStepAction(_previous: ActionState<null>, form: FormData): Promise<ActionState<null>> {
  return serverAction(
    { ability: "managePool", schema: methodStepSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await recordMethodStep(user, data);
      revalidatePath(sessionPath(data.sessionId));
      return { data: null, message: t("pool.method.saved") };
    },
  );
}
