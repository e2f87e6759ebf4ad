import { describe, expect, it } from "vitest";
import { mayPublishLesson, networkMunicipalityName, searchWords, sessionHasBegun } from "@/lib/lessons/rules";
import { parseLibrarySearch } from "@/lib/network/schemas";

describe("lessons", () => {
  it("R10 a lesson is written once the session has begun", () => {
    const now = new Date("2026-11-21T12:00:00Z");
    expect(sessionHasBegun({ startsAt: new Date("2026-11-21T11:59:00Z") }, now)).toBe(true);
    expect(sessionHasBegun({ startsAt: now }, now)).toBe(true);
    expect(sessionHasBegun({ startsAt: new Date("2026-11-21T12:01:00Z") }, now)).toBe(false);
  });

  it("only the coordinator of the lesson's own municipality publishes it", () => {
    const lesson = { municipalityId: "a" };
    expect(mayPublishLesson({ role: "COORDINATOR", municipalityId: "a" }, lesson)).toBe(true);
    expect(mayPublishLesson({ role: "COORDINATOR", municipalityId: "b" }, lesson)).toBe(false);
    expect(mayPublishLesson({ role: "TRAINER", municipalityId: null }, lesson)).toBe(false);
    expect(mayPublishLesson({ role: "STAFF", municipalityId: "a" }, lesson)).toBe(false);
    expect(mayPublishLesson({ role: "ADMIN", municipalityId: null }, lesson)).toBe(false);
  });

  it("names a municipality in the network only when it chose to be named", () => {
    expect(networkMunicipalityName({ name: "Genk", namedInNetwork: true })).toBe("Genk");
    expect(networkMunicipalityName({ name: "Gouda", namedInNetwork: false })).toBeNull();
  });
});

describe("library search", () => {
  it("splits words, lower-cases, drops punctuation, short words and duplicates", () => {
    expect(searchWords('  Buurt-app, VERTROUWEN; vertrouwen a "jongeren"! ')).toEqual([
      "buurt-app",
      "vertrouwen",
      "jongeren",
    ]);
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords("")).toEqual([]);
  });

  it("limits the number and length of words", () => {
    const many = Array.from({ length: 20 }, (_, i) => `woord${i}`).join(" ");
    expect(searchWords(many)).toHaveLength(8);
    expect(searchWords("x".repeat(500))[0]).toHaveLength(60);
  });

  it("drops invalid filters one by one and keeps the valid ones", () => {
    expect(
      parseLibrarySearch({
        q: " azc ",
        theme: "NOPE",
        workField: "POLICE",
        phase: ["ESCALATION", "x"],
        gameChanger: "",
      }),
    ).toEqual({
      q: "azc",
      workField: "POLICE",
      phase: "ESCALATION",
    });
    expect(parseLibrarySearch({ q: "x".repeat(201) })).toEqual({});
  });
});
