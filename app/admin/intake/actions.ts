"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { convertIntakeSchema, enrollIntakeSchema, moveIntakeSchema } from "@/lib/intake/schemas";
import { convertIntakeToTrajectory, enrollFromIntake, moveIntake } from "@/lib/intake/service";
import { appOrigin } from "@/lib/security/app-origin";

export async function moveIntakeAction(_previous: ActionState<{ id: string }>, form: FormData) {
  return serverAction(
    { ability: "handleIntake", schema: moveIntakeSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const request = await moveIntake(user, data);
      revalidatePath("/admin/intake");
      return { data: { id: request.id }, message: t("intake.move.done") };
    },
  );
}

export async function convertIntakeAction(
  _previous: ActionState<{ id: string; trajectoryId: string | null }>,
  form: FormData,
) {
  return serverAction(
    { ability: "handleIntake", schema: convertIntakeSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const request = await convertIntakeToTrajectory(user, data);
      revalidatePath("/admin/intake");
      return { data: { id: request.id, trajectoryId: request.trajectoryId }, message: t("intake.convert.done") };
    },
  );
}

export async function enrollIntakeAction(
  _previous: ActionState<{ id: string; enrollmentId: string | null }>,
  form: FormData,
) {
  return serverAction(
    { ability: "handleIntake", schema: enrollIntakeSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const request = await enrollFromIntake(user, {
        ...data,
        reason: t("intake.enroll.reason"),
        origin: appOrigin(await headers()),
      });
      revalidatePath("/admin/intake", "layout");
      const { status, place } = request.placement;
      return {
        data: { id: request.id, enrollmentId: request.enrollmentId },
        message:
          status === "WAITLISTED"
            ? t("intake.enroll.doneWaitlisted", { place: place ?? "?" })
            : t("intake.enroll.done"),
      };
    },
  );
}
