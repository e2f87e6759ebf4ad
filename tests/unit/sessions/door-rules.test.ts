import { describe, expect, it } from "vitest";
import {
  CHECK_IN_ALPHABET,
  checkAttendanceOpen,
  checkCheckInOpen,
  checkInCode,
  isCheckInCode,
  normaliseCheckInCode,
} from "@/lib/sessions/rules";
import { checkInSchema } from "@/lib/sessions/schemas";

const startsAt = new Date("2026-12-08T09:00:00Z");
const endsAt = new Date("2026-12-08T11:00:00Z");
const at = (iso: string) => new Date(iso);

describe("R10 at the door: when attendance may be recorded", () => {
  it("opens half an hour before the start and stays open after the session", () => {
    expect(checkAttendanceOpen({ startsAt }, at("2026-12-08T08:29:59Z"))).toMatchObject({
      rule: "R10",
      key: "attendanceNotYet",
      params: { opens: at("2026-12-08T08:30:00Z") },
    });
    expect(checkAttendanceOpen({ startsAt }, at("2026-12-08T08:30:00Z"))).toBeNull();
    expect(checkAttendanceOpen({ startsAt }, at("2027-01-08T08:30:00Z"))).toBeNull();
  });
});

describe("R10 at the door: when participants may check in", () => {
  const session = { startsAt, endsAt };
  it("is not open before the door opens", () => {
    expect(checkCheckInOpen(session, at("2026-12-08T08:29:59Z"))).toMatchObject({ rule: "R10", key: "checkInNotYet" });
  });
  it("is open from the door opening until just before the end", () => {
    expect(checkCheckInOpen(session, at("2026-12-08T08:30:00Z"))).toBeNull();
    expect(checkCheckInOpen(session, at("2026-12-08T10:59:59Z"))).toBeNull();
  });
  it("is closed once the session has ended", () => {
    expect(checkCheckInOpen(session, endsAt)).toMatchObject({ rule: "R10", key: "checkInClosed" });
  });
});

describe("check-in codes", () => {
  it("uses no characters that are mixed up at a glance", () => {
    for (const ambiguous of "0O1IL5S2Z8B") expect(CHECK_IN_ALPHABET).not.toContain(ambiguous);
  });
  it("makes six characters of the alphabet from any bytes", () => {
    expect(checkInCode(new Uint8Array([0, 1, 24, 25, 255, 100, 7, 7]))).toBe("AC9AGA");
    const code = checkInCode(crypto.getRandomValues(new Uint8Array(8)));
    expect(isCheckInCode(code)).toBe(true);
  });
  it("reads what someone typed: lower case, spaces and dashes", () => {
    expect(normaliseCheckInCode(" acd-349 ")).toBe("ACD349");
    expect(checkInSchema.parse({ code: "acd 349" })).toEqual({ code: "ACD349" });
  });
  it("refuses codes of the wrong length or with other characters before any look-up", () => {
    expect(isCheckInCode("ACD34")).toBe(false);
    expect(isCheckInCode("ACD3490")).toBe(false);
    expect(isCheckInCode("ACD340")).toBe(false);
    expect(checkInSchema.safeParse({ code: "O0O0O0" }).success).toBe(false);
    expect(checkInSchema.safeParse({ code: "x".repeat(41) }).success).toBe(false);
  });
});
