"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import { formToObject } from "@/lib/actions/validate";
import type { ActionState } from "@/lib/actions/state";
import { erasePersonSchema } from "@/lib/privacy/schemas";
import { erasePerson } from "@/lib/privacy/service";

export async function erasePersonAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction({ roles: ["ADMIN"], schema: erasePersonSchema, input: formToObject(form) }, async (user, data, { t }) => {
    const outcome = await erasePerson(user, data);
    revalidatePath("/admin/people");
    return { data: outcome, message: t("privacy.erase.done", { cases: outcome.anonymisedCases }) };
  });
}
