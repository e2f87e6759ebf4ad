import { z } from "zod";
import { PoolMemberStatus } from "@/lib/generated/prisma/enums";

const id = z.string().trim().uuid();

export const addMemberSchema = z.object({ userId: id });

export const memberStatusSchema = z.object({
  memberId: id,
  status: z.enum(PoolMemberStatus),
});
