"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { changeCapacitySchema, changeCohortStatusSchema } from "@/lib/cohorts/schemas";
import { changeCohortCapacity, changeCohortStatus } from "@/lib/cohorts/service";
import type { Translate } from "@/lib/i18n/translate";
import { placementMessage, warningsOf, withPromotions } from "@/lib/recruitment/outcome";
import { enrollmentSchema, overrideSchema } from "@/lib/recruitment/schemas";
import { acceptApplication, admitWithOverride, withdrawEnrollment, type Placement } from "@/lib/recruitment/service";

const roster = (cohortId: string) => revalidatePath(`/trainer/cohorts/${cohortId}`);

function placed(placement: Placement, t: Translate) {
  roster(placement.cohortId);
  return { data: placement.status, message: placementMessage(placement, t), warnings: warningsOf(placement, t) };
}

export async function acceptAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "placeApplicants", schema: enrollmentSchema, input: formToObject(form) },
    async (user, data, { t }) => placed(await acceptApplication(user, data), t),
  );
}

export async function admitAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "placeApplicants", schema: overrideSchema, input: formToObject(form) },
    async (user, data, { t }) => placed(await admitWithOverride(user, data), t),
  );
}

export async function withdrawAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "placeApplicants", schema: enrollmentSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const { cohortId, promoted } = await withdrawEnrollment(user, data);
      roster(cohortId);
      return { data: null, message: withPromotions(t("cohorts.result.withdrawn"), promoted, t) };
    },
  );
}

export async function capacityAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "planCohort", schema: changeCapacitySchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const { promoted } = await changeCohortCapacity(user, data);
      roster(data.cohortId);
      return { data: null, message: withPromotions(t("cohorts.result.capacityChanged"), promoted, t) };
    },
  );
}

export async function statusAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "planCohort", schema: changeCohortStatusSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const changed = await changeCohortStatus(user, data);
      roster(data.cohortId);
      const total = changed.completed + changed.notCompleted;
      return {
        data: null,
        message:
          data.status === "COMPLETED"
            ? t("cohorts.result.completed", { completed: changed.completed, total })
            : t("cohorts.result.statusChanged"),
      };
    },
  );
}
