import { describe, expect, it } from "vitest";
import { sessionStatus } from "@/lib/sessions/status";

const startsAt = new Date("2026-03-10T09:00:00Z");
const endsAt = new Date("2026-03-10T16:00:00Z");
const session = { status: "SCHEDULED" as const, startsAt, endsAt };
const at = (iso: string) => new Date(iso);

describe("sessionStatus", () => {
  it("is scheduled until the start", () => {
    expect(sessionStatus(session, at("2026-03-10T08:59:59.999Z"))).toBe("SCHEDULED");
  });

  it("is in progress from the start until the end", () => {
    expect(sessionStatus(session, startsAt)).toBe("IN_PROGRESS");
    expect(sessionStatus(session, at("2026-03-10T15:59:59.999Z"))).toBe("IN_PROGRESS");
  });

  it("has been held from the end on", () => {
    expect(sessionStatus(session, endsAt)).toBe("HELD");
    expect(sessionStatus(session, at("2026-09-01T00:00:00Z"))).toBe("HELD");
  });

  it("stays cancelled before, during and after its time", () => {
    const cancelled = { ...session, status: "CANCELLED" as const };
    for (const now of [at("2026-03-01T00:00:00Z"), startsAt, endsAt]) {
      expect(sessionStatus(cancelled, now)).toBe("CANCELLED");
    }
  });
});
