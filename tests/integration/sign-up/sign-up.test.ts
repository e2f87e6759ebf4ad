// An intro's sign-up link (issue 11 item 5, ADR 0032): the coordinator switches it on and
// off; staff with an address at the municipality's domains create their own account, prove
// the address from the mailed link and are registered for the intro.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setPasswordAction } from "@/app/account/password/[token]/actions";
import { switchSignUpLinkOffAction, switchSignUpLinkOnAction } from "@/app/coordinator/intros/actions";
import { signUpAction } from "@/app/sign-up/[token]/actions";
import { idle, type ActionState } from "@/lib/actions/state";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { translator } from "@/lib/i18n/translate";
import { coordinatorIntrosPage, signUpPage } from "@/lib/sign-up/read-models";
import { SIGN_UP_LIMITS } from "@/lib/sign-up/service";
import { makeTenant, makeTrajectory, makeUser } from "../../support/fixtures";
import { form } from "../../support/form";
import { signInAs } from "../../support/session";
import { expectNothingWritten } from "../../support/writes";

// Each sign-up from an address of its own unless a test says otherwise (the per-address limit).
let address = "";
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: vi.fn(), delete: vi.fn() }),
  headers: async () => new Headers({ "x-forwarded-for": address, host: "middengrond.example.nl" }),
}));

const t = translator("nl");
const PASSWORD = "een lange zin als wachtwoord";
const HOUR = 3600_000;

let tenant: Awaited<ReturnType<typeof makeTenant>>;
let domain: string;
let intro: { id: string; startsAt: Date };
beforeEach(async () => {
  address = `10.7.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  tenant = await makeTenant();
  domain = `${randomUUID().slice(0, 8)}.example.nl`;
  await (await db()).municipality.update({ where: { id: tenant.municipality.id }, data: { emailDomains: [domain] } });
  intro = await makeIntro();
});

async function makeIntro(data: { startsAt?: Date; capacity?: number | null; registrationOpen?: boolean } = {}) {
  const trajectory = await makeTrajectory(tenant, { status: "INTRO" });
  const startsAt = data.startsAt ?? new Date(Date.now() + 20 * 24 * HOUR);
  return (await db()).session.create({
    data: {
      municipalityId: tenant.municipality.id,
      trajectoryId: trajectory.id,
      kind: "INTRO",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      location: "Stadhuis, raadzaal",
      capacity: data.capacity === undefined ? 100 : data.capacity,
      registrationOpen: data.registrationOpen ?? true,
    },
  });
}

/** The coordinator switches the intro's link on; its token. */
async function switchOn(sessionId = intro.id) {
  signInAs(tenant.coordinator.id);
  const state = await switchSignUpLinkOnAction(idle, form({ sessionId }));
  expect(state.status, JSON.stringify(state)).toBe("success");
  signInAs(null);
  return (await (await db()).signUpLink.findUniqueOrThrow({ where: { sessionId } })).token;
}

const fields = (token: string, email: string) => ({
  token,
  name: "Sanne de Vries",
  email,
  workField: "SOCIAL_DOMAIN",
  jobTitle: "Wijkcoach",
});

const newAddress = () => `sanne.${randomUUID().slice(0, 8)}@${domain}`;

/** The link in the newest mail to `email`. */
async function mailTo(email: string) {
  return (await db()).outboxMail.findFirstOrThrow({ where: { toEmail: email }, orderBy: { createdAt: "desc" } });
}
const tokenIn = (body: string) => /\/account\/password\/([A-Za-z0-9_-]+)/.exec(body)?.[1];

const errorOf = (state: ActionState<unknown>) => (state.status === "error" ? state : null);

describe("the coordinator's sign-up link", () => {
  it("is switched on with an unguessable token, kept when switched on again, shown with its address; audited", async () => {
    const token = await switchOn();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await switchOn()).toBe(token);
    const page = await coordinatorIntrosPage(tenant.coordinator);
    expect(page?.intros.find((i) => i.id === intro.id)?.link).toBe(`http://middengrond.example.nl/sign-up/${token}`);
    expect(
      await (
        await db()
      ).auditEvent.count({ where: { action: "signUpLink.on", municipalityId: tenant.municipality.id } }),
    ).toBe(1);
  });

  it("switched off stops working at once; switched on again it is a new link", async () => {
    const token = await switchOn();
    signInAs(tenant.coordinator.id);
    expect((await switchSignUpLinkOffAction(idle, form({ sessionId: intro.id }))).status).toBe("success");
    expect(await signUpPage(token)).toBeNull();
    const state = await expectNothingWritten(() => signUpAction(idle, form(fields(token, newAddress()))));
    expect(errorOf(state)).toMatchObject({ rule: "R3", message: t("rules.R3.signUpLinkOff") });
    expect(await switchOn()).not.toBe(token);
    expect(
      await (
        await db()
      ).auditEvent.count({ where: { action: "signUpLink.off", municipalityId: tenant.municipality.id } }),
    ).toBe(1);
  });

  it("R20 another municipality's coordinator, a trainer or staff cannot switch it on or off, and nothing is written", async () => {
    const other = await makeTenant();
    for (const actor of [other.coordinator, tenant.trainer, tenant.staff, await makeUser("ADMIN")]) {
      signInAs(actor.id);
      const on = await expectNothingWritten(() => switchSignUpLinkOnAction(idle, form({ sessionId: intro.id })));
      expect(errorOf(on)?.message).toBe(t("errors.accessDenied"));
    }
    await switchOn();
    signInAs(other.coordinator.id);
    const off = await expectNothingWritten(() => switchSignUpLinkOffAction(idle, form({ sessionId: intro.id })));
    expect(errorOf(off)?.message).toBe(t("errors.accessDenied"));
    expect(await (await db()).signUpLink.count({ where: { sessionId: intro.id } })).toBe(1);
  });

  it("cannot be switched on while registration is closed (R3) or once the intro has begun (R10)", async () => {
    signInAs(tenant.coordinator.id);
    const closed = await makeIntro({ registrationOpen: false });
    const refused = await expectNothingWritten(() => switchSignUpLinkOnAction(idle, form({ sessionId: closed.id })));
    expect(errorOf(refused)).toMatchObject({ rule: "R3", message: t("rules.R3.signUpNeedsRegistration") });
    const begun = await makeIntro({ startsAt: new Date(Date.now() - HOUR) });
    const late = await expectNothingWritten(() => switchSignUpLinkOnAction(idle, form({ sessionId: begun.id })));
    expect(errorOf(late)?.rule).toBe("R10");
  });
});

describe("signing up with the link", () => {
  it("creates a staff account of the link's municipality without a password and mails the confirmation link; role and municipality never come from the form", async () => {
    const token = await switchOn();
    const email = newAddress();
    const other = await makeTenant();
    const state = await signUpAction(
      idle,
      form({ ...fields(token, email.toUpperCase()), role: "ADMIN", municipalityId: other.municipality.id }),
    );
    expect(state).toMatchObject({ status: "success", message: t("signUp.form.sent", { email }) });
    const person = await (await db()).user.findUniqueOrThrow({ where: { email } });
    expect(person).toMatchObject({
      role: "STAFF",
      municipalityId: tenant.municipality.id,
      passwordHash: null,
      workField: "SOCIAL_DOMAIN",
      jobTitle: "Wijkcoach",
      name: "Sanne de Vries",
    });
    // Not usable before the address is proven.
    expect((await verifyCredentials(await db(), { email, password: PASSWORD, address })).ok).toBe(false);
    const mail = await mailTo(email);
    expect(mail.kind).toBe("signUp.confirm");
    expect(mail.body).toContain("http://middengrond.example.nl/account/password/");
    expect(await (await db()).introRegistration.count({ where: { userId: person.id } })).toBe(0);
    expect(await (await db()).auditEvent.count({ where: { action: "person.signUp", entityId: person.id } })).toBe(1);
  });

  it("confirming (choosing a password from the mail) makes the account usable and registers for the intro", async () => {
    const token = await switchOn();
    const email = newAddress();
    await signUpAction(idle, form(fields(token, email)));
    const link = tokenIn((await mailTo(email)).body)!;
    const state = await setPasswordAction(idle, form({ token: link, password: PASSWORD, confirm: PASSWORD }));
    expect(state.status).toBe("success");
    expect(state.status === "success" && state.message).toContain(
      "u staat ingeschreven voor de introductiebijeenkomst",
    );
    const person = await (await db()).user.findUniqueOrThrow({ where: { email } });
    expect(
      await (
        await db()
      ).introRegistration.findUnique({
        where: { sessionId_userId: { sessionId: intro.id, userId: person.id } },
      }),
    ).toMatchObject({ status: "REGISTERED" });
    expect((await verifyCredentials(await db(), { email, password: PASSWORD, address })).ok).toBe(true);
    expect(await (await db()).passwordToken.count({ where: { userId: person.id } })).toBe(0);
  });

  it("R20 an address outside the municipality's domains (a subdomain, a look-alike, another domain) is refused, saying what to do, and writes nothing", async () => {
    const token = await switchOn();
    for (const email of [`a@wijk.${domain}`, `a@x${domain}`, "a@gmail.com"]) {
      const state = await expectNothingWritten(() => signUpAction(idle, form(fields(token, email))));
      expect(errorOf(state)).toMatchObject({
        rule: "R20",
        message: t("rules.R20.signUpDomain", { municipality: tenant.municipality.name, domains: `@${domain}` }),
      });
      expect(errorOf(state)?.message).toContain("uitnodiging");
    }
    await (await db()).municipality.update({ where: { id: tenant.municipality.id }, data: { emailDomains: [] } });
    const none = await expectNothingWritten(() => signUpAction(idle, form(fields(token, newAddress()))));
    expect(errorOf(none)?.message).toBe(t("rules.R20.signUpNoDomains", { municipality: tenant.municipality.name }));
  });

  it("an address that already has an account is not revealed: the same answer, no new account, a mail to sign in instead", async () => {
    const token = await switchOn();
    const prisma = await db();
    const email = newAddress();
    const known = await prisma.user.create({
      data: { name: "Bestaand", email, role: "STAFF", municipalityId: tenant.municipality.id, passwordHash: "x" },
    });
    const users = await prisma.user.count();
    const state = await signUpAction(idle, form(fields(token, email)));
    expect(state).toMatchObject({ status: "success", message: t("signUp.form.sent", { email }) });
    expect(await prisma.user.count()).toBe(users);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: known.id } })).toMatchObject({
      name: "Bestaand",
      passwordHash: "x",
    });
    const mail = await mailTo(email);
    expect(mail.kind).toBe("signUp.known");
    expect(mail.body).toContain("http://middengrond.example.nl/login");
    expect(tokenIn(mail.body)).toBeUndefined();
    expect(await prisma.passwordToken.count({ where: { userId: known.id } })).toBe(0);
  });

  it("signing up again before confirming sends a new confirmation link; the old one stops working", async () => {
    const token = await switchOn();
    const email = newAddress();
    await signUpAction(idle, form(fields(token, email)));
    const first = tokenIn((await mailTo(email)).body)!;
    await signUpAction(idle, form(fields(token, email)));
    const second = tokenIn((await mailTo(email)).body)!;
    expect(second).not.toBe(first);
    const old = await setPasswordAction(idle, form({ token: first, password: PASSWORD, confirm: PASSWORD }));
    expect(old.status).toBe("error");
    expect(await (await db()).user.count({ where: { email } })).toBe(1);
  });

  it("R10 the link expires with the meeting: once it has begun the page says so and a sign-up writes nothing", async () => {
    const token = await switchOn();
    const prisma = await db();
    await prisma.session.update({
      where: { id: intro.id },
      data: { startsAt: new Date(Date.now() - HOUR), endsAt: new Date(Date.now() + HOUR) },
    });
    expect((await signUpPage(token))?.closed).toMatchObject({ rule: "R10", key: "signUpStarted" });
    const state = await expectNothingWritten(() => signUpAction(idle, form(fields(token, newAddress()))));
    expect(errorOf(state)).toMatchObject({ rule: "R10", message: t("rules.R10.signUpStarted") });
  });

  it("R3 a full intro refuses the sign-up and writes nothing; filled up before confirming, the account is usable and told why it is not registered", async () => {
    const small = await makeIntro({ capacity: 1 });
    const token = await switchOn(small.id);
    const email = newAddress();
    await signUpAction(idle, form(fields(token, email)));
    const link = tokenIn((await mailTo(email)).body)!;
    await (await db()).introRegistration.create({ data: { sessionId: small.id, userId: tenant.staff.id } });
    const full = await expectNothingWritten(() => signUpAction(idle, form(fields(token, newAddress()))));
    expect(errorOf(full)).toMatchObject({ rule: "R3", message: t("rules.R3.introFull", { capacity: 1 }) });
    const state = await setPasswordAction(idle, form({ token: link, password: PASSWORD, confirm: PASSWORD }));
    expect(state).toMatchObject({
      status: "success",
      message: t("accounts.password.doneNotRegistered", { refusal: t("rules.R3.introFull", { capacity: 1 }) }),
    });
    expect((await verifyCredentials(await db(), { email, password: PASSWORD, address })).ok).toBe(true);
  });

  it("is rate limited by client address, as signing in is", async () => {
    const token = await switchOn();
    for (let i = 0; i < SIGN_UP_LIMITS.address.max; i++)
      expect((await signUpAction(idle, form(fields(token, newAddress())))).status).toBe("success");
    const email = newAddress();
    const state = await expectNothingWritten(() => signUpAction(idle, form(fields(token, email))));
    expect(errorOf(state)?.message).toBe(t("signUp.form.rateLimited"));
    expect(await (await db()).user.count({ where: { email } })).toBe(0);
  });

  it("bad input never reaches the database: a made-up token, a missing work field, a huge name", async () => {
    const token = await switchOn();
    for (const bad of [
      { ...fields("x".repeat(43), newAddress()) },
      { ...fields(token, newAddress()), workField: "" },
      { ...fields(token, newAddress()), name: "x".repeat(10_000) },
      { ...fields(token, "geen-adres") },
      { ...fields("../../etc/passwd", newAddress()) },
    ]) {
      const state = await expectNothingWritten(() => signUpAction(idle, form(bad)));
      expect(state.status).toBe("error");
    }
  });
});
