// Every page, route handler and server action of app/ has an entry in the authorisation
// matrix, and every entry still exists: adding one without deciding who may use it fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { actionFiles, discoveredKeys, exportedNames, root } from "./discover";
import { ACTIONS, MATRIX, PAGES, ROUTES } from "./matrix";
import { ACTORS } from "./scenario";

// app/login/actions.ts imports next-auth, which does not load outside Next.
vi.mock("next-auth", () => ({
  AuthError: class AuthError extends Error {},
  CredentialsSignin: class CredentialsSignin extends Error {},
}));

describe("authorisation matrix: completeness", () => {
  const discovered = discoveredKeys();

  it("finds the pages, routes and actions of app/", () => {
    expect(discovered.filter((key) => key.startsWith("page ")).length).toBeGreaterThan(30);
    expect(discovered.filter((key) => key.startsWith("route ")).length).toBeGreaterThan(5);
    expect(discovered.filter((key) => key.startsWith("action ")).length).toBeGreaterThan(30);
  });

  it("has an entry for every page, route handler and exported server action", () => {
    const missing = discovered.filter((key) => !(key in MATRIX));
    expect(
      missing,
      "add these to their area's file in tests/integration/authorisation/matrix/ (docs/decisions/0010-authorisation-matrix.md)",
    ).toEqual([]);
  });

  it("has no entry for something that no longer exists", () => {
    const stale = Object.keys(MATRIX).filter((key) => !discovered.includes(key));
    expect(stale, "remove or rename these in tests/integration/authorisation/matrix/").toEqual([]);
  });

  it("files each entry under its kind, with at least one call and only known actors", () => {
    const misfiled = [
      ...Object.keys(ACTIONS).filter((key) => !key.startsWith("action ")),
      ...Object.keys(PAGES).filter((key) => !key.startsWith("page ")),
      ...Object.keys(ROUTES).filter((key) => !key.startsWith("route ")),
    ];
    expect(misfiled).toEqual([]);
    for (const [key, { calls }] of Object.entries(MATRIX)) {
      expect(calls.length, key).toBeGreaterThan(0);
      for (const variant of calls)
        expect(
          variant.allow.filter((actor) => !ACTORS.includes(actor)),
          key,
        ).toEqual([]);
      const names = calls.map((variant) => variant.variant ?? "");
      expect(new Set(names).size, `${key}: variants need distinct names`).toBe(names.length);
    }
  });

  it("reads the same exports from each actions.ts as the module has", async () => {
    for (const file of actionFiles()) {
      const exported = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
      const functions = Object.entries(exported)
        .filter(([, value]) => typeof value === "function")
        .map(([name]) => name)
        .sort();
      expect(exportedNames(fs.readFileSync(path.join(root, file), "utf8")).sort(), file).toEqual(functions);
    }
  });
});
