"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { checklistSchema } from "@/lib/network/schemas";
import { saveChecklistAsDraft } from "@/lib/network/service";

/** Saves the short analysis checklist as a case draft of the user's municipality, then shows it. */
export async function saveChecklistAction(_previous: ActionState<{ id: string }>, form: FormData) {
  const state = await serverAction(
    { ability: "writeCase", schema: checklistSchema, input: formToObject(form) },
    async (user, data, { locale }) => {
      const saved = await saveChecklistAsDraft(user, data, locale);
      return { id: saved.id };
    },
  );
  if (state.status !== "success") return state;
  revalidatePath("/staff/cases");
  revalidatePath("/coordinator/cases");
  redirect(`/cases/${state.data.id}?saved=draft`);
}
