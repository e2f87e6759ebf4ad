// Bulk onboarding (issue 11 item 4): the preview lists every row's problems and writes
// nothing; the import creates every accepted row with its invitation, or none.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import * as notify from "@/lib/notifications/notify";
import { makeTenant, makeUser } from "../../support/fixtures";
import { signInAs } from "../../support/session";
import { expectNothingWritten } from "../../support/writes";
import { accepted, cancel, commit, importAll, preview, stage, start } from "./helpers";

vi.mock("@/lib/notifications/notify", async (original) => {
  const actual = await original<typeof import("@/lib/notifications/notify")>();
  return { ...actual, notifyAll: vi.fn(actual.notifyAll) };
});

const unique = () => crypto.randomUUID().slice(0, 8);
let tenant: Awaited<ReturnType<typeof makeTenant>>;
let tag: string;
beforeEach(async () => {
  tenant = await makeTenant();
  tag = unique();
  signInAs(tenant.coordinator.id);
});

const address = (name: string) => `${name}.${tag}@example.test`;
/** A semicolon CSV with a byte-order mark and Dutch headers, as Excel's "CSV UTF-8" writes it. */
const csv = (lines: string[], header = "Naam;E-mail;Werkveld;Functie") =>
  `\ufeff${[header, ...lines].join("\r\n")}\r\n`;

async function peopleWith(emails: string[]) {
  return (await db()).user.findMany({ where: { email: { in: emails } }, orderBy: { email: "asc" } });
}

describe("preview", () => {
  it("lists every row with its problems and counts the rows it will import, writing nothing", async () => {
    const elsewhere = await makeUser("STAFF", { municipalityId: (await makeTenant()).municipality.id });
    const file = csv([
      `Anna de Vries;${address("anna")};Onderwijs;Leerplichtambtenaar`,
      `Bram Jansen;niet-een-adres;Zorg;`,
      `Cem Yilmaz;${address("cem")};Sterrenkunde;`,
      `Anna Dubbel;${address("anna").toUpperCase()};Wonen;`,
      `;${address("zonder-naam")};OOV;`,
      `Hier Al;${tenant.staff.email};SOCIAL_DOMAIN;`,
      `Elders Al;${elsewhere.email};Youth work;`,
      `=HYPERLINK("http://evil");${address("formule")};Politie;`,
      `Dirk Engels;${address("dirk")};Public order & safety (OOV);Policy officer`,
    ]);
    const { status, view } = await expectNothingWritten(() => preview(tenant.municipality.id, "staff.csv", file));
    expect(status).toBe(200);
    if (!view.ok) throw new Error(view.message);
    expect(view.total).toBe(9);
    expect(view.accepted).toBe(2);
    const problems = Object.fromEntries(view.rows.map((row) => [row.line, row.problems]));
    expect(problems[2]).toEqual([]);
    expect(problems[3]).toEqual(["Geen geldig e-mailadres."]);
    expect(problems[4]).toEqual(["Onbekend werkveld ‘Sterrenkunde’."]);
    expect(problems[5]).toEqual(["Dit adres staat al in rij 2."]);
    expect(problems[6]).toEqual(["Naam ontbreekt."]);
    expect(problems[7]).toEqual(["Heeft al een account in deze gemeente."]);
    expect(problems[8]).toEqual(["Heeft al een account bij een andere gemeente of rol."]);
    expect(problems[9]).toEqual(["De naam is een formule; formules worden niet overgenomen."]);
    expect(problems[10]).toEqual([]);
    expect(view.rows.find((row) => row.line === 10)).toMatchObject({ workField: "OOV", jobTitle: "Policy officer" });
  });

  it("reads English headers, commas and no byte-order mark, and an .xlsx", async () => {
    const english = `Name,Email,Work field,Job title,Language\nEve Smith,${address("eve")},Care,Nurse,en\n`;
    const { view } = await preview(tenant.municipality.id, "staff.csv", english);
    expect(view.ok && view.rows[0]).toMatchObject({ name: "Eve Smith", workField: "CARE", language: "en" });
    const { xlsxOf } = await import("../../support/xlsx");
    const workbook = xlsxOf([
      ["naam", "e-mail", "werkveld", "functie"],
      ["Fien Peeters", address("fien"), "Jongerenwerk", "Jongerenwerker"],
      ["Gijs Formule", { formula: 'CONCAT("g","@x.nl")', value: "g@x.nl" }, "Zorg", ""],
    ]);
    const { view: fromExcel } = await preview(tenant.municipality.id, "staff.xlsx", new Blob([workbook]));
    if (!fromExcel.ok) throw new Error(fromExcel.message);
    expect(fromExcel.accepted).toBe(1);
    expect(fromExcel.rows[1].problems).toEqual(["De e-mail is een formule; formules worden niet overgenomen."]);
  });

  it("refuses a coordinator another municipality's import, and an archived municipality", async () => {
    const other = await makeTenant();
    const { status } = await expectNothingWritten(() =>
      preview(other.municipality.id, "staff.csv", csv([`A B;${address("a")};Zorg;`])),
    );
    expect(status).toBe(404);
    expect((await expectNothingWritten(() => start(other.municipality.id, 1))).status).toBe("error");
    await (await db()).municipality.update({ where: { id: other.municipality.id }, data: { archivedAt: new Date() } });
    signInAs((await makeUser("ADMIN")).id);
    expect((await preview(other.municipality.id, "staff.csv", csv([`A B;${address("a")};Zorg;`]))).status).toBe(404);
  });

  it("lets an admin import into any municipality", async () => {
    signInAs((await makeUser("ADMIN")).id);
    const { view } = await preview(tenant.municipality.id, "staff.csv", csv([`Hanna Admin;${address("hanna")};Zorg;`]));
    expect((await importAll(tenant.municipality.id, view)).status).toBe("success");
    expect(await peopleWith([address("hanna")])).toMatchObject([{ municipalityId: tenant.municipality.id }]);
  });
});

describe("import", () => {
  it("creates every accepted row as staff with an invitation in their language, audited once", async () => {
    const file = csv(
      [
        `Ivo Bakker;${address("ivo")};Onderwijs;Docent;nl`,
        `Jane Doe;${address("jane")};Care;Nurse;English`,
        `Kapot;kapot;Zorg;;`,
      ],
      "naam;e-mail;werkveld;functie;taal",
    );
    const { view } = await preview(tenant.municipality.id, "staff.csv", file);
    const state = await importAll(tenant.municipality.id, view);
    expect(state).toMatchObject({ status: "success", data: { imported: 2 } });
    const people = await peopleWith([address("ivo"), address("jane")]);
    expect(people).toMatchObject([
      {
        role: "STAFF",
        municipalityId: tenant.municipality.id,
        workField: "EDUCATION",
        jobTitle: "Docent",
        locale: "nl",
      },
      { role: "STAFF", workField: "CARE", locale: "en", passwordHash: null },
    ]);
    const prisma = await db();
    const mails = await prisma.outboxMail.findMany({ where: { toEmail: { in: [address("ivo"), address("jane")] } } });
    expect(mails.map((mail) => [mail.toEmail, mail.kind]).sort()).toEqual([
      [address("ivo"), "account.invite"],
      [address("jane"), "account.invite"],
    ]);
    expect(mails.find((mail) => mail.toEmail === address("jane"))?.body).toMatch(/^Dear Jane Doe/);
    expect(mails.find((mail) => mail.toEmail === address("ivo"))?.body).toMatch(/\/account\/password\/[\w-]{20,}/);
    expect(await prisma.passwordToken.count({ where: { userId: { in: people.map((p) => p.id) } } })).toBe(2);
    const events = await prisma.auditEvent.findMany({
      where: { action: "people.import", municipalityId: tenant.municipality.id },
    });
    expect(events).toMatchObject([{ actorId: tenant.coordinator.id, data: { imported: 2, invited: 2 } }]);
    expect(await prisma.staffImport.count({ where: { actorId: tenant.coordinator.id } })).toBe(0);
  });

  it("creates nobody when the commit fails in the middle (after the accounts, at the mails)", async () => {
    const file = csv([1, 2, 3, 4, 5].map((n) => `Persoon ${n};${address(`p${n}`)};Zorg;`));
    const { view } = await preview(tenant.municipality.id, "staff.csv", file);
    vi.mocked(notify.notifyAll).mockRejectedValueOnce(new Error("disk full"));
    const state = await importAll(tenant.municipality.id, view, 2);
    expect(state.status).toBe("error");
    expect(await peopleWith([1, 2, 3, 4, 5].map((n) => address(`p${n}`)))).toEqual([]);
    expect(
      await (
        await db()
      ).auditEvent.count({ where: { action: "people.import", municipalityId: tenant.municipality.id } }),
    ).toBe(0);
  });

  it("creates nobody when an address got an account since the preview", async () => {
    const file = csv([`Lot Laat;${address("lot")};Zorg;`, `Max Mee;${address("max")};Zorg;`]);
    const { view } = await preview(tenant.municipality.id, "staff.csv", file);
    const rows = accepted(view);
    const started = await start(tenant.municipality.id, rows.length);
    if (started.status !== "success") throw new Error(JSON.stringify(started));
    await stage(started.data.importId, rows);
    await (await db()).user.create({ data: { name: "Lot", email: address("lot"), role: "TRAINER" } });
    const state = await commit(started.data.importId);
    expect(state).toMatchObject({ status: "error", message: expect.stringMatching(/Sinds de controle heeft 1 adres/) });
    expect(await peopleWith([address("max")])).toEqual([]);
  });

  it("creates nobody when rows are missing, or the same address arrives in two chunks", async () => {
    const rows = accepted(
      (
        await preview(
          tenant.municipality.id,
          "staff.csv",
          csv([`Nina;${address("nina")};Zorg;`, `Otto;${address("otto")};Zorg;`]),
        )
      ).view,
    );
    const started = await start(tenant.municipality.id, 2);
    if (started.status !== "success") throw new Error(JSON.stringify(started));
    await stage(started.data.importId, rows.slice(0, 1));
    expect(await commit(started.data.importId)).toMatchObject({
      status: "error",
      message: expect.stringMatching(/Nog niet alle 2 rijen/),
    });
    expect((await stage(started.data.importId, rows.slice(0, 1))).status).toBe("error");
    expect(await peopleWith([address("nina"), address("otto")])).toEqual([]);
  });

  it("leaves nothing when cancelled halfway", async () => {
    const rows = accepted(
      (
        await preview(
          tenant.municipality.id,
          "staff.csv",
          csv([`Pim;${address("pim")};Zorg;`, `Quinn;${address("quinn")};Zorg;`]),
        )
      ).view,
    );
    const started = await start(tenant.municipality.id, 2);
    if (started.status !== "success") throw new Error(JSON.stringify(started));
    expect(await stage(started.data.importId, rows.slice(0, 1))).toMatchObject({
      status: "success",
      data: { staged: 1 },
    });
    expect((await cancel(started.data.importId)).status).toBe("success");
    const prisma = await db();
    expect(await prisma.staffImportRow.count({ where: { importId: started.data.importId } })).toBe(0);
    expect((await commit(started.data.importId)).status).toBe("error");
    expect(await peopleWith([address("pim"), address("quinn")])).toEqual([]);
  });

  it("refuses another person's staged import", async () => {
    const started = await start(tenant.municipality.id, 1);
    if (started.status !== "success") throw new Error(JSON.stringify(started));
    signInAs((await makeUser("ADMIN")).id);
    const row = { line: 2, name: "Rik", email: address("rik"), workField: null, jobTitle: null, language: null };
    expect(await expectNothingWritten(() => stage(started.data.importId, [row]))).toMatchObject({ status: "error" });
    expect(await expectNothingWritten(() => commit(started.data.importId))).toMatchObject({ status: "error" });
  });
});

describe("the imported people's language (ADR 0033)", () => {
  it("is the municipality's (Flemish for a Belgian one) unless the file names one, and so is the invitation", async () => {
    await (await db()).municipality.update({ where: { id: tenant.municipality.id }, data: { country: "BE" } });
    const file = csv(
      [`Lotte Peeters;${address("lotte")};Onderwijs;;`, `Tom Claes;${address("tom")};Zorg;;English`],
      "Naam;E-mail;Werkveld;Functie;Taal",
    );
    const { view } = await preview(tenant.municipality.id, "staff.csv", file);
    expect(await importAll(tenant.municipality.id, view)).toMatchObject({ status: "success" });
    const [lotte, tom] = await peopleWith([address("lotte"), address("tom")]);
    expect(lotte).toMatchObject({ locale: "nl-BE", localeChosen: false });
    expect(tom).toMatchObject({ locale: "en", localeChosen: true });
    const mails = await (await db()).outboxMail.findMany({ where: { toEmail: { in: [lotte.email, tom.email] } } });
    expect(mails.find((m) => m.toEmail === lotte.email)?.body).toContain("Er werd voor u een account aangemaakt");
    expect(mails.find((m) => m.toEmail === tom.email)?.subject).toBe("Your Middengrond account");
  });
});
