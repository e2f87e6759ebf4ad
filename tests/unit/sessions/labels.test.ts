import { describe, expect, it } from "vitest";
import { kindLabel, sessionLabel } from "@/lib/sessions/labels";

const steps = [{ kind: "TRAINING_DAY", labelNl: "Trainingsdag (sjabloon)", labelEn: "Training day (template)" }];

describe("kindLabel", () => {
  it("takes the template step's label first", () => {
    expect(kindLabel("TRAINING_DAY", steps)).toEqual({ nl: "Trainingsdag (sjabloon)", en: "Training day (template)" });
  });

  it("falls back to the known kinds, then to the raw kind", () => {
    expect(kindLabel("TRAINING_DAY")).toEqual({ nl: "Trainingsdag", en: "Training day" });
    expect(kindLabel("SOMETHING_NEW")).toEqual({ nl: "SOMETHING_NEW", en: "SOMETHING_NEW" });
  });
});

describe("sessionLabel", () => {
  it("names a session by its own title in both languages", () => {
    expect(sessionLabel({ kind: "TRAINING_DAY", title: "Extra dag", steps })).toEqual({
      nl: "Extra dag",
      en: "Extra dag",
    });
  });

  it("names a session without a title by its kind", () => {
    expect(sessionLabel({ kind: "TRAINING_DAY", title: null })).toEqual(kindLabel("TRAINING_DAY"));
    expect(sessionLabel({ kind: "TRAINING_DAY", steps })).toEqual(kindLabel("TRAINING_DAY", steps));
    expect(sessionLabel({ kind: "SOMETHING_NEW", title: "" })).toEqual({ nl: "SOMETHING_NEW", en: "SOMETHING_NEW" });
  });
});
