"use server";
import { redirect } from "next/navigation";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { scheduleSessionSchema } from "@/lib/sessions/schemas";
import { scheduleSession } from "@/lib/sessions/service";

export async function scheduleSessionAction(
  _previous: ActionState<unknown>,
  form: FormData,
): Promise<ActionState<unknown>> {
  return serverAction(
    { ability: "planSession", schema: scheduleSessionSchema, input: formToObject(form) },
    async (user, data) => {
      const session = await scheduleSession(user, data);
      redirect(`/trainer/sessions/${session.id}`);
    },
  );
}
