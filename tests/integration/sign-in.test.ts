import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { ACCOUNT_LIMIT, verifyCredentials } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { makeMunicipality } from "../support/fixtures";

async function account(email: string, password: string) {
  const municipality = await makeMunicipality();
  return (await db()).user.create({
    data: {
      name: "Test",
      email,
      role: "STAFF",
      municipalityId: municipality.id,
      passwordHash: await hashPassword(password),
    },
  });
}

describe("sign-in", () => {
  it("accepts the right password, case-insensitively on the e-mail address", async () => {
    const user = await account("wijkagent@example.test", "juist-wachtwoord");
    const outcome = await verifyCredentials(await db(), {
      email: " WijkAgent@example.test ",
      password: "juist-wachtwoord",
      address: "10.0.0.1",
    });
    expect(outcome).toMatchObject({ ok: true, user: { id: user.id, role: "STAFF" } });
  });

  it("gives one neutral answer for a wrong password and for an unknown account", async () => {
    await account("bekend@example.test", "juist-wachtwoord");
    const prisma = await db();
    const wrong = await verifyCredentials(prisma, {
      email: "bekend@example.test",
      password: "fout",
      address: "10.0.0.2",
    });
    const unknown = await verifyCredentials(prisma, {
      email: "onbekend@example.test",
      password: "fout",
      address: "10.0.0.2",
    });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("limits failed attempts per account, even with the right password afterwards", async () => {
    await account("doelwit@example.test", "juist-wachtwoord");
    const prisma = await db();
    for (let attempt = 0; attempt < ACCOUNT_LIMIT.max; attempt++) {
      await verifyCredentials(prisma, { email: "doelwit@example.test", password: "gok", address: `10.1.0.${attempt}` });
    }
    expect(
      await verifyCredentials(prisma, {
        email: "doelwit@example.test",
        password: "juist-wachtwoord",
        address: "10.1.1.1",
      }),
    ).toEqual({
      ok: false,
      reason: "rateLimited",
    });
  });

  it("limits failed attempts per address across accounts", async () => {
    const prisma = await db();
    for (let attempt = 0; attempt < 30; attempt++) {
      await verifyCredentials(prisma, { email: `spray${attempt}@example.test`, password: "gok", address: "10.2.0.1" });
    }
    await account("slachtoffer@example.test", "juist-wachtwoord");
    expect(
      await verifyCredentials(prisma, {
        email: "slachtoffer@example.test",
        password: "juist-wachtwoord",
        address: "10.2.0.1",
      }),
    ).toEqual({ ok: false, reason: "rateLimited" });
    expect(
      await verifyCredentials(prisma, {
        email: "slachtoffer@example.test",
        password: "juist-wachtwoord",
        address: "10.2.0.2",
      }),
    ).toMatchObject({ ok: true });
  });
});
