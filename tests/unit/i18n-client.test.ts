import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pickMessages } from "@/lib/i18n/client-messages";
import { messages } from "@/lib/i18n/messages";

const root = path.resolve(import.meta.dirname, "../..");

function clientFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : clientFiles(file);
    if (!/\.tsx?$/.test(entry.name)) return [];
    return /^\s*["']use client["']/.test(fs.readFileSync(path.join(root, file), "utf8")) ? [file] : [];
  });
}

function at(tree: unknown, key: string): unknown {
  return key === ""
    ? tree
    : key
        .split(".")
        .reduce<unknown>(
          (node, part) =>
            typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined,
          tree,
        );
}

const join = (namespace: string, key: string) => [namespace, key].filter(Boolean).join(".");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** What each client component translates: `useTranslations(ns)` variables and their calls. */
function needs(file: string) {
  const source = fs.readFileSync(path.join(root, file), "utf8");
  const namespaces = new Map<string, Set<string>>();
  for (const match of source.matchAll(/\b(\w+)\s*=\s*useTranslations\(\s*(?:"([^"]*)")?\s*\)/g)) {
    namespaces.set(match[1], (namespaces.get(match[1]) ?? new Set()).add(match[2] ?? ""));
  }
  const found: { file: string; namespaces: string[]; key: string; kind: "message" | "subtree" | "namespace" }[] = [];
  for (const [name, set] of namespaces) {
    const list = [...set];
    for (const call of source.matchAll(
      new RegExp(`\\b${escape(name)}(?:\\.(?:rich|markup|has|raw))?\\(\\s*([^)\\s][^,)]*)`, "g"),
    )) {
      const argument = call[1].trim();
      const literal = /^(["'`])(.*?)\1$/.exec(argument) ?? /^(["'`])([^"'`]*)/.exec(argument);
      const choices = /^[^"'`]*\?\s*"([^"]*)"\s*:\s*"([^"]*)"\s*$/.exec(argument); // cond ? "a" : "b"
      if (choices) choices.slice(1).forEach((key) => found.push({ file, namespaces: list, key, kind: "message" }));
      else if (!literal) found.push({ file, namespaces: list, key: "", kind: "namespace" });
      else if (literal[1] === "`" && literal[2].includes("${"))
        found.push({ file, namespaces: list, key: literal[2].split("${")[0].replace(/\.$/, ""), kind: "subtree" });
      else found.push({ file, namespaces: list, key: literal[2], kind: "message" });
    }
  }
  return found;
}

describe("messages shipped to the browser", () => {
  const files = [...clientFiles("app"), ...clientFiles("components"), ...clientFiles("lib")];

  it("the scan finds the client components that translate", () => {
    expect(
      files.filter((file) => fs.readFileSync(path.join(root, file), "utf8").includes("useTranslations(")).length,
    ).toBeGreaterThan(10);
  });

  for (const locale of ["nl", "en"] as const) {
    it(`every key a client component translates is in the picked ${locale} messages`, () => {
      const all = messages[locale] as unknown as Record<string, unknown>;
      const picked = pickMessages(messages[locale] as never);
      const missing = files.flatMap(needs).filter(
        ({ namespaces, key, kind }) =>
          !namespaces.some((namespace) => {
            const full = join(namespace, key);
            const value = at(picked, full);
            if (kind === "message") return typeof value === "string";
            return typeof value === "object" && JSON.stringify(value) === JSON.stringify(at(all, full));
          }),
      );
      const keys = missing.map((m) => `${m.file}: ${m.namespaces.join("|")} → ${m.key || "(whole namespace)"}`);
      expect(
        keys,
        "client components translate these keys: add their namespace to CLIENT_MESSAGE_PATHS in lib/i18n/client-messages.ts",
      ).toEqual([]);
    });
  }

  it("ships much less than the whole catalogue", () => {
    const whole = JSON.stringify(messages.nl).length;
    expect(JSON.stringify(pickMessages(messages.nl as never)).length).toBeLessThan(whole * 0.6);
  });
});
