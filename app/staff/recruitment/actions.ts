"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { warningsOf } from "@/lib/recruitment/outcome";
import { applySchema, introSchema } from "@/lib/recruitment/schemas";
import { applyForCohort, cancelIntroRegistration, registerForIntro } from "@/lib/recruitment/service";

export async function registerAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "registerForIntro", schema: introSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await registerForIntro(user, data);
      revalidatePath("/staff/recruitment");
      return { data: null, message: t("recruitment.staff.registeredMessage") };
    },
  );
}

export async function cancelRegistrationAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "registerForIntro", schema: introSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await cancelIntroRegistration(user, data);
      revalidatePath("/staff/recruitment");
      return { data: null, message: t("recruitment.staff.cancelledMessage") };
    },
  );
}

export async function applyAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "applyForCohort", schema: applySchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const placement = await applyForCohort(user, data);
      const cohort = { name: placement.cohortName };
      revalidatePath("/staff/recruitment");
      revalidatePath("/staff/enrollments");
      const message =
        placement.status === "ACCEPTED"
          ? t("recruitment.apply.accepted", { cohort: cohort.name })
          : placement.status === "WAITLISTED"
            ? t("recruitment.apply.waitlisted", { cohort: cohort.name, place: placement.place ?? 0 })
            : t("recruitment.apply.applied", { cohort: cohort.name });
      return { data: placement.status, message, warnings: warningsOf(placement, t) };
    },
  );
}
