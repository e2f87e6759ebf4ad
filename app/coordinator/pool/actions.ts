"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { db } from "@/lib/db/client";
import { addPoolMember, changePoolMemberStatus } from "@/lib/pool/members";
import { addMemberSchema, memberStatusSchema } from "@/lib/pool/schemas";

export async function addMember(_previous: ActionState<null>, form: FormData): Promise<ActionState<null>> {
  return serverAction(
    { ability: "managePool", schema: addMemberSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      await addPoolMember(user, { municipalityId: user.municipalityId ?? "", userId: data.userId });
      const person = await (await db()).user.findUniqueOrThrow({ where: { id: data.userId }, select: { name: true } });
      revalidatePath("/coordinator/pool");
      return { data: null, message: t("pool.members.added", { name: person.name }) };
    },
  );
}

export async function changeMemberStatus(_previous: ActionState<null>, form: FormData): Promise<ActionState<null>> {
  return serverAction(
    { ability: "managePool", schema: memberStatusSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const member = await changePoolMemberStatus(user, data);
      const person = await (
        await db()
      ).user.findUniqueOrThrow({ where: { id: member.userId }, select: { name: true } });
      revalidatePath("/coordinator/pool");
      return {
        data: null,
        message: t("pool.members.changed", { name: person.name, status: t(`enums.poolMemberStatus.${data.status}`) }),
      };
    },
  );
}
