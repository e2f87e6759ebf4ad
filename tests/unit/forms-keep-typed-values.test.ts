// R21 "nothing changed" includes the user's own work: a refused form keeps what was typed.
// React 19 resets a plain `<form action>` after every action; KeepValuesForm
// (components/ui/keep-values-form.tsx) does not, so every action form goes through it.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith(".tsx") ? [path] : [];
  });
}

/** A form posting to a server action through useActionState as a plain `<form>`. */
export const resetsAfterRefusal = (source: string) =>
  /useActionState|useKeptForm/.test(source) && /<form[\s>]/.test(source);

describe("action forms keep what was typed", () => {
  it("recognises a plain action form", () => {
    expect(resetsAfterRefusal("useActionState(a, idle); <form action={action}>")).toBe(true);
    expect(resetsAfterRefusal("useActionState(a, idle); <KeepValuesForm action={action}>")).toBe(false);
    expect(resetsAfterRefusal("useKeptForm(a); <form action={form.action}>")).toBe(true);
    expect(resetsAfterRefusal("useKeptForm(a); <KeepValuesForm {...form}>")).toBe(false);
    expect(resetsAfterRefusal('<form method="get">')).toBe(false);
  });

  it("every form that posts through useActionState is a KeepValuesForm", () => {
    const offending = [...tsxFiles(join(root, "app")), ...tsxFiles(join(root, "components"))]
      .filter((path) => !path.endsWith("keep-values-form.tsx"))
      .filter((path) => resetsAfterRefusal(readFileSync(path, "utf8")))
      .map((path) => relative(root, path));
    expect(offending).toEqual([]);
  });
});
