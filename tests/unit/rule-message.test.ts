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

  it("says the earliest valid date without a rule code valid date in Dutch", () => {
    expect(ruleMessage(violation, "nl", translator("nl"))).toBe(
      "Verdiepingsdagdeel moet minstens 7 dagen na Trainingsdag liggen; vroegst mogelijke datum: dinsdag 8 december 2026 om 09:00.",
    );
  });

  it("is available in English", () => {
    expect(ruleMessage(violation, "en", translator("en"))).toMatch(/^[A-Z].*at least 7 days after.*8 December 2026/);
  });
});
