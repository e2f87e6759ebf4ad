// Issue 14 item 5: control characters in any text field and dates out of bounds are
// field errors (parseInput, lib/validation), never a driver error or a 500.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { formToObject, NOT_A_FORM, parseInput } from "@/lib/actions/validate";
import { translator } from "@/lib/i18n/translate";
import { submitIntakeSchema } from "@/lib/intake/schemas";
import { planIntervisieSchema } from "@/lib/intervisie/schemas";
import { fromLocalInput } from "@/lib/sessions/time";
import { planActionSchema, saveNotesSchema } from "@/lib/strategy/schemas";
import { calendarDay } from "@/lib/validation/date";

const t = translator("nl");
const parse = (schema: Parameters<typeof parseInput>[0], input: unknown) => parseInput(schema, input, "nl", t);

describe("control characters", () => {
  it.each([
    ["intake question", submitIntakeSchema, { question: "Hoe\u0000 verder?" }, "question"],
    ["strategy notes", saveNotesSchema, { municipalityId: randomUUID(), risks: "a\u0007b" }, "risks"],
    ["case title", planIntervisieSchema, { title: "x\u001by", date: "2026-12-08", time: "09:00" }, "title"],
    ["a checkbox group", saveNotesSchema, { municipalityId: randomUUID(), risks: ["ok", "\u007f"] }, "risks"],
    ["a lone surrogate", saveNotesSchema, { municipalityId: randomUUID(), ownRole: "\ud800" }, "ownRole"],
  ])("%s: a field error in the user's words", (_what, schema, input, field) => {
    const result = parse(schema, input);
    expect(result).toEqual({ ok: false, fieldErrors: { [field]: [t("form.controlCharacters")] } });
  });

  it("keeps tabs and line breaks of a textarea", () => {
    const result = parse(saveNotesSchema, { municipalityId: randomUUID(), risks: "één\r\n\ttwee 👩‍👩‍👧" });
    expect(result.ok).toBe(true);
  });
});

describe("a body that is not form data", () => {
  it.each([[[{}, "hello"]], ["hello"], [null], [undefined], [{ get: () => "x" }]])(
    "%j is refused by every schema",
    (body) => {
      expect(formToObject(body)).toBe(NOT_A_FORM);
      expect(parse(saveNotesSchema, formToObject(body))).toEqual({
        ok: false,
        fieldErrors: { _form: [t("form.notAForm")] },
      });
    },
  );
});

describe("one date schema with sane bounds", () => {
  it.each(["0000-01-01", "0001-01-01", "1999-12-31", "2101-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "26-1-1"])(
    "refuses %s",
    (value) => {
      expect(calendarDay(value)).toBeNull();
      expect(fromLocalInput(value, "09:00")).toBeNull();
      const action = parse(planActionSchema, {
        entryId: randomUUID(),
        description: "Bellen",
        term: "SHORT",
        dueDate: value,
      });
      expect(action.ok ? null : action.fieldErrors.dueDate).toEqual([t("strategy.errors.date")]);
      const intervisie = parse(planIntervisieSchema, { date: value, time: "09:00", durationMinutes: "60" });
      expect(intervisie.ok ? null : intervisie.fieldErrors.date).toEqual([t("sessions.form.dateHelp")]);
    },
  );

  it("accepts real days within the bounds", () => {
    expect(calendarDay("2000-01-01")?.toISOString()).toBe("2000-01-01T00:00:00.000Z");
    expect(calendarDay("2028-02-29")?.toISOString()).toBe("2028-02-29T00:00:00.000Z");
    expect(calendarDay("2100-12-31")).not.toBeNull();
  });
});
