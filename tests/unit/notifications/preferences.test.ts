import { describe, expect, it } from "vitest";
import { chooseRemindersSchema } from "@/lib/accounts/schemas";
import { optOutsFrom, remindersFor } from "@/lib/notifications/preferences";

describe("optional reminders", () => {
  it("stores the role's reminders that were not chosen, and none of another role's", () => {
    expect(optOutsFrom("STAFF", ["actionDue"])).toEqual(["sessionTomorrow"]);
    expect(optOutsFrom("TRAINER", [])).toEqual(["sessionTomorrow", "caseList"]);
    expect(optOutsFrom("TRAINER", ["sessionTomorrow", "caseList"])).toEqual([]);
    expect(remindersFor("ADMIN")).toEqual([]);
  });

  it("reads none, one or several checked boxes, and refuses an unknown reminder", () => {
    expect(chooseRemindersSchema.parse({}).reminders).toEqual([]);
    expect(chooseRemindersSchema.parse({ reminders: "actionDue" }).reminders).toEqual(["actionDue"]);
    expect(chooseRemindersSchema.parse({ reminders: ["actionDue", "sessionTomorrow"] }).reminders).toHaveLength(2);
    expect(chooseRemindersSchema.safeParse({ reminders: "caseToBring" }).success).toBe(false);
  });
});
