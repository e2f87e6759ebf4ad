import { z } from "zod";
import { GameChanger, WorkField } from "@/lib/generated/prisma/enums";
import { LESSON_THEMES } from "./themes";

/** A checkbox group arrives as one string or an array; absent means none. */
export const manyOf = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(item).max(20),
  );

const text = (max: number) => z.string().trim().max(max);

export const writeLessonSchema = z.object({
  sessionId: z.uuid(),
  title: text(160).min(3, "@network.lessons.form.titleHelp"),
  successes: text(5000).min(10, "@network.lessons.form.successesHelp"),
  dilemmas: text(5000).default(""),
  insights: text(5000).default(""),
  themes: manyOf(z.enum(LESSON_THEMES)),
  workFields: manyOf(z.enum(WorkField)),
  gameChangers: manyOf(z.enum(GameChanger)),
});
export type WriteLessonInput = z.input<typeof writeLessonSchema>;

export const publishLessonSchema = z.object({
  lessonId: z.uuid(),
  /** The coordinator confirms the text names no people (docs/domain.md Privacy). */
  noNames: z.literal("on", "@network.lessons.publish.confirmRequired"),
});

export const withdrawLessonSchema = z.object({ lessonId: z.uuid() });
