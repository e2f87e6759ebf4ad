"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { resetCalendarToken } from "@/lib/calendar/service";

export async function resetCalendarTokenAction(_previous: ActionState<unknown>): Promise<ActionState<unknown>> {
  return serverAction({ ability: "useOwnAccount", schema: z.object({}), input: {} }, async (user, _data, { t }) => {
    await resetCalendarToken(user);
    revalidatePath("/calendar");
    return { data: null, message: t("sessions.calendar.resetDone") };
  });
}
