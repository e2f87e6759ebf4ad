import { afterEach, describe, expect, it, vi } from "vitest";
import { addActionAction, changeConfidentialityAction, saveCaseAction } from "@/app/cases/actions";
import { linkCaseAction } from "@/app/trainer/sessions/[id]/cases/actions";
import { idle } from "@/lib/actions/state";
import { db } from "@/lib/db/client";
import { form } from "../../support/form";
import { signInAs } from "../../support/session";
import { makeCase, makeCaseTenant, SECRET } from "./helpers";

vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;` });
  },
  notFound: () => {
    throw Object.assign(new Error("NEXT_HTTP_ERROR_FALLBACK;404"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
  },
}));

afterEach(() => {
  vi.restoreAllMocks();
  signInAs(null);
});

describe("case actions", () => {
  it("saves a draft from the form and redirects to the case", async () => {
    const home = await makeCaseTenant();
    signInAs(home.staff.id);
    const redirect = await saveCaseAction(
      idle,
      form({
        intent: "draft",
        title: "Alleen een titel",
        "roles.0.role": "PUSHER",
        "roles.0.description": "",
        "roles.0.position": "5",
      }),
    ).then(
      () => null,
      (error: { digest?: string }) => error.digest,
    );
    expect(redirect).toMatch(/^NEXT_REDIRECT;replace;\/cases\/[0-9a-f-]{36}\?saved=draft;/);
    expect(await (await db()).case.count({ where: { authorId: home.staff.id, status: "DRAFT" } })).toBe(1);
  });

  it("bad input gets field-level Dutch messages and writes nothing", async () => {
    const prisma = await db();
    const home = await makeCaseTenant();
    signInAs(home.staff.id);
    const before = await prisma.case.count();
    const state = await saveCaseAction(
      idle,
      form({ intent: "submit", title: "x".repeat(151), phase: "KOKEND", gameChangers: ["TONE", "NOPE"] }),
    );
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(state.message).toBe("Controleer de gemarkeerde velden.");
    expect(state.fieldErrors?.title).toEqual(["Deze tekst is te lang."]);
    expect(state.fieldErrors?.phase).toEqual(["Deze keuze is niet geldig."]);
    expect(state.fieldErrors?.["gameChangers.1"]).toEqual(["Deze keuze is niet geldig."]);
    expect(await prisma.case.count()).toBe(before);

    const submitting = await saveCaseAction(idle, form({ intent: "submit", title: "Een titel" }));
    expect(submitting.status === "error" && submitting.fieldErrors?.situation).toEqual([
      "Vul dit in om de casus in te dienen.",
    ]);
    expect(await prisma.case.count()).toBe(before);
  });

  it("a rule broken through an action is a translated message naming the rule (R21), and nothing changes", async () => {
    const home = await makeCaseTenant();
    const item = await makeCase(home, { confidentiality: "MUNICIPALITY" });
    signInAs(home.trainer.id);
    const state = await linkCaseAction(idle, form({ caseId: item.id, sessionId: home.session.id }));
    expect(state).toEqual({
      status: "error",
      rule: "R13",
      message: "U kunt deze casus niet lezen, want de auteur heeft hem niet met u gedeeld. Vraag de auteur om toegang.",
    });
    expect(await (await db()).caseSession.count({ where: { caseId: item.id } })).toBe(0);
  });

  it("R13 the author chooses who reads, also a coordinator who wrote the case; another coordinator's case is not theirs", async () => {
    const prisma = await db();
    const home = await makeCaseTenant();
    const own = await makeCase(home, { authorId: home.coordinator.id, status: "DISCUSSED" });
    const staffCase = await makeCase(home, { status: "DISCUSSED" });
    signInAs(home.coordinator.id);
    const shared = await changeConfidentialityAction(
      idle,
      form({ caseId: own.id, confidentiality: "NETWORK_ANONYMISED", networkSummary: "Spanning op het plein." }),
    );
    expect(shared.status).toBe("success");
    expect(await prisma.case.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({
      confidentiality: "NETWORK_ANONYMISED",
    });
    const refused = await changeConfidentialityAction(
      idle,
      form({ caseId: staffCase.id, confidentiality: "TRAINERS" }),
    );
    expect(refused).toMatchObject({ status: "error", rule: "R13" });
    expect(await prisma.case.findUniqueOrThrow({ where: { id: staffCase.id } })).toMatchObject({
      confidentiality: "MUNICIPALITY",
    });
  });

  it("case text never appears in server logs or error messages, also when the database fails", async () => {
    const prisma = await db();
    const home = await makeCaseTenant();
    const item = await makeCase(home, { status: "DISCUSSED" });
    // A database error whose detail quotes the failing row (as PostgreSQL does for CHECK violations).
    await prisma.$executeRawUnsafe(
      `ALTER TABLE "Action" ADD CONSTRAINT "test_refuses_everything" CHECK ("description" = 'never')`,
    );
    const logged: string[] = [];
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(
          args
            .map((arg) =>
              arg instanceof Error
                ? `${arg.message} ${arg.stack}`
                : typeof arg === "string"
                  ? arg
                  : JSON.stringify(arg),
            )
            .join(" "),
        );
      });
    }
    signInAs(home.staff.id);
    try {
      const state = await addActionAction(
        idle,
        form({ caseId: item.id, description: `Bel ${SECRET} op`, term: "SHORT", ownerId: home.staff.id }),
      );
      expect(state.status).toBe("error");
      expect(JSON.stringify(state)).not.toContain("Geheime");
      expect(state.status === "error" && state.message).toBe(
        "Er ging iets mis. Er is niets gewijzigd; probeer het opnieuw.",
      );
    } finally {
      await prisma.$executeRawUnsafe(`ALTER TABLE "Action" DROP CONSTRAINT "test_refuses_everything"`);
    }
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join("\n")).not.toContain("Geheime");
    expect(await prisma.action.count()).toBe(0);
  });
});
