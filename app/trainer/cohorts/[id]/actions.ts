"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { changeCapacitySchema, changeCohortStatusSchema } from "@/lib/cohorts/schemas";
import { changeCohortCapacity, changeCohortStatus } from "@/lib/cohorts/service";
import { db } from "@/lib/db/client";
import type { Translate } from "@/lib/i18n/translate";
import { warningsOf } from "@/lib/recruitment/outcome";
import { enrollmentSchema, overrideSchema } from "@/lib/recruitment/schemas";
import { acceptApplication, admitWithOverride, withdrawEnrollment, type Placement } from "@/lib/recruitment/service";

async function placementOutcome(placement: Placement, t: Translate) {
  const enrollment = await (
    await db()
  ).enrollment.findUniqueOrThrow({
    where: { id: placement.enrollmentId },
    select: { cohortId: true, user: { select: { name: true } } },
  });
  revalidatePath(`/trainer/cohorts/${enrollment.cohortId}`);
  const name = enrollment.user.name;
  const message =
    placement.status === "ACCEPTED"
      ? t("cohorts.result.accepted", { name })
      : placement.status === "WAITLISTED"
        ? t("cohorts.result.waitlisted", { name, place: placement.place ?? 0 })
        : t("cohorts.result.applied", { name });
  return { data: placement.status, message, warnings: warningsOf(placement, t) };
}

export async function acceptAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "placeApplicants", schema: enrollmentSchema, input: formToObject(form) },
    async (user, data, { t }) => placementOutcome(await acceptApplication(user, data), t),
  );
}

export async function admitAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "placeApplicants", schema: overrideSchema, input: formToObject(form) },
    async (user, data, { t }) => placementOutcome(await admitWithOverride(user, data), t),
  );
}

export async function withdrawAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "placeApplicants", schema: enrollmentSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const { promoted } = await withdrawEnrollment(user, data);
      const { cohortId } = await (
        await db()
      ).enrollment.findUniqueOrThrow({ where: { id: data.enrollmentId }, select: { cohortId: true } });
      revalidatePath(`/trainer/cohorts/${cohortId}`);
      const message = [
        t("cohorts.result.withdrawn"),
        promoted.length ? t("cohorts.result.promoted", { count: promoted.length }) : "",
      ]
        .filter(Boolean)
        .join(" ");
      return { data: null, message };
    },
  );
}

export async function capacityAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "planCohort", schema: changeCapacitySchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const { promoted } = await changeCohortCapacity(user, data);
      revalidatePath(`/trainer/cohorts/${data.cohortId}`);
      const message = [
        t("cohorts.result.capacityChanged"),
        promoted.length ? t("cohorts.result.promoted", { count: promoted.length }) : "",
      ]
        .filter(Boolean)
        .join(" ");
      return { data: null, message };
    },
  );
}

export async function statusAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "planCohort", schema: changeCohortStatusSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await changeCohortStatus(user, data);
      revalidatePath(`/trainer/cohorts/${data.cohortId}`);
      return { data: null, message: t("cohorts.result.statusChanged") };
    },
  );
}
