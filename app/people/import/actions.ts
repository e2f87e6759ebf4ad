"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { importIdSchema, stageRowsSchema, startImportSchema } from "@/lib/people/import/schemas";
import {
  cancelStaffImport,
  commitStaffImport,
  stageStaffImportRows,
  startStaffImport,
} from "@/lib/people/import/service";
import { appOrigin } from "@/lib/security/app-origin";

export async function startStaffImportAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction({ ability: "importPeople", schema: startImportSchema, input: formToObject(form) }, (user, data) =>
    startStaffImport(user, data),
  );
}

export async function stageStaffImportRowsAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction({ ability: "importPeople", schema: stageRowsSchema, input: formToObject(form) }, (user, data) =>
    stageStaffImportRows(user, data),
  );
}

export async function commitStaffImportAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "importPeople", schema: importIdSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const outcome = await commitStaffImport(user, data, appOrigin(await headers()));
      revalidatePath("/admin/people");
      return { data: outcome, message: t("peopleImport.progress.done", { count: outcome.imported }) };
    },
  );
}

export async function cancelStaffImportAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "importPeople", schema: importIdSchema, input: formToObject(form) },
    async (user, data, { t }) => ({
      data: await cancelStaffImport(user, data),
      message: t("peopleImport.progress.cancelled"),
    }),
  );
}
