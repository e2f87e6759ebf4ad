import { describe, expect, it } from "vitest";
import { GET } from "@/app/trainer/sessions/[id]/sign-in-sheet/route";
import { db } from "@/lib/db/client";
import { PdfWriter } from "@/lib/pdf/document";
import { sessionPage, signInSheetFile } from "@/lib/sessions/read-models";
import { makeTenant, makeTrajectory, makeUser } from "../../support/fixtures";
import { signInAs } from "../../support/session";

const HOUR = 3_600_000;

/** A training day of a cohort in 2 days, 09:00–16:00 Amsterdam, with four accepted participants (one of another municipality). */
async function setup() {
  const tenant = await makeTenant("Súdwest-Fryslân");
  const prisma = await db();
  const trajectory = await makeTrajectory(tenant, { title: "Samen tegen polarisatie" });
  const cohort = await prisma.cohort.create({ data: { trajectoryId: trajectory.id, name: "Groep Noord" } });
  const elsewhere = await makeTenant("Leeuwarden");
  const people = await Promise.all([
    makeUser("STAFF", { municipalityId: tenant.municipality.id, name: "Zoë de Vries", workField: "EDUCATION" }),
    makeUser("STAFF", { municipalityId: tenant.municipality.id, name: "Ömer Yılmaz", workField: "POLICE" }),
    makeUser("STAFF", { municipalityId: tenant.municipality.id, name: "anna Bakker", workField: "CARE" }),
    makeUser("STAFF", { municipalityId: elsewhere.municipality.id, name: "Łukasz Nowak", workField: "HOUSING" }),
  ]);
  await prisma.user.update({ where: { id: people[1].id }, data: { jobTitle: "Wijkagent" } });
  await prisma.enrollment.createMany({
    data: people.map((person) => ({
      cohortId: cohort.id,
      trajectoryId: trajectory.id,
      userId: person.id,
      status: "ACCEPTED" as const,
      motivation: "Ik wil de middengroep bereiken.",
    })),
  });
  // Someone who withdrew is not expected.
  const gone = await makeUser("STAFF", { municipalityId: tenant.municipality.id, name: "Bert Weg" });
  await prisma.enrollment.create({
    data: { cohortId: cohort.id, trajectoryId: trajectory.id, userId: gone.id, status: "WITHDRAWN", motivation: "-" },
  });
  const day = new Date(Date.now() + 2 * 24 * HOUR);
  const startsAt = new Date(`${day.toISOString().slice(0, 10)}T08:00:00Z`);
  const session = await prisma.session.create({
    data: {
      municipalityId: tenant.municipality.id,
      trajectoryId: trajectory.id,
      cohortId: cohort.id,
      kind: "TRAINING_DAY",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 7 * HOUR),
      location: "Stadhuis, Sneek",
      trainers: { create: [{ trainerId: tenant.trainer.id }] },
    },
  });
  return { ...tenant, elsewhere, session, trajectory };
}

const text = async (pdf: Uint8Array) => (await PdfWriter.textOf(pdf)).flat();

describe("the sign-in sheet of a session", () => {
  it("lists the people the attendance screen expects, alphabetical, with work field and municipality", async () => {
    const { trainer, session } = await setup();
    const file = (await signInSheetFile(trainer, session.id, "nl"))!;
    const lines = await text(file.pdf);
    const names = ["anna Bakker", "Łukasz Nowak", "Ömer Yılmaz", "Zoë de Vries"];
    expect(lines.filter((line) => names.includes(line))).toEqual(names);
    const screen = (await sessionPage(trainer, session.id, new Date()))!;
    expect(new Set(screen.attendanceList.map((person) => person.name))).toEqual(new Set(names));
    expect(lines).not.toContain("Bert Weg");
    expect(lines).toEqual(
      expect.arrayContaining([
        "Tekenlijst",
        "Gemeente: Súdwest-Fryslân",
        "Traject: Samen tegen polarisatie",
        "Trainingsgroep: Groep Noord",
        "Plaats: Stadhuis, Sneek",
        `Trainer(s): ${trainer.name}`,
        "Wijkagent · Politie",
        "Leeuwarden",
        "Handtekening",
      ]),
    );
    expect(lines.find((line) => line.startsWith("Datum en tijd:"))).toMatch(/09:00.+16:00/);
    expect(lines.at(-1)).toMatch(/pagina 1 van 1$/);
    expect(file.fileName).toMatch(/^tekenlijst-.+-\d{4}-\d{2}-\d{2}\.pdf$/);
  });

  it("speaks the reader's language", async () => {
    const { trainer, session } = await setup();
    const lines = await text((await signInSheetFile(trainer, session.id, "en"))!.pdf);
    expect(lines).toEqual(expect.arrayContaining(["Sign-in sheet", "Signature", "Job title · work field"]));
  });

  it("runs onto more pages for a long list, the header row on each", async () => {
    const { trainer, session, municipality } = await setup();
    const prisma = await db();
    const many = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        makeUser("STAFF", { municipalityId: municipality.id, name: `Deelnemer ${String(i).padStart(2, "0")}` }),
      ),
    );
    await prisma.enrollment.createMany({
      data: many.map((person) => ({
        cohortId: session.cohortId!,
        trajectoryId: session.trajectoryId!,
        userId: person.id,
        status: "ACCEPTED" as const,
        motivation: "-",
      })),
    });
    const pages = await PdfWriter.textOf((await signInSheetFile(trainer, session.id, "nl"))!.pdf);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain("Handtekening");
    expect(pages.at(-1)!.at(-1)).toMatch(new RegExp(`pagina ${pages.length} van ${pages.length}$`));
  });

  it("R20: not for a trainer of another municipality, a coordinator or a participant; not for a cancelled session", async () => {
    const { session, elsewhere, coordinator, staff, trainer } = await setup();
    for (const actor of [elsewhere.trainer, coordinator, staff])
      expect(await signInSheetFile(actor, session.id, "nl")).toBeNull();
    expect(await signInSheetFile(trainer, "not-a-uuid", "nl")).toBeNull();
    await (await db()).session.update({ where: { id: session.id }, data: { status: "CANCELLED" } });
    expect(await signInSheetFile(trainer, session.id, "nl")).toBeNull();
  });

  it("the route answers a PDF download to the trainer, 404 to others and 401 without an account", async () => {
    const { session, trainer, staff } = await setup();
    const call = (id: string) =>
      GET(new Request(`http://localhost/trainer/sessions/${id}/sign-in-sheet`), { params: Promise.resolve({ id }) });
    signInAs(trainer.id);
    const response = await call(session.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="tekenlijst-.+\.pdf"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    expect(await text(bytes)).toContain("Zoë de Vries");
    signInAs(staff.id);
    expect((await call(session.id)).status).toBe(404);
    signInAs(null);
    expect((await call(session.id)).status).toBe(401);
  });
});
