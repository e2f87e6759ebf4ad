"use server";
import { revalidatePath } from "next/cache";
import { formToObject } from "@/lib/actions/validate";
import { serverAction } from "@/lib/actions/server-action";
import type { ActionState } from "@/lib/actions/state";
import { publishLessonSchema, withdrawLessonSchema, writeLessonSchema } from "@/lib/lessons/schemas";
import { publishLesson, withdrawLesson, writeLesson } from "@/lib/lessons/service";

export async function writeLessonAction(_previous: ActionState<{ id: string }>, form: FormData) {
  return serverAction(
    { ability: "writeLesson", schema: writeLessonSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const lesson = await writeLesson(user, data);
      revalidatePath("/lessons");
      return { data: { id: lesson.id }, message: t("network.lessons.form.saved") };
    },
  );
}

export async function publishLessonAction(_previous: ActionState<{ id: string }>, form: FormData) {
  return serverAction(
    { ability: "publishLesson", schema: publishLessonSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const lesson = await publishLesson(user, data);
      revalidatePath("/lessons");
      revalidatePath("/network");
      return { data: { id: lesson.id }, message: t("network.lessons.publish.done") };
    },
  );
}

export async function withdrawLessonAction(_previous: ActionState<{ id: string }>, form: FormData) {
  return serverAction(
    { ability: "publishLesson", schema: withdrawLessonSchema, input: formToObject(form) },
    async (user, data, { t }) => {
      const lesson = await withdrawLesson(user, data);
      revalidatePath("/lessons");
      revalidatePath("/network");
      return { data: { id: lesson.id }, message: t("network.lessons.publish.withdrawn") };
    },
  );
}
