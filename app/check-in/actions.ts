"use server";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { contentLanguage } from "@/lib/i18n/config";
import { checkIn } from "@/lib/sessions/door";
import { formatWhen } from "@/lib/sessions/labels";
import { checkInSchema } from "@/lib/sessions/schemas";

/** A participant checks in with the code at the door; the message names the session. */
export async function checkInAction(_previous: ActionState<unknown>, form: FormData): Promise<ActionState<unknown>> {
  return serverAction(
    { ability: "checkInAtSession", schema: checkInSchema, input: formToObject(form) },
    async (user, data, { t, locale }) => {
      const done = await checkIn(user, data);
      return {
        data: done.sessionId,
        message: t("sessions.checkIn.done", {
          session: done.label[contentLanguage(locale)],
          when: formatWhen(done.startsAt, done.endsAt, locale),
        }),
      };
    },
  );
}
