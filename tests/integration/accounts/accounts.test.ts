import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setPasswordAction } from "@/app/account/password/[token]/actions";
import { resendInvitationAction } from "@/app/admin/people/[id]/actions";
import { invitePersonAction } from "@/app/admin/people/new/actions";
import { requestPasswordResetAction } from "@/app/login/forgot/actions";
import { TOKEN_LIFETIME_MS } from "@/lib/accounts/tokens";
import { idle } from "@/lib/actions/state";
import { currentUser } from "@/lib/auth/session";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { signInAs } from "../../support/session";
import { makeTenant, makeUser } from "../../support/fixtures";
import { form } from "../../support/form";

const PASSWORD = "een lange zin als wachtwoord";

/** The link in the newest mail to `email`, as the person would click it. */
async function mailedToken(email: string) {
  const mail = await (
    await db()
  ).outboxMail.findFirstOrThrow({ where: { toEmail: email }, orderBy: { createdAt: "desc" } });
  return /\/account\/password\/([A-Za-z0-9_-]+)/.exec(mail.body)![1];
}

const signsIn = async (email: string, password = PASSWORD) =>
  (await verifyCredentials(await db(), { email, password, address: "10.1.1.1" })).ok;

let tenant: Awaited<ReturnType<typeof makeTenant>>;
let admin: Awaited<ReturnType<typeof makeUser>>;
/** The invited person's address, new in every test (the file shares one database). */
let email: string;
beforeEach(async () => {
  tenant = await makeTenant();
  admin = await makeUser("ADMIN");
  email = `noor.${crypto.randomUUID().slice(0, 8)}@example.test`;
});
afterEach(() => {
  vi.useRealTimers();
  delete process.env.APP_URL;
});

const invite = (fields: Partial<Record<string, string>> = {}) =>
  invitePersonAction(
    idle,
    form({
      name: "Noor Bakker",
      email: email.toUpperCase(),
      role: "STAFF",
      municipalityId: tenant.municipality.id,
      workField: "EDUCATION",
      ...fields,
    } as Record<string, string>),
  );

describe("an admin invites a person, who sets their own password from the mailed link", () => {
  it("creates the account without a password, mails a one-time link, and the link sets the password", async () => {
    signInAs(admin.id);
    expect(await invite()).toMatchObject({ status: "success", message: `De uitnodiging is verstuurd naar ${email}.` });
    const prisma = await db();
    const person = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(person).toMatchObject({ role: "STAFF", municipalityId: tenant.municipality.id, passwordHash: null });
    expect(
      await prisma.auditEvent.count({ where: { action: "person.invite", entityId: person.id, actorId: admin.id } }),
    ).toBe(1);
    expect(await signsIn(person.email)).toBe(false);

    const token = await mailedToken(person.email);
    expect(await prisma.passwordToken.count({ where: { tokenHash: token } })).toBe(0); // only its hash is stored
    signInAs(null);
    expect(await setPasswordAction(idle, form({ token, password: PASSWORD, confirm: PASSWORD }))).toMatchObject({
      status: "success",
    });
    expect(await signsIn(person.email)).toBe(true);
    expect(await prisma.auditEvent.count({ where: { action: "person.password.first", entityId: person.id } })).toBe(1);

    // Used up: the same link does nothing a second time.
    const again = await setPasswordAction(
      idle,
      form({ token, password: "een ander lang wachtwoord", confirm: "een ander lang wachtwoord" }),
    );
    expect(again).toMatchObject({
      status: "error",
      fieldErrors: { token: ["Deze link is ongeldig of verlopen. Vraag een nieuwe aan."] },
    });
    expect(await signsIn(person.email)).toBe(true);
  });

  it("refuses a taken e-mail, a staff member without a municipality and a trainer with one, next to the field", async () => {
    signInAs(admin.id);
    const prisma = await db();
    const before = await prisma.user.count();
    expect(await invite({ email: tenant.staff.email.toUpperCase() })).toMatchObject({
      status: "error",
      fieldErrors: { email: ["Er bestaat al een account met dit e-mailadres."] },
    });
    expect(await invite({ municipalityId: "" })).toMatchObject({
      status: "error",
      fieldErrors: { municipalityId: [expect.stringContaining("Coördinatoren en medewerkers")] },
    });
    expect(await invite({ role: "TRAINER" })).toMatchObject({
      status: "error",
      fieldErrors: { municipalityId: [expect.any(String)] },
    });
    expect(await prisma.user.count()).toBe(before);
    expect(await prisma.outboxMail.count({ where: { toEmail: { in: [email, tenant.staff.email] } } })).toBe(0);
  });

  it("is for admins only", async () => {
    const prisma = await db();
    for (const actor of [tenant.coordinator, tenant.trainer, tenant.staff]) {
      signInAs(actor.id);
      expect(await invite()).toMatchObject({ status: "error", message: "U heeft geen toegang tot dit onderdeel." });
      expect(await resendInvitationAction(idle, form({ userId: tenant.colleague.id }))).toMatchObject({
        status: "error",
      });
    }
    expect(await prisma.user.count({ where: { email } })).toBe(0);
    expect(await prisma.passwordToken.count({ where: { userId: tenant.colleague.id } })).toBe(0);
  });

  it("a new invitation replaces the old link, and a link stops working after 7 days", async () => {
    signInAs(admin.id);
    await invite();
    const first = await mailedToken(email);
    const person = await (await db()).user.findUniqueOrThrow({ where: { email } });
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later createdAt for the second mail
    expect(await resendInvitationAction(idle, form({ userId: person.id }))).toMatchObject({ status: "success" });
    const second = await mailedToken(email);
    expect(second).not.toBe(first);
    signInAs(null);
    expect(await setPasswordAction(idle, form({ token: first, password: PASSWORD, confirm: PASSWORD }))).toMatchObject({
      status: "error",
    });

    vi.useFakeTimers({ now: Date.now() + TOKEN_LIFETIME_MS.INVITE + 1000, toFake: ["Date"] });
    expect(await setPasswordAction(idle, form({ token: second, password: PASSWORD, confirm: PASSWORD }))).toMatchObject(
      { status: "error" },
    );
    expect(await signsIn(email)).toBe(false);
  });

  it("validates the new password and changes nothing when it is too short or not repeated", async () => {
    signInAs(admin.id);
    await invite();
    const token = await mailedToken(email);
    signInAs(null);
    expect(await setPasswordAction(idle, form({ token, password: "kort", confirm: "kort" }))).toMatchObject({
      status: "error",
      fieldErrors: { password: ["Het wachtwoord moet minstens 12 tekens hebben."] },
    });
    expect(await setPasswordAction(idle, form({ token, password: PASSWORD, confirm: `${PASSWORD}!` }))).toMatchObject({
      status: "error",
      fieldErrors: { confirm: ["De twee wachtwoorden zijn niet gelijk."] },
    });
    expect(await (await db()).passwordToken.count({ where: { user: { email } } })).toBe(1);
  });
});

describe("a person who forgot their password asks for a link", () => {
  it("mails a reset link that sets a new password and ends their other sessions", async () => {
    process.env.APP_URL = "https://middengrond.example.nl/";
    const prisma = await db();
    signInAs(tenant.staff.id);
    expect((await currentUser())?.id).toBe(tenant.staff.id);
    signInAs(null);
    expect(await requestPasswordResetAction(idle, form({ email: tenant.staff.email }))).toMatchObject({
      status: "success",
    });
    const mail = await prisma.outboxMail.findFirstOrThrow({
      where: { toEmail: tenant.staff.email, kind: "account.reset" },
    });
    expect(mail.body).toContain("https://middengrond.example.nl/account/password/");
    expect(
      await setPasswordAction(
        idle,
        form({ token: await mailedToken(tenant.staff.email), password: PASSWORD, confirm: PASSWORD }),
      ),
    ).toMatchObject({ status: "success" });
    expect(await signsIn(tenant.staff.email)).toBe(true);
    signInAs(tenant.staff.id);
    expect(await currentUser()).toBeNull(); // the session from before the reset is over
  });

  it("answers the same for an unknown address, and limits how often one address is asked for", async () => {
    process.env.APP_URL = "https://middengrond.example.nl";
    const prisma = await db();
    const unknown = await requestPasswordResetAction(idle, form({ email: "niemand@example.test" }));
    const known = await requestPasswordResetAction(idle, form({ email: tenant.colleague.email }));
    expect(unknown).toEqual(known);
    expect(
      await prisma.outboxMail.count({ where: { toEmail: { in: ["niemand@example.test", tenant.colleague.email] } } }),
    ).toBe(1);
    for (let i = 0; i < 3; i++) await requestPasswordResetAction(idle, form({ email: tenant.colleague.email }));
    expect(await prisma.outboxMail.count({ where: { toEmail: tenant.colleague.email } })).toBe(3);
    expect(await requestPasswordResetAction(idle, form({ email: tenant.colleague.email }))).toMatchObject({
      message: "Te veel aanvragen. Probeer het over een kwartier opnieuw.",
    });
  });

  it("sends nothing when the platform does not know its own address (APP_URL): a Host header never decides where a link points", async () => {
    expect(await requestPasswordResetAction(idle, form({ email: tenant.staff.email }))).toMatchObject({
      status: "error",
    });
    expect(await (await db()).outboxMail.count({ where: { toEmail: tenant.staff.email } })).toBe(0);
  });
});
