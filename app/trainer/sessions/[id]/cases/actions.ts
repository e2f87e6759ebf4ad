"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { adviceSchema, linkSchema } from "@/lib/cases/schemas";
import { linkCaseToSession, recordAdvice, unlinkCaseFromSession } from "@/lib/cases/service";

export async function linkCaseAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "discussCase", schema: linkSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const result = await linkCaseToSession(user, data);
      revalidatePath(`/trainer/sessions/${data.sessionId}/cases`);
      return { data: result, message: t("cases.session.linkedDone") };
    },
  );
}

export async function unlinkCaseAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "discussCase", schema: linkSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await unlinkCaseFromSession(user, data);
      revalidatePath(`/trainer/sessions/${data.sessionId}/cases`);
      return { data: null, message: t("cases.session.unlinkedDone") };
    },
  );
}

export async function recordAdviceAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "discussCase", schema: adviceSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await recordAdvice(user, data);
      revalidatePath(`/trainer/sessions/${data.sessionId}/cases`);
      return { data: null, message: t("cases.session.adviceSaved") };
    },
  );
}
