import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";

/**
 * The key that signs session tokens: AUTH_SECRET when set, else one the platform made
 * for itself on first use and keeps in the database, so every instance shares it.
 */
export async function authSecret(): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const prisma = await db();
  await prisma.systemSecret.upsert({
    where: { name: "auth" },
    create: { name: "auth", value: randomBytes(32).toString("base64url") },
    update: {},
  });
  return (await prisma.systemSecret.findUniqueOrThrow({ where: { name: "auth" } })).value;
}
