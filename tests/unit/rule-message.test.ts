import { describe, expect, it } from "vitest";
import { ruleMessage } from "@/lib/actions/rule-message";
import { RuleViolation } from "@/lib/errors";
import { translator } from "@/lib/i18n/translate";

describe("R21 rule messages", () => {
  const violation = new RuleViolation("R7", "gapTooShort", {
    kind: "Verdiepingsdagdeel",
    previous: "Trainingsdag",
    days: 7,
    earliest: new Date("2026-12-08T08:00:00Z"),
  });

  it("says what is not possible, why, and the earliest valid date, without a rule code, in Dutch", () => {
    expect(ruleMessage(violation, "nl", translator("nl"))).toBe(
      "Dit moment kan niet, want Verdiepingsdagdeel moet minstens 7 dagen na Trainingsdag liggen. Kies een later moment; het vroegst mogelijke is dinsdag 8 december 2026 om 09:00.",
    );
  });

  it("offers a list of moments as alternatives: a, b or c", () => {
    const busy = new RuleViolation("R8", "trainerBusy", {
      name: "Sanne",
      meeting: { nl: "Trainingsdag", en: "Training day" },
      meetingWhen: { nl: "maandag", en: "Monday" },
      nearest: [new Date("2026-12-08T08:00:00Z"), new Date("2026-12-08T12:30:00Z")],
      alternatives: 2,
    });
    expect(ruleMessage(busy, "nl", translator("nl"))).toContain(
      "Kies een ander moment, bijvoorbeeld dinsdag 8 december 2026 om 09:00 of dinsdag 8 december 2026 om 13:30.",
    );
    expect(ruleMessage(busy, "en", translator("en"))).toContain(
      "for example Tuesday, 8 December 2026 at 09:00 or Tuesday, 8 December 2026 at 13:30.",
    );
  });

  it("is available in English", () => {
    expect(ruleMessage(violation, "en", translator("en"))).toMatch(/^[A-Z].*at least 7 days after.*8 December 2026/);
  });
});
