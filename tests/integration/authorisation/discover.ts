// Finds every page, route handler and exported server action of app/ — the list the
// authorisation matrix must cover. Keys: `page /route`, `route /route`, `action file#export`.
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../../..");

function files(dir: string, keep: (name: string, full: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : files(full, keep);
    return keep(entry.name, full) ? [path.relative(root, full).split(path.sep).join("/")] : [];
  });
}

const named =
  (...names: string[]) =>
  (name: string) =>
    names.includes(name);
/** A module whose first statement is the "use server" directive: everything it exports is a server action. */
const usesServer = (name: string, full: string) =>
  /\.(ts|tsx)$/.test(name) &&
  /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(fs.readFileSync(full, "utf8"));

/** app/trainer/(x)/cohorts/[id]/page.tsx → /trainer/cohorts/[id] (route groups and private folders do not show in the URL). */
export function routeOf(file: string): string {
  const segments = file
    .split("/")
    .slice(1, -1)
    .filter((segment) => !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

export const pageFiles = () =>
  files(path.join(root, "app"), named("page.tsx", "page.ts", "page.jsx", "page.js")).filter(
    (file) => !file.includes("/_"),
  );
export const routeFiles = () =>
  files(path.join(root, "app"), named("route.ts", "route.tsx", "route.js")).filter((file) => !file.includes("/_"));
/** Server action modules: app/**\/actions.ts by convention, and any other "use server" module of app/, lib/ or components/. */
export const actionFiles = () =>
  ["app", "lib", "components"].flatMap((dir) => files(path.join(root, dir), usesServer)).sort();

/**
 * The exports of a "use server" file, read from its source: `export async function x`,
 * `export const x =` and `export { x, y as z }`. Only async functions may be exported
 * from such a file, so each one is a server action.
 */
export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/^export\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/gm))
    names.add(match[1]);
  for (const match of source.matchAll(/^export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/gm)) names.add(match[1]);
  for (const match of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of match[1].split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.add(name);
    }
  }
  if (/^export\s+default\b/m.test(source)) names.add("default");
  return [...names];
}

/** The source of one export of a module: from `export … name` up to the next top-level export. */
export function exportSource(source: string, name: string): string {
  const start = new RegExp(String.raw`^export\s+(?:async\s+)?(?:function\s*\*?\s*|const\s+|let\s+)${name}\b`, "m").exec(
    source,
  );
  if (!start) throw new Error(`no export ${name} with a body of its own`);
  const next = /^export\s/m.exec(source.slice(start.index + 1));
  return source.slice(start.index, next ? start.index + 1 + next.index : undefined);
}

export function discoveredKeys(): string[] {
  const pages = pageFiles().map((file) => `page ${routeOf(file)}`);
  const routes = routeFiles().map((file) => `route ${routeOf(file)}`);
  const actions = actionFiles().flatMap((file) =>
    exportedNames(fs.readFileSync(path.join(root, file), "utf8")).map((name) => `action ${file}#${name}`),
  );
  return [...pages, ...routes, ...actions].sort();
}

/** The file behind a matrix key, to import it. */
export function fileOf(key: string): string {
  const [kind, rest] = key.split(" ");
  if (kind === "action") return path.join(root, rest.split("#")[0]);
  const route = rest === "/" ? "" : rest;
  const candidates = (kind === "page" ? pageFiles() : routeFiles()).filter((file) => routeOf(file) === (route || "/"));
  if (candidates.length !== 1) throw new Error(`no single file for ${key}`);
  return path.join(root, candidates[0]);
}
