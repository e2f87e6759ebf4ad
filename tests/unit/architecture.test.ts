// The layers' direction (docs/architecture.md): routes and components read through the read
// models and use cases in lib/, never through the database client or Prisma's values.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Every import statement of a file, with whether it imports types only. */
function imports(source: string) {
  const statements = source.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?\sfrom\s+["']([^"']+)["']/gms);
  return [...statements].map((match) => ({ typeOnly: Boolean(match[2]), from: match[3] }));
}

/** What an import of `source` does wrong, if anything. */
export function forbiddenImports(source: string): string[] {
  return imports(source).flatMap(({ typeOnly, from }) => {
    if (from === "@/lib/db/client") return [from];
    const prisma = from === "@prisma/client" || from === "@/lib/generated/prisma/client";
    return prisma && !typeOnly ? [from] : [];
  });
}

describe("the layers", () => {
  it("recognises the database client and Prisma values, and lets type imports and enums pass", () => {
    expect(forbiddenImports('import { db } from "@/lib/db/client";')).toEqual(["@/lib/db/client"]);
    expect(forbiddenImports('import type { Db } from "@/lib/db/client";')).toEqual(["@/lib/db/client"]);
    expect(forbiddenImports('import { Prisma } from "@prisma/client";')).toEqual(["@prisma/client"]);
    expect(forbiddenImports('import {\n  Role,\n} from "@/lib/generated/prisma/client";')).toEqual([
      "@/lib/generated/prisma/client",
    ]);
    expect(forbiddenImports('import type { Role } from "@/lib/generated/prisma/client";')).toEqual([]);
    expect(forbiddenImports('import { Role } from "@/lib/generated/prisma/enums";')).toEqual([]);
  });

  it("no file under app/ or components/ imports the database client or Prisma's values", () => {
    const offenders = ["app", "components"]
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .flatMap((file) =>
        forbiddenImports(readFileSync(file, "utf8")).map((from) => `${relative(root, file)} imports ${from}`),
      );
    expect(offenders).toEqual([]);
  });
});
