import { beforeEach, describe, expect, it } from "vitest";
import { GET as downloadOwnData } from "@/app/account/export/route";
import { erasePersonAction } from "@/app/admin/people/[id]/actions";
import { hashPassword } from "@/lib/auth/password";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { idle } from "@/lib/actions/state";
import { ANONYMISED_CASE_TITLE, ERASED_NAME } from "@/lib/privacy/service";
import { form } from "../../support/form";
import { signInAs } from "../../support/session";
import { makeTenant, makeTrajectory, makeUser } from "../../support/fixtures";

const SITUATION = "Jan de Vries van de Dorpsstraat 4 zet jongeren op tegen de wijkagent.";

async function world() {
  const prisma = await db();
  const tenant = await makeTenant();
  const admin = await makeUser("ADMIN");
  await prisma.user.update({
    where: { id: tenant.staff.id },
    data: { passwordHash: await hashPassword("geheim-wachtwoord"), jobTitle: "Jongerenwerker" },
  });
  const trajectory = await makeTrajectory(tenant, {
    title: "Samen verder",
  });
  const cohort = await prisma.cohort.create({ data: { trajectoryId: trajectory.id, name: "Groep 1" } });
  await prisma.enrollment.create({
    data: {
      cohortId: cohort.id,
      trajectoryId: trajectory.id,
      userId: tenant.staff.id,
      status: "ACCEPTED",
      motivation: "Ik werk met Jan in de wijk.",
    },
  });
  const session = await prisma.session.create({
    data: {
      municipalityId: tenant.municipality.id,
      trajectoryId: trajectory.id,
      cohortId: cohort.id,
      kind: "TRAINING_DAY",
      startsAt: new Date("2026-03-02T08:00:00Z"),
      endsAt: new Date("2026-03-02T15:00:00Z"),
    },
  });
  const written = await prisma.case.create({
    data: {
      municipalityId: tenant.municipality.id,
      authorId: tenant.staff.id,
      trajectoryId: trajectory.id,
      title: "Spanning bij het jongerencentrum van Jan",
      situation: SITUATION,
      nature: "POLARISATION",
      phase: "RISING_TENSION",
      poleA: "Jongeren van het plein",
      poleB: "Politie",
      location: "Dorpsstraat",
      fuel: "Filmpjes op sociale media",
      tried: "Gesprek met Jan",
      gameChangers: ["TARGET_GROUP", "TONE"],
      workField: "YOUTH_WORK",
      status: "DISCUSSED",
      roles: {
        create: [
          { role: "PUSHER", description: "Jan de Vries", position: 5 },
          { role: "BRIDGE_BUILDER", description: "De buurtvader", position: 50 },
        ],
      },
      sessions: {
        create: {
          sessionId: session.id,
          advice: "Praat met Jan",
          agreedActions: "Bel Jan",
          question: "Hoe bereik ik Jan?",
          analysis: "Jan is trekker",
        },
      },
      actionPlan: {
        create: {
          municipalityId: tenant.municipality.id,
          title: "Plan voor Jan",
          actions: { create: { description: "Huisbezoek bij Jan", term: "SHORT", ownerId: tenant.colleague.id } },
        },
      },
    },
  });
  const colleagues = await prisma.case.create({
    data: {
      municipalityId: tenant.municipality.id,
      authorId: tenant.colleague.id,
      title: "Casus van een collega",
      situation: "Iets anders",
    },
  });
  await prisma.outboxMail.create({
    data: { toEmail: tenant.staff.email, userId: tenant.staff.id, subject: "Welkom", body: "Beste", kind: "welcome" },
  });
  return { tenant, admin, written, colleagues, cohort };
}

let w: Awaited<ReturnType<typeof world>>;
beforeEach(async () => {
  w = await world();
});

const erase = (userId: string, confirm: string | null = "on") =>
  erasePersonAction(idle, form(confirm === null ? { userId } : { userId, confirm }));

describe("GDPR/AVG: each person downloads their own data", () => {
  it("returns their profile, enrollments and cases as a JSON attachment, without secrets or other people's data", async () => {
    signInAs(w.tenant.staff.id);
    const response = await downloadOwnData();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="middengrond-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const text = await response.text();
    const data = JSON.parse(text);
    expect(data.person).toMatchObject({
      id: w.tenant.staff.id,
      email: w.tenant.staff.email,
      jobTitle: "Jongerenwerker",
    });
    expect(data.enrollments[0].motivation).toBe("Ik werk met Jan in de wijk.");
    expect(data.cases).toHaveLength(1);
    expect(data.cases[0].situation).toBe(SITUATION);
    expect(data.cases[0].roles).toHaveLength(2);
    expect(data.mail[0].subject).toBe("Welkom");
    expect(text).not.toContain("Casus van een collega");
    expect(text).not.toMatch(/passwordHash|calendarToken|scrypt/);
    const logged = await (
      await db()
    ).auditEvent.count({ where: { action: "person.export", entityId: w.tenant.staff.id } });
    expect(logged).toBe(1);
  });

  it("answers 401 to someone not signed in", async () => {
    signInAs(null);
    expect((await downloadOwnData()).status).toBe(401);
  });
});

describe("GDPR/AVG: an admin erases a person", () => {
  it("anonymises their fields, ends their sessions and keeps their cases only as anonymised analysis", async () => {
    const prisma = await db();
    const before = await prisma.user.findUniqueOrThrow({ where: { id: w.tenant.staff.id } });
    signInAs(w.admin.id);
    const state = await erase(w.tenant.staff.id);
    expect(state).toMatchObject({ status: "success", data: { anonymisedCases: 1 } });

    const person = await prisma.user.findUniqueOrThrow({ where: { id: w.tenant.staff.id } });
    expect(person).toMatchObject({
      name: ERASED_NAME,
      passwordHash: null,
      jobTitle: null,
      sessionVersion: before.sessionVersion + 1,
    });
    expect(person.erasedAt).toBeInstanceOf(Date);
    expect(person.email).toMatch(/^erased-[0-9a-f]{32}@erased\.invalid$/);
    expect(person.calendarToken).not.toBe(before.calendarToken);
    expect(
      await verifyCredentials(prisma, { email: before.email, password: "geheim-wachtwoord", address: "10.9.9.9" }),
    ).toEqual({ ok: false, reason: "invalid" });

    const item = await prisma.case.findUniqueOrThrow({
      where: { id: w.written.id },
      include: { roles: true, sessions: true, actionPlan: true },
    });
    // The analysis stays…
    expect(item).toMatchObject({
      nature: "POLARISATION",
      phase: "RISING_TENSION",
      gameChangers: ["TARGET_GROUP", "TONE"],
      status: "DISCUSSED",
    });
    expect(item.roles.map((r) => [r.role, r.position]).sort()).toEqual([
      ["BRIDGE_BUILDER", 50],
      ["PUSHER", 5],
    ]);
    // …and nothing that names or points to people.
    expect(item).toMatchObject({
      authorId: null,
      title: ANONYMISED_CASE_TITLE,
      situation: "",
      poleA: null,
      poleB: null,
      location: null,
      fuel: null,
      tried: null,
      workField: null,
      trajectoryId: null,
    });
    expect(item.roles.every((r) => r.description === "")).toBe(true);
    expect(item.sessions[0]).toMatchObject({ advice: null, agreedActions: null, question: null, analysis: null });
    expect(item.actionPlan).toBeNull();
    expect(JSON.stringify(item)).not.toContain("Jan");

    const enrollment = await prisma.enrollment.findFirstOrThrow({ where: { userId: w.tenant.staff.id } });
    expect(enrollment.motivation).toBe("");
    expect(await prisma.outboxMail.count({ where: { userId: w.tenant.staff.id } })).toBe(0);

    // Other people's records are untouched.
    expect(await prisma.case.findUniqueOrThrow({ where: { id: w.colleagues.id } })).toMatchObject({
      title: "Casus van een collega",
      authorId: w.tenant.colleague.id,
    });

    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "person.erase", entityId: w.tenant.staff.id },
    });
    expect(event).toMatchObject({ actorId: w.admin.id, entity: "User", municipalityId: w.tenant.municipality.id });
  });

  it("gives up their place in a cohort that has not started, so the first on the waiting list moves up (R2)", async () => {
    const prisma = await db();
    const next = await prisma.enrollment.create({
      data: {
        cohortId: w.cohort.id,
        trajectoryId: w.cohort.trajectoryId,
        userId: w.tenant.colleague.id,
        status: "WAITLISTED",
        queuedAt: new Date(),
        motivation: "Graag",
      },
    });
    await prisma.cohort.update({ where: { id: w.cohort.id }, data: { capacity: 1, status: "FULL" } });
    const nextYear = new Date(Date.now() + 365 * 24 * 3600_000);
    await prisma.session.updateMany({
      where: { cohortId: w.cohort.id },
      data: { startsAt: nextYear, endsAt: new Date(nextYear.getTime() + 7 * 3600_000) },
    });
    signInAs(w.admin.id);
    expect(await erase(w.tenant.staff.id)).toMatchObject({ status: "success", data: { freedPlaces: 1 } });

    expect(await prisma.enrollment.findFirstOrThrow({ where: { userId: w.tenant.staff.id } })).toMatchObject({
      status: "WITHDRAWN",
    });
    expect(await prisma.enrollment.findUniqueOrThrow({ where: { id: next.id } })).toMatchObject({ status: "ACCEPTED" });
    expect(await prisma.auditEvent.count({ where: { action: "enrollment.promote", entityId: next.id } })).toBe(1);
    expect(
      await prisma.outboxMail.count({ where: { userId: w.tenant.colleague.id, kind: { contains: "promoted" } } }),
    ).toBe(1);
  });

  it("keeps the anonymous place in a cohort that has started: it is the cohort's history (R10)", async () => {
    const prisma = await db();
    signInAs(w.admin.id);
    // Still marked recruiting, but its training day has taken place.
    expect(await prisma.cohort.findUniqueOrThrow({ where: { id: w.cohort.id } })).toMatchObject({
      status: "RECRUITING",
    });
    expect(await erase(w.tenant.staff.id)).toMatchObject({ status: "success", data: { freedPlaces: 0 } });
    expect(await prisma.enrollment.findFirstOrThrow({ where: { userId: w.tenant.staff.id } })).toMatchObject({
      status: "ACCEPTED",
      motivation: "",
    });
  });

  it("removes their contact details from intake requests they sent", async () => {
    const prisma = await db();
    const request = await prisma.intakeRequest.create({
      data: {
        kind: "STRATEGIST",
        municipalityName: "Gemeente",
        role: "Jongerenwerker",
        contactName: "Sam",
        email: w.tenant.staff.email.toUpperCase(),
        phone: "0612345678",
        question: "Ik wil strateeg worden",
      },
    });
    signInAs(w.admin.id);
    await erase(w.tenant.staff.id);
    const after = await prisma.intakeRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(after).toMatchObject({
      contactName: ERASED_NAME,
      email: ERASED_NAME,
      phone: null,
      question: "",
      kind: "STRATEGIST",
    });
  });

  it("an erased person is signed out everywhere at once", async () => {
    const { currentUser } = await import("@/lib/auth/session");
    signInAs(w.tenant.staff.id);
    expect((await currentUser())?.id).toBe(w.tenant.staff.id);
    signInAs(w.admin.id);
    await erase(w.tenant.staff.id);
    signInAs(w.tenant.staff.id);
    expect(await currentUser()).toBeNull();
  });

  it("needs an explicit confirmation and changes nothing without it", async () => {
    signInAs(w.admin.id);
    const state = await erase(w.tenant.staff.id, null);
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { confirm: ["Bevestig dat u deze persoon wilt wissen."] },
    });
    expect((await (await db()).user.findUniqueOrThrow({ where: { id: w.tenant.staff.id } })).erasedAt).toBeNull();
  });

  it("is for admins only, and not for their own account", async () => {
    const prisma = await db();
    for (const actor of [w.tenant.coordinator, w.tenant.trainer, w.tenant.colleague]) {
      signInAs(actor.id);
      expect(await erase(w.tenant.staff.id)).toMatchObject({
        status: "error",
        message: "U heeft geen toegang tot dit onderdeel.",
      });
    }
    signInAs(w.admin.id);
    expect(await erase(w.admin.id)).toMatchObject({ status: "error" });
    expect(
      await prisma.user.count({ where: { id: { in: [w.tenant.staff.id, w.admin.id] }, erasedAt: { not: null } } }),
    ).toBe(0);
  });

  it("refuses to erase twice or an unknown person", async () => {
    signInAs(w.admin.id);
    await erase(w.tenant.staff.id);
    expect(await erase(w.tenant.staff.id)).toMatchObject({ status: "error", message: "Niet gevonden." });
    expect(await erase("00000000-0000-4000-8000-000000000000")).toMatchObject({
      status: "error",
      message: "Niet gevonden.",
    });
    expect(await (await db()).auditEvent.count({ where: { action: "person.erase", actorId: w.admin.id } })).toBe(1);
  });
});
