import { z } from "zod";

export const outboxMailSchema = z.object({ mailId: z.uuid() });
export type OutboxMailInput = z.output<typeof outboxMailSchema>;
