import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { writeLessonSchema } from "@/lib/lessons/schemas";
import { publishLesson, writeLesson } from "@/lib/lessons/service";
import { networkLesson, searchLibrary } from "@/lib/network/queries";
import { makeTenant } from "../../support/fixtures";

async function heldSession(municipalityId: string) {
  const startsAt = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000);
  return (await db()).session.create({
    data: { municipalityId, kind: "TRAINING_DAY", startsAt, endsAt: new Date(startsAt.getTime() + 7 * 60 * 60 * 1000) },
  });
}

async function lesson(
  tenant: Awaited<ReturnType<typeof makeTenant>>,
  fields: Record<string, string | string[]>,
  publish: boolean,
) {
  const session = await heldSession(tenant.municipality.id);
  const written = await writeLesson(
    tenant.trainer,
    writeLessonSchema.parse({
      sessionId: session.id,
      title: "Een les",
      successes: "Het werkte omdat we luisterden.",
      ...fields,
    }),
  );
  if (publish) await publishLesson(tenant.coordinator, { lessonId: written.id });
  return written;
}

describe("network library", () => {
  it("unpublished lessons never appear, also not when searching their words", async () => {
    const tenant = await makeTenant("Zwijgdorp");
    const hidden = await lesson(
      tenant,
      { title: "Geheim overleg", successes: "Het kwartiermakersoverleg werkte." },
      false,
    );
    const prisma = await db();
    expect((await searchLibrary(prisma, {})).map((item) => item.id)).not.toContain(hidden.id);
    expect(await searchLibrary(prisma, { q: "kwartiermakersoverleg" })).toEqual([]);
    expect(await searchLibrary(prisma, { q: "geheim" })).toEqual([]);
    expect(await networkLesson(prisma, hidden.id)).toBeNull();
  });

  it("published lessons show no personal data and the municipality only when it chose to be named", async () => {
    const tenant = await makeTenant("Naamloosstad");
    const shared = await lesson(
      tenant,
      { title: "Brug tussen jongeren en wijkagent", successes: "Een voetbaltoernooi als ontmoetingsplek werkte." },
      true,
    );
    const prisma = await db();
    const [item] = await searchLibrary(prisma, { q: "voetbaltoernooi" });
    expect(item).toMatchObject({ id: shared.id, kind: "lesson", municipality: null });
    const detail = await networkLesson(prisma, shared.id);
    for (const text of [JSON.stringify(item), JSON.stringify(detail)]) {
      for (const person of [tenant.trainer, tenant.coordinator]) {
        expect(text).not.toContain(person.name);
        expect(text).not.toContain(person.email);
        expect(text).not.toContain(person.id);
      }
      expect(text).not.toContain("Naamloosstad");
    }
    await prisma.municipality.update({ where: { id: tenant.municipality.id }, data: { namedInNetwork: true } });
    expect((await searchLibrary(prisma, { q: "voetbaltoernooi" }))[0].municipality).toBe("Naamloosstad");
    expect((await networkLesson(prisma, shared.id))?.municipality).toBe("Naamloosstad");
  });

  it("every word must occur (any field, any case); filters narrow; newest first", async () => {
    const tenant = await makeTenant();
    const older = await lesson(
      tenant,
      {
        title: "Pleinoverleg oud",
        dilemmas: "Wie nodigen we uit voor het Pleinoverleg?",
        themes: ["SCHOOL"],
        workFields: ["EDUCATION"],
      },
      true,
    );
    const newer = await lesson(
      tenant,
      {
        title: "Pleinoverleg nieuw",
        insights: "Toon bij het pleinoverleg",
        gameChangers: ["TONE"],
        workFields: ["POLICE"],
      },
      true,
    );
    const prisma = await db();
    const ids = async (search: Parameters<typeof searchLibrary>[1]) =>
      (await searchLibrary(prisma, search)).map((item) => item.id);
    expect(await ids({ q: "PLEINOVERLEG" })).toEqual([newer.id, older.id]);
    expect(await ids({ q: "pleinoverleg toon" })).toEqual([newer.id]);
    expect(await ids({ q: "pleinoverleg", theme: "SCHOOL" })).toEqual([older.id]);
    expect(await ids({ q: "pleinoverleg", workField: "POLICE" })).toEqual([newer.id]);
    expect(await ids({ q: "pleinoverleg", gameChanger: "TONE" })).toEqual([newer.id]);
    expect(await ids({ q: "pleinoverleg", phase: "ESCALATION" })).toEqual([]);
    expect(await ids({ q: "100%_\\" })).toEqual([]);
  });
});
