import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { convertIntakeAction, moveIntakeAction } from "@/app/admin/intake/actions";
import { submitIntakeAction } from "@/app/aanvraag/actions";
import { parseInput } from "@/lib/actions/validate";
import { db } from "@/lib/db/client";
import { translator } from "@/lib/i18n/translate";
import { INTAKE_LIMIT } from "@/lib/intake/rules";
import { submitIntakeSchema } from "@/lib/intake/schemas";
import { receiveIntake } from "@/lib/intake/service";
import { defaultTemplate, makeTenant, makeUser } from "../../support/fixtures";
import { signInAs } from "../../support/session";
import { form } from "../../support/form";

const t = translator("nl");
const parse = (raw: unknown) => parseInput(submitIntakeSchema, raw, "nl", t);
let addressCounter = 0;
const freshAddress = () => `203.0.113.${++addressCounter % 250}:${addressCounter}`;

const valid = {
  kind: "SUPPORT",
  municipalityName: "Zaltbommel",
  role: "Beleidsadviseur OOV",
  contactName: "Anna de Vries",
  email: "anna@zaltbommel.test",
  phone: "+31 6 1234 5678",
  question: "Er is spanning rond de komst van een opvanglocatie. Kunnen jullie ons ondersteunen?",
};

const count = async () => (await db()).intakeRequest.count();

describe("public intake form", () => {
  it("stores a valid request and e-mails every admin through the outbox", async () => {
    const admins = [await makeUser("ADMIN"), await makeUser("ADMIN")];
    const before = await count();
    signInAs(null);
    const state = await submitIntakeAction({ status: "idle" }, form(valid));
    expect(state).toMatchObject({
      status: "success",
      message: "Dank u wel. Uw aanvraag is ontvangen; we nemen contact met u op.",
    });
    expect(await count()).toBe(before + 1);
    const stored = await (
      await db()
    ).intakeRequest.findFirstOrThrow({ where: { email: valid.email }, orderBy: { createdAt: "desc" } });
    expect(stored).toMatchObject({ status: "NEW", kind: "SUPPORT", municipalityName: "Zaltbommel" });
    const mails = await (
      await db()
    ).outboxMail.findMany({ where: { kind: "intake.received", dedupeKey: { startsWith: `intake:${stored.id}` } } });
    expect(mails.map((mail) => mail.toEmail).sort()).toEqual(admins.map((admin) => admin.email).sort());
    expect(mails[0].body).toContain(`/admin/intake/${stored.id}`);
    expect(mails[0].body).not.toContain(valid.question);
  });

  it("a filled honeypot is answered politely but stores nothing and mails nobody", async () => {
    const before = await count();
    const mails = await (await db()).outboxMail.count();
    const outcome = await receiveIntake({ ...valid, website: "https://spam.example" }, freshAddress(), parse);
    expect(outcome).toEqual({ status: "ignored" });
    expect(await count()).toBe(before);
    expect(await (await db()).outboxMail.count()).toBe(mails);
  });

  it("1,000 malformed or oversized submissions cause no server error and store nothing", async () => {
    const before = await count();
    const oversized = (min: number) => fc.string({ minLength: min, maxLength: min + 2000 });
    const fields = Object.keys(valid) as (keyof typeof valid)[];
    const breakField = fc.oneof(
      fc.record({ field: fc.constantFrom(...fields), value: fc.constantFrom("", " ", "\u0000", "x") }),
      fc.record({ field: fc.constantFrom("municipalityName", "role", "contactName"), value: oversized(121) }),
      fc.record({ field: fc.constant("question"), value: oversized(4001) }),
      fc.record({
        field: fc.constant("email"),
        value: fc.oneof(
          fc.string({ maxLength: 40 }).filter((s) => !s.includes("@")),
          oversized(255),
        ),
      }),
      fc.record({
        field: fc.constant("kind"),
        value: fc.string({ maxLength: 30 }).filter((s) => !["SUPPORT", "INTERVISIE", "STRATEGIST"].includes(s.trim())),
      }),
      fc.record({ field: fc.constant("phone"), value: fc.oneof(fc.stringMatching(/^[a-z]{3,10}$/), oversized(41)) }),
    );
    const malformed = fc.oneof(
      breakField.map(({ field, value }) => ({ ...valid, [field]: value }) as Record<string, unknown>),
      fc.constantFrom(...fields).map((field) => {
        const { [field]: _dropped, ...rest } = valid;
        return field === "phone" ? { ...rest, question: "" } : rest;
      }),
      fc.dictionary(
        fc.string({ maxLength: 20 }),
        fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.string(), { maxLength: 3 }), fc.integer()),
      ),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(malformed, async (raw) => {
        fc.pre(!submitIntakeSchema.safeParse(raw).success);
        const outcome = await receiveIntake(raw, freshAddress(), parse);
        expect(outcome.status === "invalid" || outcome.status === "ignored").toBe(true);
      }),
      { numRuns: 1000 },
    );
    expect(await count()).toBe(before);
  }, 300_000);

  it("20 submissions in a minute from one address are limited; another address is not", async () => {
    const address = "198.51.100.7";
    const outcomes = [];
    for (let i = 0; i < 20; i++)
      outcomes.push((await receiveIntake({ ...valid, email: `burst${i}@example.test` }, address, parse)).status);
    expect(outcomes.filter((status) => status === "stored")).toHaveLength(INTAKE_LIMIT.max);
    expect(outcomes.slice(INTAKE_LIMIT.max)).toEqual(Array(20 - INTAKE_LIMIT.max).fill("rateLimited"));
    expect(await (await db()).intakeRequest.count({ where: { email: { startsWith: "burst" } } })).toBe(
      INTAKE_LIMIT.max,
    );
    expect((await receiveIntake(valid, "198.51.100.8", parse)).status).toBe("stored");
  });

  it("the action answers a rate-limited address with a translated message, not an error page", async () => {
    signInAs(null);
    const states = [];
    for (let i = 0; i < INTAKE_LIMIT.max + 1; i++)
      states.push(await submitIntakeAction({ status: "idle" }, form({ ...valid, question: "" })));
    expect(states.at(-1)).toEqual({
      status: "error",
      message: "U heeft kort na elkaar te veel aanvragen verstuurd. Probeer het over een minuut opnieuw.",
    });
  });
});

describe("admin inbox", () => {
  async function request() {
    const outcome = await receiveIntake(valid, freshAddress(), parse);
    if (outcome.status !== "stored") throw new Error("not stored");
    return outcome.id;
  }

  it("moves a request forward only, and only for admins (R21 changes nothing)", async () => {
    const id = await request();
    const admin = await makeUser("ADMIN");
    const { coordinator } = await makeTenant();
    signInAs(coordinator.id);
    expect(await moveIntakeAction({ status: "idle" }, form({ requestId: id, status: "IN_CONTACT" }))).toMatchObject({
      status: "error",
    });
    signInAs(admin.id);
    expect(await moveIntakeAction({ status: "idle" }, form({ requestId: id, status: "IN_CONTACT" }))).toMatchObject({
      status: "success",
    });
    expect(await moveIntakeAction({ status: "idle" }, form({ requestId: id, status: "NEW" }))).toMatchObject({
      status: "error",
      rule: "R21",
    });
    expect((await (await db()).intakeRequest.findUniqueOrThrow({ where: { id } })).status).toBe("IN_CONTACT");
  });

  it("turns a request into a trajectory with one action, once", async () => {
    const id = await request();
    const admin = await makeUser("ADMIN");
    const tenant = await makeTenant();
    const template = await defaultTemplate();
    signInAs(admin.id);
    const input = {
      requestId: id,
      municipalityId: tenant.municipality.id,
      templateId: template.id,
      leadTrainerId: tenant.trainer.id,
      title: "Zaltbommel – ondersteuning",
    };
    const state = await convertIntakeAction({ status: "idle" }, form(input));
    expect(state).toMatchObject({ status: "success" });
    const stored = await (await db()).intakeRequest.findUniqueOrThrow({ where: { id }, include: { trajectory: true } });
    expect(stored).toMatchObject({ status: "PLANNED", municipalityId: tenant.municipality.id });
    expect(stored.trajectory).toMatchObject({
      title: "Zaltbommel – ondersteuning",
      leadTrainerId: tenant.trainer.id,
      templateId: template.id,
      status: "DRAFT",
    });

    const trajectories = await (await db()).trajectory.count();
    expect(await convertIntakeAction({ status: "idle" }, form({ ...input, title: "Nog een keer" }))).toMatchObject({
      status: "error",
      rule: "R21",
    });
    expect(await (await db()).trajectory.count()).toBe(trajectories);
  });

  it("refuses a lead trainer not assigned to the municipality and leaves the request untouched", async () => {
    const id = await request();
    const admin = await makeUser("ADMIN");
    const tenant = await makeTenant();
    const stranger = await makeTenant();
    const template = await defaultTemplate();
    const trajectories = await (await db()).trajectory.count();
    signInAs(admin.id);
    const state = await convertIntakeAction(
      { status: "idle" },
      form({
        requestId: id,
        municipalityId: tenant.municipality.id,
        templateId: template.id,
        leadTrainerId: stranger.trainer.id,
        title: "Mag niet",
      }),
    );
    expect(state.status).toBe("error");
    expect(await (await db()).trajectory.count()).toBe(trajectories);
    expect(await (await db()).intakeRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "NEW",
      trajectoryId: null,
    });
  });

  it("only admins convert requests", async () => {
    const id = await request();
    const tenant = await makeTenant();
    const template = await defaultTemplate();
    signInAs(tenant.trainer.id);
    const state = await convertIntakeAction(
      { status: "idle" },
      form({
        requestId: id,
        municipalityId: tenant.municipality.id,
        templateId: template.id,
        leadTrainerId: tenant.trainer.id,
        title: "Door trainer",
      }),
    );
    expect(state).toMatchObject({ status: "error", message: "U heeft geen toegang tot dit onderdeel." });
  });
});
