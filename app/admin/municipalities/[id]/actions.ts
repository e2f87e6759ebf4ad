"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { municipalityIdSchema, trainerAssignmentSchema, updateMunicipalitySchema } from "@/lib/municipalities/schemas";
import {
  assignTrainer,
  setMunicipalityArchived,
  unassignTrainer,
  updateMunicipality,
} from "@/lib/municipalities/service";

const refresh = (municipalityId: string) => {
  revalidatePath("/admin/municipalities");
  revalidatePath(`/admin/municipalities/${municipalityId}`);
};

export async function updateMunicipalityAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "manageMunicipalities", schema: updateMunicipalitySchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const outcome = await updateMunicipality(user, data);
      refresh(outcome.id);
      return { data: outcome, message: t("municipalities.page.saved") };
    },
  );
}

export async function archiveMunicipalityAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "manageMunicipalities", schema: municipalityIdSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const outcome = await setMunicipalityArchived(user, data, true);
      refresh(outcome.id);
      return { data: outcome, message: t("municipalities.page.archivedDone", { name: outcome.name }) };
    },
  );
}

export async function unarchiveMunicipalityAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "manageMunicipalities", schema: municipalityIdSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const outcome = await setMunicipalityArchived(user, data, false);
      refresh(outcome.id);
      return { data: outcome, message: t("municipalities.page.unarchivedDone", { name: outcome.name }) };
    },
  );
}

export async function assignTrainerAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "manageMunicipalities", schema: trainerAssignmentSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const outcome = await assignTrainer(user, data);
      refresh(data.municipalityId);
      return {
        data: outcome,
        message: t("municipalities.trainers.assigned", {
          trainer: outcome.trainer,
          municipality: outcome.municipality,
        }),
      };
    },
  );
}

export async function unassignTrainerAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "manageMunicipalities", schema: trainerAssignmentSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const outcome = await unassignTrainer(user, data);
      refresh(data.municipalityId);
      return {
        data: outcome,
        message: t("municipalities.trainers.removed", { trainer: outcome.trainer, municipality: outcome.municipality }),
      };
    },
  );
}
