/** One statement of a SQL script: its text (from its first word to its `;`) and the line it starts on. */
export type ScriptStatement = { sql: string; line: number };

/**
 * Splits a migration script into its statements at the semicolons that end them — not
 * those inside quotes ('…', "…", $tag$…$tag$) or comments — so the runner can apply them
 * one by one and say which one failed. Comments between statements are left out.
 */
export function scriptStatements(script: string): ScriptStatement[] {
  const statements: ScriptStatement[] = [];
  let start = -1; // index of the current statement's first character, -1 between statements
  let i = 0;
  const finish = (end: number) => {
    if (start !== -1) statements.push({ sql: script.slice(start, end).trim(), line: lineAt(script, start) });
    start = -1;
  };
  while (i < script.length) {
    const rest = script.slice(i, i + 2);
    if (rest === "--") i = skipPast(script, "\n", i + 2);
    else if (rest === "/*") i = skipBlockComment(script, i);
    else if (/\s/.test(script[i])) i += 1;
    else if (script[i] === ";") {
      finish(i + 1);
      i += 1;
    } else {
      if (start === -1) start = i;
      i = skipToken(script, i);
    }
  }
  finish(script.length);
  return statements;
}

/** Past the word, quoted text or single character at `i`. */
function skipToken(script: string, i: number): number {
  const char = script[i];
  if (char === "'" || char === '"') return skipQuoted(script, i, char);
  if (char === "$") {
    const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(script.slice(i))?.[0];
    if (tag && !/[A-Za-z0-9_]/.test(script[i - 1] ?? "")) return skipPast(script, tag, i + tag.length);
  }
  return i + 1;
}

/** Past the closing quote; a doubled quote inside is part of the text. */
function skipQuoted(script: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < script.length) {
    if (script[j] === quote && script[j + 1] === quote) j += 2;
    else if (script[j] === quote) return j + 1;
    else j += 1;
  }
  return j;
}

/** Past a block comment; PostgreSQL's nest. */
function skipBlockComment(script: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < script.length) {
    const pair = script.slice(j, j + 2);
    if (pair === "/*") {
      depth += 1;
      j += 2;
    } else if (pair === "*/") {
      depth -= 1;
      j += 2;
      if (depth === 0) return j;
    } else j += 1;
  }
  return j;
}

function skipPast(script: string, end: string, from: number): number {
  const found = script.indexOf(end, from);
  return found === -1 ? script.length : found + end.length;
}

function lineAt(script: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (script[i] === "\n") line += 1;
  return line;
}

/** A statement on one line, cut to `max` characters, for an error message. */
export function shortened(sql: string, max = 240): string {
  const flat = sql.replace(/\s+/g, " ");
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
