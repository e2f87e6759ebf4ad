import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, PAIR_LIMIT, verifyCredentials } from "@/lib/auth/sign-in";
import { openSignInSession } from "@/lib/auth/sign-in-sessions";
import { db } from "@/lib/db/client";
import { makeMunicipality } from "../support/fixtures";

const RIGHT = "juist-wachtwoord";

async function account(email: string, password = RIGHT) {
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

const attempt = async (email: string, password: string, address: string) =>
  verifyCredentials(await db(), { email, password, address });

/** How the outcomes of many attempts came out: checked passwords ("invalid") and refusals. */
const tally = (outcomes: Awaited<ReturnType<typeof attempt>>[]) => ({
  checked: outcomes.filter((o) => !o.ok && o.reason === "invalid").length,
  refused: outcomes.filter((o) => !o.ok && o.reason === "rateLimited").length,
});

describe("sign-in", () => {
  it("accepts the right password, case-insensitively on the e-mail address", async () => {
    const user = await account("wijkagent@example.test");
    expect(await attempt(" WijkAgent@example.test ", RIGHT, "10.0.0.1")).toMatchObject({
      ok: true,
      user: { id: user.id, role: "STAFF" },
    });
  });

  it("gives one neutral answer for a wrong password and for an unknown account", async () => {
    await account("bekend@example.test");
    const wrong = await attempt("bekend@example.test", "fout", "10.0.0.2");
    const unknown = await attempt("onbekend@example.test", "fout", "10.0.0.2");
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("limits attempts per account and address: the guesser's address is refused, even with the right password; the owner elsewhere is not", async () => {
    await account("doelwit@example.test");
    for (let i = 0; i < PAIR_LIMIT.max; i++) await attempt("doelwit@example.test", "gok", "10.1.0.1");
    expect(await attempt("doelwit@example.test", RIGHT, "10.1.0.1")).toEqual({
      ok: false,
      reason: "rateLimited",
      limit: "address",
    });
    expect(await attempt("doelwit@example.test", RIGHT, "10.1.0.2")).toMatchObject({ ok: true });
  });

  it("cannot be used to lock someone out: wrong passwords from many places refuse new places, not the owner's usual address", async () => {
    const owner = await account("eigenaar@example.test");
    await openSignInSession(await db(), owner.id, "192.0.2.10"); // the owner signed in from here last week
    for (let i = 0; i < ACCOUNT_LIMIT.max; i++) await attempt("eigenaar@example.test", "gok", `10.3.0.${i}`);
    expect(await attempt("eigenaar@example.test", RIGHT, "10.3.1.1")).toEqual({
      ok: false,
      reason: "rateLimited",
      limit: "account",
    });
    expect(await attempt("eigenaar@example.test", RIGHT, "192.0.2.10")).toMatchObject({ ok: true });
    // An unknown account is limited the same way: the refusal does not tell who has an account.
    for (let i = 0; i < ACCOUNT_LIMIT.max; i++) await attempt("niemand@example.test", "gok", `10.4.0.${i}`);
    expect(await attempt("niemand@example.test", "gok", "10.4.1.1")).toEqual({
      ok: false,
      reason: "rateLimited",
      limit: "account",
    });
  });

  it("limits failed attempts per address across accounts", async () => {
    for (let i = 0; i < ADDRESS_LIMIT.max; i++) await attempt(`spray${i}@example.test`, "gok", "10.2.0.1");
    await account("slachtoffer@example.test");
    expect(await attempt("slachtoffer@example.test", RIGHT, "10.2.0.1")).toMatchObject({
      ok: false,
      reason: "rateLimited",
    });
    expect(await attempt("slachtoffer@example.test", RIGHT, "10.2.0.2")).toMatchObject({ ok: true });
  });

  it("does not hold a sign-in that succeeded against anyone", async () => {
    await account("vaak@example.test");
    for (let i = 0; i < ADDRESS_LIMIT.max + 2; i++)
      expect(await attempt("vaak@example.test", RIGHT, "10.5.0.1")).toMatchObject({ ok: true });
  });
});

describe("sign-in under parallel attempts: counting and checking are one step", () => {
  it("checks exactly as many passwords as the per-address limit allows", async () => {
    await account("parallel@example.test");
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () => attempt("parallel@example.test", "gok", "10.6.0.1")),
    );
    expect(tally(outcomes)).toEqual({ checked: PAIR_LIMIT.max, refused: 12 - PAIR_LIMIT.max });
  });

  it("checks exactly as many passwords as the per-account limit allows, from many places at once", async () => {
    await account("verspreid@example.test");
    const outcomes = await Promise.all(
      Array.from({ length: ACCOUNT_LIMIT.max + 6 }, (_, i) => attempt("verspreid@example.test", "gok", `10.7.0.${i}`)),
    );
    expect(tally(outcomes)).toEqual({ checked: ACCOUNT_LIMIT.max, refused: 6 });
  });
});
