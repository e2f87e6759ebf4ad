// The read models of the admin, account and calendar screens authorise inside, whoever
// calls them: a role that may not use the screen gets null before anything is read, an
// id that cannot be a record is null without a query, and one's own screens show one's
// own data only. (The authorisation matrix proves the same through the pages.)
import { beforeAll, describe, expect, it } from "vitest";
import {
  accountPage,
  adminStartPage,
  invitePersonPage,
  passwordLinkPage,
  peoplePage,
  personPage,
} from "@/lib/accounts/read-models";
import { sendPasswordLink } from "@/lib/accounts/tokens";
import { auditPage } from "@/lib/audit/read-models";
import type { Actor } from "@/lib/auth/access";
import { calendarPage, personalFeed } from "@/lib/calendar/read-models";
import { db, queryCount } from "@/lib/db/client";
import { intakeListPage, intakeRequestPage } from "@/lib/intake/read-models";
import { intakeTransitions } from "@/lib/intake/rules";
import { outboxPage } from "@/lib/notifications/read-models";
import { makeTenant, makeUser } from "../../support/fixtures";

// Counts SQL statements (lib/db/client); read when the connection opens in beforeAll.
process.env.MG_QUERY_STATS = "1";

let tenant: Awaited<ReturnType<typeof makeTenant>>;
let admin: Actor;
let intakeId: string;
beforeAll(async () => {
  tenant = await makeTenant("Leesstad");
  admin = await makeUser("ADMIN");
  const request = await (
    await db()
  ).intakeRequest.create({
    data: {
      kind: "SUPPORT",
      municipalityName: "Leesstad",
      role: "Beleidsadviseur",
      contactName: "Anna de Vries",
      email: "anna@leesstad.test",
      question: "Kunnen jullie ons ondersteunen bij spanningen in de wijk?",
    },
  });
  intakeId = request.id;
});

/** How many SQL statements `read` runs. */
async function statements(read: () => Promise<unknown>) {
  const before = queryCount();
  await read();
  return queryCount() - before;
}

const ADMIN_SCREENS: Record<string, (actor: Actor) => Promise<unknown>> = {
  adminStartPage: (actor) => adminStartPage(actor),
  peoplePage: (actor) => peoplePage(actor, {}),
  personPage: (actor) => personPage(actor, tenant.staff.id),
  invitePersonPage: (actor) => invitePersonPage(actor),
  auditPage: (actor) => auditPage(actor, {}),
  outboxPage: (actor) => outboxPage(actor),
  intakeListPage: (actor) => intakeListPage(actor, {}),
  intakeRequestPage: (actor) => intakeRequestPage(actor, intakeId),
};

describe("the admin's screens", () => {
  for (const [name, read] of Object.entries(ADMIN_SCREENS)) {
    it(`${name}: data for an admin; null for every other role, before anything is read`, async () => {
      expect(await read(admin)).not.toBeNull();
      for (const actor of [tenant.trainer, tenant.coordinator, tenant.staff]) {
        let result: unknown = "not called";
        expect(await statements(async () => (result = await read(actor)))).toBe(0);
        expect(result, `${name} as ${actor.role}`).toBeNull();
      }
    });
  }

  it("a person or request id that cannot be one is null without a query; an unknown one is null", async () => {
    for (const id of ["", "1", "../admin", `${tenant.staff.id}x`]) {
      expect(await statements(() => personPage(admin, id))).toBe(0);
      expect(await personPage(admin, id)).toBeNull();
      expect(await statements(() => intakeRequestPage(admin, id))).toBe(0);
    }
    expect(await personPage(admin, crypto.randomUUID())).toBeNull();
    expect(await intakeRequestPage(admin, crypto.randomUUID())).toBeNull();
  });

  it("the people search pages and finds by name or e-mail; nobody may erase themselves", async () => {
    const found = await peoplePage(admin, { q: tenant.staff.email.toUpperCase(), page: ["1", "7"] });
    expect(found).toMatchObject({ q: tenant.staff.email.toUpperCase(), page: 1, total: 1, hasNext: false });
    expect(found?.people).toEqual([
      expect.objectContaining({ id: tenant.staff.id, municipality: "Leesstad", erased: false }),
    ]);
    expect(await peoplePage(admin, { page: "-3" })).toMatchObject({ page: 1 });
    expect(await personPage(admin, admin.id)).toMatchObject({ isSelf: true });
    expect(await personPage(admin, tenant.staff.id)).toMatchObject({
      isSelf: false,
      person: { id: tenant.staff.id, cases: 0, enrollments: 0, municipality: "Leesstad" },
    });
  });

  it("the intake request offers the municipality of the same name and the likely programme", async () => {
    const page = await intakeRequestPage(admin, intakeId);
    expect(page?.suggested.municipalityId).toBe(tenant.municipality.id);
    expect(page?.suggested.template?.key).toBe("strategie-ondersteuning");
    expect(page).toMatchObject({ mayConvert: true, mayEnroll: false, transitions: intakeTransitions("NEW") });
    expect(await intakeListPage(admin, { status: "PLANNED" })).toMatchObject({ status: "PLANNED", requests: [] });
    expect(await intakeListPage(admin, { status: "nonsense" })).toMatchObject({ status: undefined });
  });

  it("the audit log ignores a malformed filter and names each event's municipality", async () => {
    const prisma = await db();
    await prisma.auditEvent.create({
      data: {
        actorId: tenant.coordinator.id,
        action: "readmodel.check",
        entity: "User",
        entityId: tenant.staff.id,
        municipalityId: tenant.municipality.id,
        data: { field: "name" },
      },
    });
    const page = await auditPage(admin, { action: "readmodel.check", municipalityId: "'; drop table" });
    expect(page?.filter).toMatchObject({ action: "readmodel.check", municipalityId: undefined });
    expect(page?.events).toEqual([expect.objectContaining({ municipality: "Leesstad", details: '{"field":"name"}' })]);
  });
});

describe("one's own screens", () => {
  it("the account page shows one's own profile, and nothing for an erased person", async () => {
    for (const actor of [admin, tenant.trainer, tenant.coordinator, tenant.staff]) {
      const person = await (await db()).user.findUniqueOrThrow({ where: { id: actor.id } });
      expect(await accountPage(actor)).toMatchObject({ name: person.name, email: person.email, role: person.role });
    }
    expect(await accountPage(tenant.staff)).toMatchObject({ municipality: "Leesstad" });
    const erased = await makeUser("STAFF", { municipalityId: tenant.municipality.id });
    await (await db()).user.update({ where: { id: erased.id }, data: { erasedAt: new Date() } });
    expect(await accountPage(erased)).toBeNull();
  });

  it("the calendar page gives one's own feed, and the feed answers only to a well-formed, current token", async () => {
    const own = await (await db()).user.findUniqueOrThrow({ where: { id: tenant.staff.id } });
    expect(await calendarPage(tenant.staff)).toMatchObject({ feedPath: `/calendar/${own.calendarToken}.ics` });
    expect(await personalFeed(`${own.calendarToken}.ics`, "https://middengrond.test")).toMatch(/^BEGIN:VCALENDAR/);
    for (const name of [own.calendarToken, `${own.calendarToken}.ICS`, `../${own.calendarToken}.ics`, "x.ics"])
      expect(await statements(() => personalFeed(name, ""))).toBe(0);
    expect(await personalFeed(`${"0".repeat(64)}.ics`, "")).toBeNull();
  });

  it("the password link page knows the account of a valid link only", async () => {
    const prisma = await db();
    const person = await makeUser("STAFF", { municipalityId: tenant.municipality.id });
    await prisma.$transaction((tx) => sendPasswordLink(tx, person, "INVITE", "https://middengrond.test"));
    const mail = await prisma.outboxMail.findFirstOrThrow({ where: { toEmail: person.email } });
    const token = /\/account\/password\/([A-Za-z0-9_-]+)/.exec(mail.body)![1];
    expect(await passwordLinkPage(token)).toEqual({ email: person.email, signUp: false });
    expect(await passwordLinkPage(`${token}x`)).toBeNull();
    expect(await statements(() => passwordLinkPage("x".repeat(201)))).toBe(0);
  });
});
