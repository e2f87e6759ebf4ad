// What the statement counter (lib/db/client.ts) knows of a statement: whether it writes, and where.

const NAME = String.raw`(?:"[^"]+"|[A-Za-z_][\w$]*)`;
/**
 * INSERT INTO, UPDATE, DELETE FROM, MERGE INTO, TRUNCATE; not the row lock of SELECT … FOR [NO KEY] UPDATE,
 * nor the DO UPDATE of an INSERT's ON CONFLICT (the INSERT already names the table).
 */
const WRITE = new RegExp(
  String.raw`\b(?:INSERT\s+INTO|(?<!\b(?:FOR\s+(?:NO\s+KEY\s+)?|DO\s+))UPDATE|DELETE\s+FROM|MERGE\s+INTO|TRUNCATE(?:\s+TABLE)?)` +
    String.raw`\s+(?:ONLY\s+)?(?:${NAME}\s*\.\s*)?(${NAME})`,
  "gi",
);

/** The tables a SQL statement writes (none for a read); Prisma's quoted, schema-qualified names or bare ones. */
export function writtenTables(sql: string): string[] {
  return [...sql.matchAll(WRITE)].map((match) => match[1].replace(/^"|"$/g, ""));
}
