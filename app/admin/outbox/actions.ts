"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { deliverSoon } from "@/lib/notifications/deliver-soon";
import { outboxMailSchema } from "@/lib/notifications/schemas";
import { retryFailedMail } from "@/lib/notifications/service";

export async function retryFailedMailAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "retryFailedMail", schema: outboxMailSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const outcome = await retryFailedMail(user, data);
      deliverSoon();
      revalidatePath("/admin/outbox");
      return {
        data: outcome,
        message: t(outcome.queued ? "sessions.outbox.retried" : "sessions.outbox.notFailed", { to: outcome.toEmail }),
      };
    },
  );
}
