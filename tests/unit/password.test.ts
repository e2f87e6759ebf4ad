import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

describe("password hashing (scrypt)", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("geheim-wachtwoord");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword("geheim-wachtwoord", hash)).toBe(true);
    expect(await verifyPassword("geheim-wachtwoorD", hash)).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("zelfde")).not.toBe(await hashPassword("zelfde"));
  });

  it("rejects malformed stored hashes", async () => {
    expect(await verifyPassword("x", "plain-text")).toBe(false);
  });
});
