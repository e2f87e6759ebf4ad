"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { enrollmentSchema } from "@/lib/recruitment/schemas";
import { withdrawEnrollment } from "@/lib/recruitment/service";

export async function withdrawOwnAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "withdrawApplication", schema: enrollmentSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await withdrawEnrollment(user, data);
      revalidatePath("/staff/enrollments");
      revalidatePath("/staff/recruitment");
      return { data: null, message: t("recruitment.mine.withdrawn") };
    },
  );
}
