// Hostile input: every form-backed server action (found by scanning app/**/actions.ts)
// gets generated malformed values — huge strings, unicode edge cases, out-of-range dates,
// injection strings, wrong types — in every field it reads. Each call must return a
// field message, never throw, never write.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionState } from "@/lib/actions/state";
import { idle } from "@/lib/actions/state";
import { db } from "@/lib/db/client";
import { form } from "../../support/form";
import { signInAs } from "../../support/session";
import { makeTenant, makeUser } from "../../support/fixtures";

// Every call from another address, so the public intake form's per-address rate limit
// (a refusal without field messages, rightly) does not hide what validation says.
let calls = 0;
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: vi.fn(), delete: vi.fn() }),
  headers: async () =>
    new Headers({ "x-forwarded-for": `10.${(++calls >> 16) & 255}.${(calls >> 8) & 255}.${calls & 255}` }),
}));

type Action = (previous: ActionState<unknown>, form: FormData) => Promise<ActionState<unknown>>;
const root = path.resolve(import.meta.dirname, "../../..");
// Not a form with fields of its own: signing in is covered by the sign-in tests and rate limits.
const EXCLUDED_FILES = new Set(["app/login/actions.ts"]);
// Actions that read no form fields (a button, not a form); a new one must be listed here.
const WITHOUT_FIELDS = new Set([
  "app/calendar/actions.ts#resetCalendarTokenAction",
  "app/account/actions.ts#signOutAction",
  "app/account/actions.ts#signOutEverywhereAction",
]);
// Actions for which an empty form is valid input (no box ticked), with the fields they read.
const EMPTY_IS_VALID: Record<string, string[]> = {
  "app/account/actions.ts#chooseRemindersAction": ["reminders"],
};
const TOTAL_VALUES = 1_000;

function actionFiles(dir = path.join(root, "app")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return entry.name === "actions.ts" ? [path.relative(root, full)] : [];
  });
}

const huge = fc.integer({ min: 5_000, max: 120_000 }).map((n) => "x".repeat(n));
const hostile = fc.oneof(
  huge,
  fc.constantFrom(
    '\'; DROP TABLE "User"; --',
    "<script>alert(1)</script>",
    "${jndi:ldap://evil}",
    "../../etc/passwd",
    "\u0000",
    "\ud800",
    "\u202eevil\u202c",
    "\u200b\u200b",
    "😀".repeat(3000),
    "NaN",
    "-1e309",
    "0000-00-00",
    "9999-99-99T99:99",
    "275760-09-14",
    "-271821-04-19T00:00:00Z",
    "true",
    "[]",
    "{}",
    "null",
    "00000000-0000-0000-0000-00000000000g",
  ),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

let actors: { id: string }[] = [];
beforeAll(async () => {
  const tenant = await makeTenant("Fuzzdorp");
  actors = [await makeUser("ADMIN"), tenant.trainer, tenant.coordinator, tenant.staff];
});

async function tableCounts() {
  const prisma = await db();
  const exact = await Promise.all([
    prisma.auditEvent.count(),
    prisma.user.count(),
    prisma.enrollment.count(),
    prisma.case.count(),
    prisma.session.count(),
    prisma.lesson.count(),
    prisma.poolMember.count(),
    prisma.cohort.count(),
    prisma.introRegistration.count(),
    prisma.outboxMail.count(),
    prisma.intakeRequest.count(),
    prisma.attendance.count(),
  ]);
  return exact;
}

describe("hostile input to every form-backed server action", async () => {
  const actions: { name: string; action: Action }[] = [];
  for (const file of actionFiles().filter((f) => !EXCLUDED_FILES.has(f))) {
    const exported = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === "function" && !WITHOUT_FIELDS.has(`${file}#${name}`))
        actions.push({ name: `${file}#${name}`, action: value as Action });
    }
  }

  it("finds the actions", () => {
    expect(actions.length).toBeGreaterThan(5);
  });

  for (const { name, action } of actions) {
    it(`${name}: a field message for each malformed value, no throw, no write`, async () => {
      // The role that gets past the role check shows the fields: empty input → field errors.
      let fields: string[] = EMPTY_IS_VALID[name] ?? [];
      if (fields.length > 0) signInAs(actors[actors.length - 1].id);
      for (const actor of fields.length > 0 ? [] : actors) {
        signInAs(actor.id);
        const state = await action(idle, form());
        if (state.status === "error" && state.fieldErrors && Object.keys(state.fieldErrors).length > 0) {
          fields = Object.keys(state.fieldErrors);
          break;
        }
      }
      expect(
        fields.length,
        `${name} reports no field errors for an empty form (if it has no fields, list it in WITHOUT_FIELDS)`,
      ).toBeGreaterThan(0);
      const before = await tableCounts();
      const runs = Math.ceil(TOTAL_VALUES / 20);
      await fc.assert(
        fc.asyncProperty(
          fc.record(Object.fromEntries(fields.map((f) => [f, hostile]))),
          fc.constantFrom(...fields),
          huge,
          async (values, certainlyBad, long) => {
            // at least one value no schema accepts
            const state = await action(idle, form({ ...(values as Record<string, string>), [certainlyBad]: long }));
            expect(state.status).toBe("error");
            expect(state.status === "error" && Object.keys(state.fieldErrors ?? {}).length).toBeGreaterThan(0);
          },
        ),
        { numRuns: runs, seed: 7 },
      );
      expect(await tableCounts()).toEqual(before);
    });
  }
});
