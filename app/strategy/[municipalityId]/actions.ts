"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import {
  addEntrySchema,
  planActionSchema,
  removeEntrySchema,
  saveNotesSchema,
  strategyActionStatusSchema,
} from "@/lib/strategy/schemas";
import {
  addNetworkEntry,
  changeStrategyActionStatus,
  planActionFromEntry,
  removeNetworkEntry,
  saveStrategyNotes,
} from "@/lib/strategy/service";

export async function addEntryAction(_previous: ActionState<{ id: string }>, form: FormData) {
  return serverAction(
    { ability: "editStrategy", schema: addEntrySchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const entry = await addNetworkEntry(user, data);
      revalidatePath(`/strategy/${entry.municipalityId}`);
      return { data: { id: entry.id }, message: t("strategy.entry.added") };
    },
  );
}

export async function removeEntryAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "editStrategy", schema: removeEntrySchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const removed = await removeNetworkEntry(user, data);
      revalidatePath("/strategy", "layout");
      return { data: removed, message: t("strategy.entry.removed") };
    },
  );
}

export async function saveNotesAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "editStrategy", schema: saveNotesSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const saved = await saveStrategyNotes(user, data);
      revalidatePath(`/strategy/${saved.municipalityId}`, "layout");
      return { data: saved, message: t("strategy.notes.saved") };
    },
  );
}

export async function planActionAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "editStrategy", schema: planActionSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const action = await planActionFromEntry(user, data);
      revalidatePath("/strategy", "layout");
      return { data: action, message: t("strategy.plan.added") };
    },
  );
}

export async function strategyActionStatusAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "editStrategy", schema: strategyActionStatusSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const action = await changeStrategyActionStatus(user, data);
      revalidatePath("/strategy", "layout");
      return { data: action, message: t("strategy.plan.statusChanged") };
    },
  );
}
