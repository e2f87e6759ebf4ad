import { describe, expect, it } from "vitest";
import { nearestFreeStarts } from "@/lib/sessions/rules";
import { fromLocalInput, toLocalInput } from "@/lib/sessions/time";

// 2027-03-01 is a Monday; times are local (Europe/Amsterdam).
const local = (date: string, time: string) => fromLocalInput(date, time)!;
const busy = (date: string, from: string, to: string) => ({ startsAt: local(date, from), endsAt: local(date, to) });
const shown = (starts: Date[]) => starts.map((s) => `${toLocalInput(s).date} ${toLocalInput(s).time}`);

describe("nearestFreeStarts (R8's alternatives)", () => {
  it("offers the free moments nearest the requested time, on both sides, in time order", () => {
    const found = nearestFreeStarts({
      requested: local("2027-03-10", "10:00"),
      durationMinutes: 120,
      busy: [busy("2027-03-10", "09:00", "12:00")],
    });
    expect(shown(found)).toEqual(["2027-03-09 13:30", "2027-03-10 12:00", "2027-03-10 13:30"]);
  });

  it("does not fall back on the earliest free moment overall", () => {
    const found = nearestFreeStarts({
      requested: local("2027-06-16", "09:00"),
      durationMinutes: 420,
      busy: [busy("2027-06-16", "09:00", "17:00")],
      notBefore: local("2027-03-01", "08:00"),
    });
    expect(shown(found)).toEqual(["2027-06-14 09:00", "2027-06-15 09:00", "2027-06-17 09:00"]);
  });

  it("keeps within working hours and skips the weekend", () => {
    const found = nearestFreeStarts({
      requested: local("2027-03-05", "13:30"),
      durationMinutes: 270,
      busy: [busy("2027-03-04", "09:00", "18:00"), busy("2027-03-05", "09:00", "18:00")],
    });
    // Thursday and Friday are full; 13:30 + 4½ h ends exactly at 18:00; the weekend is skipped.
    expect(shown(found)).toEqual(["2027-03-03 09:00", "2027-03-03 13:30", "2027-03-08 09:00"]);
  });

  it("a session ending after 18:00 is not offered; one ending at 18:00 is", () => {
    const found = nearestFreeStarts({
      requested: local("2027-03-10", "13:30"),
      durationMinutes: 271,
      busy: [],
      count: 1,
    });
    expect(shown(found)).toEqual(["2027-03-10 09:00"]);
  });

  it("never offers a moment before notBefore, nor one that the order rules refuse", () => {
    const found = nearestFreeStarts({
      requested: local("2027-03-02", "09:00"),
      durationMinutes: 60,
      busy: [busy("2027-03-02", "09:00", "18:00")],
      notBefore: local("2027-03-02", "08:00"),
      fits: (startsAt) => startsAt.getTime() !== local("2027-03-03", "09:00").getTime(),
    });
    expect(shown(found)).toEqual(["2027-03-03 13:30", "2027-03-04 09:00", "2027-03-04 13:30"]);
  });

  it("is empty when nothing is free in the horizon", () => {
    expect(
      nearestFreeStarts({
        requested: local("2027-03-10", "10:00"),
        durationMinutes: 60,
        busy: [{ startsAt: local("2027-01-01", "00:00"), endsAt: local("2027-07-01", "00:00") }],
        horizonDays: 30,
      }),
    ).toEqual([]);
  });
});
