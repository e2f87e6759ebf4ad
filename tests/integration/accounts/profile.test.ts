import { beforeEach, describe, expect, it } from "vitest";
import { changePasswordAction, chooseLanguageAction, updateProfileAction } from "@/app/account/actions";
import { invitePersonAction } from "@/app/admin/people/new/actions";
import { requestPasswordResetAction } from "@/app/login/forgot/actions";
import { idle } from "@/lib/actions/state";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { translator } from "@/lib/i18n/translate";
import { form } from "../../support/form";
import { makeMunicipality, makeTenant, makeUser } from "../../support/fixtures";
import { currentTestSession, signInAs } from "../../support/session";
import { expectNothingWritten } from "../../support/writes";

const CURRENT = "het huidige lange wachtwoord";
const NEW = "een heel nieuw lang wachtwoord";

let tenant: Awaited<ReturnType<typeof makeTenant>>;
beforeEach(async () => {
  tenant = await makeTenant();
});

const belgian = async () => {
  const municipality = await makeMunicipality("Genk");
  await (await db()).municipality.update({ where: { id: municipality.id }, data: { country: "BE" } });
  return municipality;
};
const person = async (id: string) => (await db()).user.findUniqueOrThrow({ where: { id } });
const auditsOf = async (entityId: string, action: string) =>
  (await db()).auditEvent.findMany({ where: { entityId, action } });

describe("my profile", () => {
  it("saves one's own name, work field and job title, and audits which fields changed", async () => {
    signInAs(tenant.staff.id);
    const state = await updateProfileAction(
      idle,
      form({ name: "  Sanne de Vries ", workField: "CARE", jobTitle: "Wijkcoach" }),
    );
    expect(state).toMatchObject({ status: "success", message: "Uw profiel is opgeslagen." });
    expect(await person(tenant.staff.id)).toMatchObject({
      name: "Sanne de Vries",
      workField: "CARE",
      jobTitle: "Wijkcoach",
    });
    const [event] = await auditsOf(tenant.staff.id, "person.profile");
    expect(event.data).toEqual({
      changed: ["name", "workField", "jobTitle"],
      workField: { from: "YOUTH_WORK", to: "CARE" },
    });
  });

  it("refuses a name too short and an unknown work field as field messages, writing nothing", async () => {
    signInAs(tenant.staff.id);
    await expectNothingWritten(async () => {
      const state = await updateProfileAction(idle, form({ name: "A", workField: "ASTRONAUT", jobTitle: "" }));
      expect(state.status).toBe("error");
      expect(state.status === "error" && Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["name", "workField"]);
    });
  });
});

describe("changing one's password", () => {
  beforeEach(async () => {
    await (
      await db()
    ).user.update({
      where: { id: tenant.staff.id },
      data: { passwordHash: await hashPassword(CURRENT) },
    });
  });

  /** Signs the staff member in on a second browser, then back on the first; returns both session ids. */
  async function twoBrowsers() {
    signInAs(tenant.staff.id);
    expect(await currentUser()).not.toBeNull();
    const other = currentTestSession()!;
    signInAs(tenant.staff.id);
    const here = currentTestSession()!;
    expect(await currentUser()).not.toBeNull();
    return { here, other };
  }

  it("needs the current password, ends every other session and keeps this one", async () => {
    const { here, other } = await twoBrowsers();
    const state = await changePasswordAction(idle, form({ current: CURRENT, password: NEW, confirm: NEW }));
    expect(state).toMatchObject({
      status: "success",
      message: "Uw wachtwoord is gewijzigd. U bent op 1 ander apparaat afgemeld.",
    });
    const prisma = await db();
    const sessions = await prisma.signInSession.findMany({ where: { userId: tenant.staff.id } });
    expect(sessions.find((s) => s.id === here)?.endedAt).toBeNull();
    expect(sessions.find((s) => s.id === other)?.endedAt).not.toBeNull();
    expect(await verifyPassword(NEW, (await person(tenant.staff.id)).passwordHash!)).toBe(true);
    signInAs(tenant.staff.id, { sessionId: other });
    expect(await currentUser()).toBeNull();
    signInAs(tenant.staff.id, { sessionId: here });
    expect(await currentUser()).not.toBeNull();
    const [event] = await auditsOf(tenant.staff.id, "person.password.change");
    expect(event.data).toEqual({ otherSessionsEnded: 1 });
    expect(JSON.stringify(event.data)).not.toMatch(/wachtwoord|scrypt/);
  });

  it("refuses a wrong current password in the person's words and writes nothing", async () => {
    const { other } = await twoBrowsers();
    const before = (await person(tenant.staff.id)).passwordHash;
    const state = await expectNothingWritten(() =>
      changePasswordAction(idle, form({ current: "niet mijn wachtwoord", password: NEW, confirm: NEW })),
    );
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { current: [translator("nl")("accounts.profile.currentWrong")] },
    });
    expect((await person(tenant.staff.id)).passwordHash).toBe(before);
    expect(await (await db()).signInSession.count({ where: { id: other, endedAt: null } })).toBe(1);
    expect(await auditsOf(tenant.staff.id, "person.password.change")).toEqual([]);
  });

  it("refuses a new password that is too short or not repeated alike, before checking anything", async () => {
    signInAs(tenant.staff.id);
    await expectNothingWritten(async () => {
      const state = await changePasswordAction(idle, form({ current: CURRENT, password: "kort", confirm: "anders" }));
      expect(state.status === "error" && Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["confirm", "password"]);
    });
  });
});

describe("the language of the interface and of the mail", () => {
  it("is the municipality's until the person chooses: Flemish in Belgium, Dutch in the Netherlands", async () => {
    const genk = await belgian();
    const flemish = await makeUser("STAFF", { municipalityId: genk.id });
    expect((await person(flemish.id)).locale).toBe("nl-BE");
    expect((await person(tenant.staff.id)).locale).toBe("nl");
    signInAs(flemish.id);
    const state = await updateProfileAction(idle, form({ name: "Lotte Peeters", workField: "", jobTitle: "" }));
    expect(state).toMatchObject({ status: "success", message: translator("nl-BE")("accounts.profile.saved") });
  });

  it("follows a move to another country's municipality, unless the person chose a language", async () => {
    const genk = await belgian();
    const prisma = await db();
    await prisma.user.update({ where: { id: tenant.staff.id }, data: { municipalityId: genk.id } });
    expect((await person(tenant.staff.id)).locale).toBe("nl-BE");
    signInAs(tenant.colleague.id);
    expect(await chooseLanguageAction(idle, form({ locale: "en" }))).toMatchObject({
      status: "success",
      message: "Your language has been saved. Middengrond and your mail are in English from now on.",
    });
    await prisma.user.update({ where: { id: tenant.colleague.id }, data: { municipalityId: genk.id } });
    expect(await person(tenant.colleague.id)).toMatchObject({ locale: "en", localeChosen: true });
    await prisma.municipality.update({ where: { id: tenant.municipality.id }, data: { country: "BE" } });
    expect((await person(tenant.coordinator.id)).locale).toBe("nl-BE");
  });

  it("is audited when chosen, and a made-up language is refused as a field message", async () => {
    signInAs(tenant.staff.id);
    await chooseLanguageAction(idle, form({ locale: "nl-BE" }));
    const [event] = await auditsOf(tenant.staff.id, "person.language");
    expect(event.data).toEqual({ locale: "nl-BE" });
    await expectNothingWritten(async () => {
      const state = await chooseLanguageAction(idle, form({ locale: "fr" }));
      expect(state).toMatchObject({ fieldErrors: { locale: [translator("nl")("accounts.profile.languageHelp")] } });
    });
  });

  it("a person of a Belgian municipality gets their invitation in Flemish; one who chose English gets mail in English", async () => {
    process.env.APP_URL = "https://middengrond.example.nl";
    const genk = await belgian();
    signInAs((await makeUser("ADMIN")).id);
    const email = `lotte.${crypto.randomUUID().slice(0, 8)}@example.test`;
    await invitePersonAction(
      idle,
      form({ name: "Lotte Peeters", email, role: "STAFF", municipalityId: genk.id, workField: "EDUCATION" }),
    );
    const prisma = await db();
    const invitation = await prisma.outboxMail.findFirstOrThrow({ where: { toEmail: email } });
    const flemish = translator("nl-BE");
    expect(invitation.subject).toBe(flemish("accounts.mail.inviteSubject"));
    expect(invitation.body).toContain(flemish("accounts.mail.inviteBody", { link: "" }).trim());
    expect(invitation.body).not.toContain(translator("nl")("accounts.mail.inviteBody", { link: "" }).trim());

    signInAs(tenant.staff.id);
    await chooseLanguageAction(idle, form({ locale: "en" }));
    signInAs(null);
    await requestPasswordResetAction(idle, form({ email: tenant.staff.email }));
    const reset = await prisma.outboxMail.findFirstOrThrow({ where: { toEmail: tenant.staff.email } });
    expect(reset.subject).toBe(translator("en")("accounts.mail.resetSubject"));
    delete process.env.APP_URL;
  });
});
