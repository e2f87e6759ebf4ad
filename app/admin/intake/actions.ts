"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { convertIntakeSchema, moveIntakeSchema } from "@/lib/intake/schemas";
import { convertIntakeToTrajectory, moveIntake } from "@/lib/intake/service";

export async function moveIntakeAction(_previous: ActionState<{ id: string }>, form: FormData) {
  return serverAction({ roles: ["ADMIN"], schema: moveIntakeSchema, input: formToObject(form) }, async (user, data, { t }) => {
    const request = await moveIntake(user, data);
    revalidatePath("/admin/intake");
    return { data: { id: request.id }, message: t("intake.move.done") };
  });
}

export async function convertIntakeAction(_previous: ActionState<{ id: string; trajectoryId: string | null }>, form: FormData) {
  return serverAction({ roles: ["ADMIN"], schema: convertIntakeSchema, input: formToObject(form) }, async (user, data, { t }) => {
    const request = await convertIntakeToTrajectory(user, data);
    revalidatePath("/admin/intake");
    return { data: { id: request.id, trajectoryId: request.trajectoryId }, message: t("intake.convert.done") };
  });
}
