import { describe, expect, it } from "vitest";
import {
  LESSON_REMINDER_DAYS,
  lessonReminderRound,
  meetingOrganisers,
  networkMunicipalityIds,
  pairRefusal,
  partnerRefusal,
  takesPart,
  takingPartMunicipalityIds,
} from "@/lib/learning-network/rules";

const DAY = 24 * 60 * 60 * 1000;
const ended = new Date("2026-11-10T16:00:00Z");

describe("learning network: a knowledge product after every meeting", () => {
  it("no reminder round before the meeting has ended", () => {
    expect(lessonReminderRound(ended, new Date(ended.getTime() - 1))).toBeNull();
  });

  it("one round per cadence: the first week is round 0, the next week round 1", () => {
    expect(lessonReminderRound(ended, ended)).toBe(0);
    expect(lessonReminderRound(ended, new Date(ended.getTime() + (LESSON_REMINDER_DAYS * DAY - 1)))).toBe(0);
    expect(lessonReminderRound(ended, new Date(ended.getTime() + LESSON_REMINDER_DAYS * DAY))).toBe(1);
    expect(lessonReminderRound(ended, new Date(ended.getTime() + 3 * DAY), 2)).toBe(1);
  });

  it("the organisers are the meeting's trainers, else the trajectory's lead trainer", () => {
    const a = { id: "a" };
    const b = { id: "b" };
    expect(meetingOrganisers([a, b, a], b)).toEqual([a, b]);
    expect(meetingOrganisers([], b)).toEqual([b]);
    expect(meetingOrganisers([], null)).toEqual([]);
  });
});

describe("R20 for a learning network: exactly the organiser and its partners", () => {
  const trajectory = { municipalityId: "genk", partners: [{ municipalityId: "gouda" }, { municipalityId: "tilburg" }] };

  it("a network meeting is for the organiser and every partner", () => {
    expect(networkMunicipalityIds(trajectory)).toEqual(["genk", "gouda", "tilburg"]);
    expect(takingPartMunicipalityIds({ kind: "NETWORK_MEETING", pairing: [] }, trajectory)).toEqual([
      "genk",
      "gouda",
      "tilburg",
    ]);
  });

  it("an intake conversation is for its pair only, and for nobody before it is paired", () => {
    expect(
      takingPartMunicipalityIds(
        { kind: "INTAKE", pairing: [{ municipalityId: "gouda" }, { municipalityId: "tilburg" }] },
        trajectory,
      ),
    ).toEqual(["gouda", "tilburg"]);
    expect(takingPartMunicipalityIds({ kind: "INTAKE", pairing: [] }, trajectory)).toEqual([]);
  });

  it("a pair is two different municipalities of the network", () => {
    const network = networkMunicipalityIds(trajectory);
    expect(pairRefusal(["gouda", "tilburg"], network)).toBeNull();
    expect(pairRefusal(["genk", "gouda"], network)).toBeNull();
    expect(pairRefusal(["gouda", "gouda"], network)).toEqual({ rule: "R21", key: "pairNeedsTwo" });
    expect(pairRefusal(["gouda", "rotterdam"], network)).toEqual({ rule: "R20", key: "notInNetwork" });
  });

  it("a person takes part when their own municipality does; a person without one never", () => {
    const meeting = { kind: "NETWORK_MEETING", pairing: [] };
    const intake = { kind: "INTAKE", pairing: [{ municipalityId: "gouda" }, { municipalityId: "tilburg" }] };
    expect(takesPart({ municipalityId: "tilburg" }, meeting, trajectory)).toBe(true);
    expect(takesPart({ municipalityId: "rotterdam" }, meeting, trajectory)).toBe(false);
    expect(takesPart({ municipalityId: null }, meeting, trajectory)).toBe(false);
    expect(takesPart({ municipalityId: "gouda" }, intake, trajectory)).toBe(true);
    expect(takesPart({ municipalityId: "genk" }, intake, trajectory)).toBe(false);
  });

  it("a partner is added once, and never the organiser itself", () => {
    expect(partnerRefusal("rotterdam", trajectory)).toBeNull();
    expect(partnerRefusal("gouda", trajectory)).toEqual({ rule: "R21", key: "alreadyInNetwork" });
    expect(partnerRefusal("genk", trajectory)).toEqual({ rule: "R21", key: "alreadyInNetwork" });
  });
});
