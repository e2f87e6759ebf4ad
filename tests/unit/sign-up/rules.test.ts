import { describe, expect, it } from "vitest";
import { domainRefusal, introFull, signUpClosed, switchOnRefusal } from "@/lib/sign-up/rules";
import { signUpSchema, signUpToken } from "@/lib/sign-up/schemas";

const now = new Date("2027-01-19T12:00:00Z");
const open = { status: "SCHEDULED", startsAt: new Date(now.getTime() + 1), registrationOpen: true };

describe("sign-up link rules (ADR 0032)", () => {
  it("R10 the link takes sign-ups until the very moment the intro starts, never for a cancelled one", () => {
    expect(signUpClosed(open, now)).toBeNull();
    expect(signUpClosed({ ...open, startsAt: now }, now)).toMatchObject({ rule: "R10", key: "signUpStarted" });
    expect(signUpClosed({ ...open, status: "CANCELLED" }, now)).toMatchObject({ rule: "R10" });
  });

  it("R3 it follows the trainer's registration: closed registration, no sign-ups and no switching on", () => {
    expect(signUpClosed({ ...open, registrationOpen: false }, now)).toMatchObject({
      rule: "R3",
      key: "signUpRegistrationClosed",
    });
    expect(switchOnRefusal({ ...open, registrationOpen: false }, now)).toMatchObject({
      rule: "R3",
      key: "signUpNeedsRegistration",
    });
    expect(switchOnRefusal(open, now)).toBeNull();
    expect(switchOnRefusal({ ...open, startsAt: now }, now)).toMatchObject({ rule: "R10" });
  });

  it("R20 only the municipality's exact domains, in any case; the refusal names them", () => {
    const zwolle = { name: "Zwolle", emailDomains: ["zwolle.nl", "gemeentezwolle.nl"] };
    expect(domainRefusal("Anna@Zwolle.NL", zwolle)).toBeNull();
    expect(domainRefusal("anna@wijk.zwolle.nl", zwolle)).toEqual({
      rule: "R20",
      key: "signUpDomain",
      params: { municipality: "Zwolle", domains: "@zwolle.nl, @gemeentezwolle.nl" },
    });
    expect(domainRefusal("anna@zwolle.nl", { name: "Zwolle", emailDomains: [] })).toMatchObject({
      key: "signUpNoDomains",
    });
  });

  it("R3 full at the last place; no capacity is never full", () => {
    expect(introFull(2, 1)).toBeNull();
    expect(introFull(2, 2)).toMatchObject({ rule: "R3", key: "introFull", params: { capacity: 2 } });
    expect(introFull(null, 10_000)).toBeNull();
  });

  it("the form: bounded, lower-cased address, a work field from the list, the token's shape", () => {
    const token = "A".repeat(43);
    expect(
      signUpSchema.parse({ token, name: " Sanne ", email: " Sanne@Zwolle.NL ", workField: "CARE", jobTitle: "" }),
    ).toEqual({ token, name: "Sanne", email: "sanne@zwolle.nl", workField: "CARE", jobTitle: null });
    expect(signUpToken.safeParse("A".repeat(42)).success).toBe(false);
    expect(signUpToken.safeParse(`${"A".repeat(42)}=`).success).toBe(false);
    const bad = signUpSchema.safeParse({ token, name: "x".repeat(121), email: "x", workField: "ADMIN" });
    expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual(["email", "name", "workField"]);
  });
});
