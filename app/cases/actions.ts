"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import {
  actionSchema,
  actionStatusSchema,
  caseFormSchema,
  caseRefSchema,
  confidentialitySchema,
} from "@/lib/cases/schemas";
import { addAction, changeActionStatus, changeConfidentiality, closeCase, saveCase } from "@/lib/cases/service";

/** The case page's notice after a save: submitted just now, kept as a draft, or changes saved. */
const savedNotice = (saved: { status: string; submitted: boolean }) =>
  saved.submitted ? "submitted" : saved.status === "DRAFT" ? "draft" : "saved";

/** Saves a draft or submits it, then shows the case. */
export async function saveCaseAction(_previous: ActionState<unknown>, form: FormData) {
  const state = await serverAction(
    { ability: "writeCase", schema: caseFormSchema, input: formToObject(form) },
    (user, data) => saveCase(user, data),
  );
  if (state.status !== "success") return state;
  revalidatePath("/staff/cases");
  redirect(`/cases/${state.data.id}?saved=${savedNotice(state.data)}`);
}

export async function addActionAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "managePlan", schema: actionSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const result = await addAction(user, data);
      revalidatePath(`/cases/${data.caseId}`);
      return { data: result, message: t("cases.plan.added") };
    },
  );
}

export async function changeActionStatusAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "managePlan", schema: actionStatusSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await changeActionStatus(user, data);
      revalidatePath("/cases/[id]", "page");
      return { data: null, message: t("cases.plan.updated") };
    },
  );
}

export async function closeCaseAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "managePlan", schema: caseRefSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await closeCase(user, data);
      revalidatePath(`/cases/${data.caseId}`);
      return { data: null, message: t("cases.page.closed") };
    },
  );
}

export async function changeConfidentialityAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "shareCase", schema: confidentialitySchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await changeConfidentiality(user, data);
      revalidatePath(`/cases/${data.caseId}`);
      return { data: null, message: t("form.saved") };
    },
  );
}
