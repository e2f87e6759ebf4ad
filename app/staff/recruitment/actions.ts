"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { applicationMessage, warningsOf } from "@/lib/recruitment/outcome";
import { applySchema, introSchema } from "@/lib/recruitment/schemas";
import { applyForCohort, cancelIntroRegistration, registerForIntro } from "@/lib/recruitment/service";

export async function registerAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "registerForIntro", schema: introSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const { already } = await registerForIntro(user, data);
      revalidatePath("/staff/recruitment");
      return {
        data: null,
        message: t(already ? "recruitment.staff.alreadyRegisteredMessage" : "recruitment.staff.registeredMessage"),
      };
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
      revalidatePath("/staff/recruitment");
      revalidatePath("/staff/enrollments");
      return { data: placement.status, message: applicationMessage(placement, t), warnings: warningsOf(placement, t) };
    },
  );
}
