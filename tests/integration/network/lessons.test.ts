import { describe, expect, it } from "vitest";
import { publishLessonAction, withdrawLessonAction, writeLessonAction } from "@/app/lessons/actions";
import { db } from "@/lib/db/client";
import { RuleViolation } from "@/lib/errors";
import { writeLessonSchema } from "@/lib/lessons/schemas";
import {
  lessonPage,
  lessonSessionsPage,
  lessonsPage,
  newLessonPage,
  publishLessonPage,
} from "@/lib/lessons/read-models";
import { publishLesson, writeLesson } from "@/lib/lessons/service";
import { networkLesson, searchLibrary } from "@/lib/network/queries";
import { makeTenant, makeUser } from "../../support/fixtures";
import { signInAs } from "../../support/session";
import { form } from "../../support/form";

const HOUR = 60 * 60 * 1000;

async function session(municipalityId: string, startsInHours = -48) {
  const startsAt = new Date(Date.now() + startsInHours * HOUR);
  return (await db()).session.create({
    data: {
      municipalityId,
      kind: "INTERVISIE",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      location: "Stadhuis",
    },
  });
}

const lessonFields = (sessionId: string, extra: Record<string, string | string[]> = {}) => ({
  sessionId,
  title: "Het gesprek op het plein",
  successes: "Het werkte toen we de stille middengroep uitnodigden in plaats van de trekkers.",
  dilemmas: "Moeten we de trekkers er later wel bij halen?",
  insights: "Begin bij de zorgen van het midden.",
  themes: ["NEIGHBOURHOOD_LIVING"],
  workFields: ["YOUTH_WORK"],
  gameChangers: ["TARGET_GROUP"],
  ...extra,
});
const lessonInput = (sessionId: string, extra: Record<string, string | string[]> = {}) =>
  writeLessonSchema.parse(lessonFields(sessionId, extra));

describe("writing a lesson", () => {
  it("a trainer assigned to the municipality writes one after a session; it belongs to that municipality", async () => {
    const tenant = await makeTenant();
    const held = await session(tenant.municipality.id);
    signInAs(tenant.trainer.id);
    const state = await writeLessonAction(
      { status: "idle" },
      form({ ...lessonFields(held.id), themes: ["NEIGHBOURHOOD_LIVING", "ONLINE"] }),
    );
    expect(state.status).toBe("success");
    const lesson = await (await db()).lesson.findFirstOrThrow({ where: { sessionId: held.id } });
    expect(lesson).toMatchObject({
      municipalityId: tenant.municipality.id,
      authorId: tenant.trainer.id,
      publishedAt: null,
      themes: ["NEIGHBOURHOOD_LIVING", "ONLINE"],
    });
    const audit = await (await db()).auditEvent.findFirst({ where: { entity: "Lesson", entityId: lesson.id } });
    expect(audit?.action).toBe("lesson.write");
  });

  it("the municipality's coordinator writes one too", async () => {
    const tenant = await makeTenant();
    const held = await session(tenant.municipality.id);
    await expect(writeLesson(tenant.coordinator, lessonInput(held.id))).resolves.toMatchObject({
      municipalityId: tenant.municipality.id,
    });
  });

  it("R20 a trainer not assigned to the municipality, or another coordinator, cannot write one", async () => {
    const tenant = await makeTenant();
    const other = await makeTenant();
    const held = await session(tenant.municipality.id);
    signInAs(other.trainer.id);
    expect(await writeLessonAction({ status: "idle" }, form(lessonFields(held.id)))).toMatchObject({
      status: "error",
      message: "U heeft geen toegang tot dit onderdeel.",
    });
    signInAs(other.coordinator.id);
    expect(await writeLessonAction({ status: "idle" }, form(lessonFields(held.id)))).toMatchObject({ status: "error" });
    expect(await (await db()).lesson.count({ where: { sessionId: held.id } })).toBe(0);
  });

  it("staff cannot write lessons", async () => {
    const tenant = await makeTenant();
    const held = await session(tenant.municipality.id);
    signInAs(tenant.staff.id);
    expect(await writeLessonAction({ status: "idle" }, form(lessonFields(held.id)))).toMatchObject({ status: "error" });
    expect(await (await db()).lesson.count({ where: { sessionId: held.id } })).toBe(0);
  });

  it("R10 a lesson cannot be written before the session has begun, and nothing is stored", async () => {
    const tenant = await makeTenant();
    const upcoming = await session(tenant.municipality.id, 24);
    await expect(writeLesson(tenant.trainer, lessonInput(upcoming.id))).rejects.toBeInstanceOf(RuleViolation);
    signInAs(tenant.trainer.id);
    const state = await writeLessonAction({ status: "idle" }, form(lessonFields(upcoming.id)));
    expect(state).toMatchObject({ status: "error", rule: "R10" });
    expect(await (await db()).lesson.count({ where: { sessionId: upcoming.id } })).toBe(0);
  });

  it("successes come first and are required; unknown tags are refused", async () => {
    const tenant = await makeTenant();
    const held = await session(tenant.municipality.id);
    signInAs(tenant.trainer.id);
    const state = await writeLessonAction(
      { status: "idle" },
      form({ ...lessonFields(held.id), successes: "", themes: ["NOT_A_THEME"] }),
    );
    expect(state.status).toBe("error");
    expect(state.status === "error" && Object.keys(state.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(["successes", "themes.0"]),
    );
  });
});

describe("publishing a lesson", () => {
  it("only the coordinator of the lesson's municipality publishes it; then every signed-in user reads it", async () => {
    const tenant = await makeTenant();
    const other = await makeTenant();
    const held = await session(tenant.municipality.id);
    const lesson = await writeLesson(tenant.trainer, lessonInput(held.id));
    const prisma = await db();

    for (const user of [tenant.trainer, tenant.staff, other.coordinator]) {
      signInAs(user.id);
      expect(await publishLessonAction({ status: "idle" }, form({ lessonId: lesson.id, noNames: "on" }))).toMatchObject(
        { status: "error" },
      );
    }
    signInAs(tenant.coordinator.id);
    expect(await publishLessonAction({ status: "idle" }, form({ lessonId: lesson.id }))).toMatchObject({
      status: "error",
      fieldErrors: { noNames: expect.any(Array) },
    });
    expect(await networkLesson(prisma, lesson.id)).toBeNull();

    expect(await publishLessonAction({ status: "idle" }, form({ lessonId: lesson.id, noNames: "on" }))).toMatchObject({
      status: "success",
    });
    expect(await networkLesson(prisma, lesson.id)).toMatchObject({ title: "Het gesprek op het plein" });
    expect(await lessonPage(other.staff, lesson.id)).toBeNull();
  });

  it("a withdrawn lesson leaves the library again", async () => {
    const tenant = await makeTenant();
    const held = await session(tenant.municipality.id);
    const lesson = await writeLesson(tenant.trainer, lessonInput(held.id, { title: "Terugtrekbare les" }));
    await publishLesson(tenant.coordinator, { lessonId: lesson.id });
    const prisma = await db();
    expect((await searchLibrary(prisma, { q: "terugtrekbare" })).map((item) => item.id)).toEqual([lesson.id]);
    signInAs(tenant.coordinator.id);
    expect(await withdrawLessonAction({ status: "idle" }, form({ lessonId: lesson.id }))).toMatchObject({
      status: "success",
    });
    expect(await searchLibrary(prisma, { q: "terugtrekbare" })).toEqual([]);
  });
});

describe("lessons of my municipality", () => {
  it("R20 lists the own municipality's lessons only; a trainer sees those of assigned municipalities", async () => {
    const tenant = await makeTenant();
    const other = await makeTenant();
    const mine = await writeLesson(tenant.trainer, lessonInput((await session(tenant.municipality.id)).id));
    const theirs = await writeLesson(other.trainer, lessonInput((await session(other.municipality.id)).id));
    const ids = async (actor: typeof tenant.staff) => (await lessonsPage(actor)).lessons.map((lesson) => lesson.id);
    expect(await ids(tenant.staff)).toEqual([mine.id]);
    expect(await ids(tenant.coordinator)).toEqual([mine.id]);
    expect(await ids(tenant.trainer)).toEqual([mine.id]);
    expect(await ids(other.staff)).toEqual([theirs.id]);
    const admin = await makeUser("ADMIN");
    expect(await ids(admin)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
  });
});

describe("learning network reminder", () => {
  it("a network meeting that has ended shows as awaiting a knowledge product until its lesson exists", async () => {
    const tenant = await makeTenant();
    const other = await makeTenant();
    const prisma = await db();
    const startsAt = new Date(Date.now() - 5 * 24 * HOUR);
    const meeting = await prisma.session.create({
      data: {
        municipalityId: tenant.municipality.id,
        kind: "NETWORK_MEETING",
        title: "Gedeelde dilemma's",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3 * HOUR),
      },
    });
    const upcoming = await prisma.session.create({
      data: {
        municipalityId: tenant.municipality.id,
        kind: "NETWORK_MEETING",
        startsAt: new Date(Date.now() + 24 * HOUR),
        endsAt: new Date(Date.now() + 27 * HOUR),
      },
    });
    const ids = async (actor: typeof tenant.trainer) =>
      (await lessonsPage(actor)).awaiting.map((session) => session.id);
    expect(await ids(tenant.trainer)).toEqual([meeting.id]);
    expect(await ids(tenant.coordinator)).toEqual([meeting.id]);
    expect(await ids(other.trainer)).toEqual([]);
    expect(await ids(tenant.staff)).toEqual([]);
    expect(await ids(tenant.trainer)).not.toContain(upcoming.id);
    await writeLesson(tenant.trainer, lessonInput(meeting.id));
    expect(await ids(tenant.trainer)).toEqual([]);
  });
});

describe("lesson screens: each shows only what its reader may see (R20, R10)", () => {
  it("a lesson opens for the readers of its own municipality; publishing is offered to its coordinator only", async () => {
    const tenant = await makeTenant();
    const other = await makeTenant();
    const lesson = await writeLesson(tenant.trainer, lessonInput((await session(tenant.municipality.id)).id));
    for (const reader of [tenant.staff, tenant.trainer, await makeUser("ADMIN")])
      expect(await lessonPage(reader, lesson.id)).toMatchObject({ lesson: { id: lesson.id }, mayPublish: false });
    expect(await lessonPage(tenant.coordinator, lesson.id)).toMatchObject({ mayPublish: true });
    for (const stranger of [other.staff, other.coordinator, other.trainer])
      expect(await lessonPage(stranger, lesson.id)).toBeNull();
    expect(await lessonPage(tenant.staff, "not-a-uuid")).toBeNull();

    expect(await publishLessonPage(tenant.coordinator, lesson.id)).toMatchObject({
      lesson: { id: lesson.id, published: false },
      municipalityNamed: false,
      preview: { title: "Het gesprek op het plein", municipality: null },
    });
    for (const notTheirs of [tenant.trainer, tenant.staff, other.coordinator, await makeUser("ADMIN")])
      expect(await publishLessonPage(notTheirs, lesson.id)).toBeNull();
  });

  it("a lesson is written about a begun session of one's own municipalities; staff write none", async () => {
    const tenant = await makeTenant();
    const other = await makeTenant();
    const held = await session(tenant.municipality.id);
    const coming = await session(tenant.municipality.id, 48);
    const foreign = await session(other.municipality.id);
    expect(await newLessonPage(tenant.trainer, held.id)).toMatchObject({ session: { id: held.id } });
    expect(await newLessonPage(tenant.coordinator, held.id)).toMatchObject({ session: { id: held.id } });
    expect(await newLessonPage(tenant.trainer, coming.id)).toBeNull();
    expect(await newLessonPage(tenant.trainer, foreign.id)).toBeNull();
    expect(await newLessonPage(tenant.staff, held.id)).toBeNull();
    expect(await newLessonPage(tenant.trainer, "not-a-uuid")).toBeNull();

    const listed = (await lessonSessionsPage(tenant.trainer))?.sessions.map((s) => s.id) ?? [];
    expect(listed).toContain(held.id);
    expect(listed).not.toContain(coming.id);
    expect(listed).not.toContain(foreign.id);
    expect(await lessonSessionsPage(tenant.staff)).toBeNull();
    expect((await lessonsPage(tenant.staff)).mayWrite).toBe(false);
  });
});
