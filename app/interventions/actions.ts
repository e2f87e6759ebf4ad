"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import {
  linkInterventionToAction,
  linkInterventionToAdvice,
  unlinkInterventionFromAction,
  unlinkInterventionFromAdvice,
} from "@/lib/interventions/links";
import {
  actionInterventionSchema,
  adviceInterventionSchema,
  saveInterventionSchema,
} from "@/lib/interventions/schemas";
import { saveIntervention } from "@/lib/interventions/service";

export async function saveInterventionAction(_previous: ActionState<{ id: string }>, form: FormData) {
  return serverAction(
    { ability: "manageInterventions", schema: saveInterventionSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const saved = await saveIntervention(user, data);
      revalidatePath("/interventions");
      return { data: saved, message: t("interventions.form.saved") };
    },
  );
}

export async function linkAdviceInterventionAction(_previous: ActionState<null>, form: FormData) {
  return serverAction(
    { ability: "discussCase", schema: adviceInterventionSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await linkInterventionToAdvice(user, data);
      revalidateCase(data.caseId, data.sessionId);
      return { data: null, message: t("interventions.links.linked") };
    },
  );
}

export async function unlinkAdviceInterventionAction(_previous: ActionState<null>, form: FormData) {
  return serverAction(
    { ability: "discussCase", schema: adviceInterventionSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await unlinkInterventionFromAdvice(user, data);
      revalidateCase(data.caseId, data.sessionId);
      return { data: null, message: t("interventions.links.unlinked") };
    },
  );
}

export async function linkActionInterventionAction(_previous: ActionState<null>, form: FormData) {
  return serverAction(
    { ability: "managePlan", schema: actionInterventionSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const { caseId } = await linkInterventionToAction(user, data);
      revalidateCase(caseId);
      return { data: null, message: t("interventions.links.linked") };
    },
  );
}

export async function unlinkActionInterventionAction(_previous: ActionState<null>, form: FormData) {
  return serverAction(
    { ability: "managePlan", schema: actionInterventionSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const { caseId } = await unlinkInterventionFromAction(user, data);
      revalidateCase(caseId);
      return { data: null, message: t("interventions.links.unlinked") };
    },
  );
}

function revalidateCase(caseId: string, sessionId?: string) {
  revalidatePath(`/cases/${caseId}`);
  if (sessionId) revalidatePath(`/trainer/sessions/${sessionId}/cases`);
  revalidatePath("/interventions/[id]", "page");
}
