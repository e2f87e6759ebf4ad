import { z } from "zod";

/** An admin erases a person: the id and an explicit confirmation (the form's checkbox). */
export const erasePersonSchema = z.object({
  userId: z.uuid({ error: "@privacy.erase.unknownPerson" }),
  confirm: z.literal("on", { error: "@privacy.erase.confirmRequired" }),
});

export type ErasePersonInput = z.output<typeof erasePersonSchema>;
