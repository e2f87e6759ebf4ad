import { z } from "zod";

/** An admin erases a person: the id and an explicit confirmation (the form's checkbox). */
export const erasePersonSchema = z.object({
  userId: z.uuid({ error: "@privacy.erase.unknownPerson" }),
  confirm: z.literal("on", { error: "@privacy.erase.confirmRequired" }),
});

export type ErasePersonInput = z.output<typeof erasePersonSchema>;

/** The admin's people search (query string); a malformed value is ignored. */
export const peopleSearchSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
