import { describe, expect, it } from "vitest";
import { chooseNetworkNamingAction } from "@/app/network/actions";
import { db, queryCount } from "@/lib/db/client";
import { writeLessonSchema } from "@/lib/lessons/schemas";
import { publishLesson, writeLesson } from "@/lib/lessons/service";
import { networkCase, searchLibrary } from "@/lib/network/queries";
import type { LibrarySearch } from "@/lib/network/schemas";
import { makeCase, makeCaseTenant, SECRET } from "../cases/helpers";
import { form } from "../../support/form";
import { signInAs } from "../../support/session";

const DAY = 24 * 60 * 60 * 1000;
/** Words that occur only in the personal fields of makeCase (title, situation, location, roles). */
const SECRET_WORDS = ["Jansen-Bakker", "Geheime-naam", "buurtapp", "Kerkstraat", "Casus"];
const EVERY_FILTER: LibrarySearch[] = [
  {},
  { phase: "RISING_TENSION" },
  { gameChanger: "TOPIC" },
  { theme: "NEIGHBOURHOOD_LIVING" },
  { workField: "YOUTH_WORK" },
  { q: "jongeren" },
  { q: "wijkbudget" },
  ...SECRET_WORDS.map((q) => ({ q })),
];

async function shared(tenant: Awaited<ReturnType<typeof makeCaseTenant>>, summary: string, submittedAt = new Date()) {
  const item = await makeCase(tenant, { confidentiality: "NETWORK_ANONYMISED" });
  return (await db()).case.update({
    where: { id: item.id },
    data: { networkSummary: summary, gameChangers: ["TOPIC"], submittedAt },
  });
}

describe("R13 shared anonymised cases in the network library", () => {
  it("municipality-only, trainer-only and draft cases never appear, with any filter or a word from their text", async () => {
    const prisma = await db();
    const home = await makeCaseTenant("Stilledorp");
    const hidden = [
      await makeCase(home, { confidentiality: "MUNICIPALITY" }),
      await makeCase(home, { confidentiality: "TRAINERS" }),
      await makeCase(home, { confidentiality: "NETWORK_ANONYMISED", status: "DRAFT" }),
    ];
    // Even with a summary written once (then switched back to municipality-only).
    await prisma.case.updateMany({
      where: { id: { in: hidden.map((c) => c.id) } },
      data: { networkSummary: "Wijkbudget voor jongeren", gameChangers: ["TOPIC"] },
    });
    for (const search of EVERY_FILTER) {
      const ids = (await searchLibrary(prisma, search)).map((item) => item.id);
      for (const item of hidden) expect(ids, JSON.stringify(search)).not.toContain(item.id);
    }
    for (const item of hidden) expect(await networkCase(prisma, item.id)).toBeNull();
  });

  it("a shared case is found by a word of its network summary and by phase and game changer; never by its personal text", async () => {
    const prisma = await db();
    const home = await makeCaseTenant();
    const item = await shared(home, "Een wijkbudget bracht jongeren en bewoners samen.");
    const ids = async (search: LibrarySearch) =>
      (await searchLibrary(prisma, search)).filter((found) => found.kind === "case").map((found) => found.id);
    expect(await ids({ q: "WIJKBUDGET" })).toEqual([item.id]);
    expect(await ids({ q: "wijkbudget jongere" })).toEqual([item.id]); // Dutch stemming
    expect(await ids({ q: "wijkbudget politie" })).toEqual([]);
    expect(await ids({ q: "wijkbudget", phase: "RISING_TENSION" })).toEqual([item.id]);
    expect(await ids({ q: "wijkbudget", phase: "ESCALATION" })).toEqual([]);
    expect(await ids({ q: "wijkbudget", gameChanger: "TOPIC" })).toEqual([item.id]);
    expect(await ids({ q: "wijkbudget", gameChanger: "TONE" })).toEqual([]);
    // A case has no themes, and its work field points to its author: those filters leave cases out.
    expect(await ids({ q: "wijkbudget", theme: "NEIGHBOURHOOD_LIVING" })).toEqual([]);
    expect(await ids({ q: "wijkbudget", workField: "YOUTH_WORK" })).toEqual([]);
    // The anonymiser keeps title, situation, location and role descriptions at home: searching them finds nothing.
    for (const q of SECRET_WORDS) expect(await ids({ q }), q).toEqual([]);
  });

  it("shows no personal data: no author, no named people from the roles, no personal text; the municipality only when named", async () => {
    const prisma = await db();
    const home = await makeCaseTenant("Verborgenheim");
    const item = await shared(home, "Spanning tussen bewoners en jongeren rond een trapveld.");
    const author = await prisma.user.findUniqueOrThrow({ where: { id: item.authorId! } });
    const [listed] = (await searchLibrary(prisma, { q: "trapveld" })).filter((found) => found.kind === "case");
    const detail = await networkCase(prisma, item.id);
    expect(listed).toMatchObject({
      kind: "case",
      id: item.id,
      municipality: null,
      phase: "RISING_TENSION",
      setting: "NEIGHBOURHOOD",
    });
    expect(detail).toMatchObject({
      id: item.id,
      summary: "Spanning tussen bewoners en jongeren rond een trapveld.",
      municipalityName: null,
    });
    for (const text of [JSON.stringify(listed), JSON.stringify(detail)]) {
      for (const person of [author, home.trainer, home.coordinator]) {
        expect(text).not.toContain(person.name);
        expect(text).not.toContain(person.email);
        expect(text).not.toContain(person.id);
      }
      for (const personal of [
        SECRET,
        "Jansen-Bakker",
        "Kerkstraat",
        "buurtapp",
        'Bewoners"',
        "Berichten",
        "Verborgenheim",
        "YOUTH_WORK",
        item.title,
      ]) {
        expect(text).not.toContain(personal);
      }
      expect(text).not.toContain(item.submittedAt!.toISOString()); // the month only
    }
    await prisma.municipality.update({ where: { id: home.municipality.id }, data: { namedInNetwork: true } });
    expect((await searchLibrary(prisma, { q: "trapveld" }))[0].municipality).toBe("Verborgenheim");
    expect((await networkCase(prisma, item.id))?.municipalityName).toBe("Verborgenheim");
  });

  it("lessons and cases together, newest first", async () => {
    const prisma = await db();
    const home = await makeCaseTenant();
    const older = await shared(home, "Zandbak-overleg in het oude jaar.", new Date(Date.now() - 20 * DAY));
    const newer = await shared(home, "Zandbak-overleg dit jaar.", new Date(Date.now() + 1000));
    const lesson = await writeLesson(
      home.trainer,
      writeLessonSchema.parse({
        sessionId: home.session.id,
        title: "Zandbak-overleg",
        successes: "Het zandbak-overleg werkte.",
      }),
    );
    await publishLesson(home.coordinator, { lessonId: lesson.id }, new Date(Date.now() - 10 * DAY));
    const found = await searchLibrary(prisma, { q: "zandbak-overleg" });
    expect(found.map((item) => item.id)).toEqual([newer.id, lesson.id, older.id]);
  });

  it("the library and the case page read a constant number of statements", async () => {
    const prisma = await db();
    const home = await makeCaseTenant();
    const first = await shared(home, "Dorpsfeest zonder wij-zij.");
    const count = async (work: () => Promise<unknown>) => {
      const before = queryCount();
      await work();
      return queryCount() - before;
    };
    const measure = async () => ({
      all: await count(() => searchLibrary(prisma, {})),
      searched: await count(() => searchLibrary(prisma, { q: "dorpsfeest", gameChanger: "TOPIC" })),
      page: await count(() => networkCase(prisma, first.id)),
    });
    const small = await measure();
    for (let i = 0; i < 20; i++) await shared(home, `Dorpsfeest ${i}`);
    expect(await measure()).toEqual(small);
    expect(small.page).toBeLessThanOrEqual(3);
  });
});

describe("a municipality chooses whether it is named in the network", () => {
  it("its coordinator sets it (audited); staff cannot; an empty choice is a field error", async () => {
    const prisma = await db();
    const home = await makeCaseTenant();
    signInAs(home.staff.id);
    expect(await chooseNetworkNamingAction({ status: "idle" }, form({ named: "yes" }))).toMatchObject({
      status: "error",
    });
    signInAs(home.coordinator.id);
    expect(await chooseNetworkNamingAction({ status: "idle" }, form())).toMatchObject({
      status: "error",
      fieldErrors: { named: expect.any(Array) },
    });
    expect(await chooseNetworkNamingAction({ status: "idle" }, form({ named: "yes" }))).toMatchObject({
      status: "success",
      data: { named: true },
    });
    expect((await prisma.municipality.findUniqueOrThrow({ where: { id: home.municipality.id } })).namedInNetwork).toBe(
      true,
    );
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { entity: "Municipality", entityId: home.municipality.id },
    });
    expect(event).toMatchObject({ action: "municipality.networkNaming", actorId: home.coordinator.id });
    expect(await chooseNetworkNamingAction({ status: "idle" }, form({ named: "no" }))).toMatchObject({
      status: "success",
      data: { named: false },
    });
    expect((await prisma.municipality.findUniqueOrThrow({ where: { id: home.municipality.id } })).namedInNetwork).toBe(
      false,
    );
  });
});
