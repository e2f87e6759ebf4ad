"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { formToObject } from "@/lib/actions/validate";
import { createMunicipalitySchema } from "@/lib/municipalities/schemas";
import { createMunicipality } from "@/lib/municipalities/service";

export async function createMunicipalityAction(_previous: ActionState<unknown>, form: FormData) {
  return serverAction(
    { ability: "manageMunicipalities", schema: createMunicipalitySchema, input: formToObject(form) },
    async (user, data) => {
      const municipality = await createMunicipality(user, data);
      revalidatePath("/admin/municipalities");
      redirect(`/admin/municipalities/${municipality.id}`);
    },
  );
}
