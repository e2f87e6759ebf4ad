"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { addMemberSchema, memberStatusSchema } from "@/lib/pool/schemas";
import { addPoolMember, changePoolMemberStatus } from "@/lib/pool/service";

export async function addMember(_previous: ActionState<null>, form: FormData): Promise<ActionState<null>> {
  return serverAction(
    { ability: "managePool", schema: addMemberSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const member = await addPoolMember(user, { municipalityId: user.municipalityId ?? "", userId: data.userId });
      revalidatePath("/coordinator/pool");
      return { data: null, message: t("pool.members.added", { name: member.name }) };
    },
  );
}

export async function changeMemberStatus(_previous: ActionState<null>, form: FormData): Promise<ActionState<null>> {
  return serverAction(
    { ability: "managePool", schema: memberStatusSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const member = await changePoolMemberStatus(user, data);
      revalidatePath("/coordinator/pool");
      return {
        data: null,
        message: t("pool.members.changed", { name: member.name, status: t(`enums.poolMemberStatus.${data.status}`) }),
      };
    },
  );
}
