/**
 * Whether Next can decode a server action's body. Next hands the body to React's
 * `decodeReply` before any of the app's code runs, and answers 500 to whatever that throws
 * (next/dist/server/app-render/action-handler.js). So proxy.ts refuses with 400 what would
 * throw there: a body that is not a React reply (not JSON, not multipart, a broken
 * multipart body), arguments that are not an array, or a reference React cannot resolve.
 * The app's actions take plain values and forms only, so the promises, Maps, Sets,
 * iterators, server functions, files, typed arrays and streams React could decode are
 * refused too (docs/decisions/0018-input-bounds.md); a unit test holds this check to
 * React's decoder on generated bodies.
 */

/** Next's limit on a server action's body (serverActions.bodySizeLimit, 1 MB unless configured); beyond it Next throws. */
export const ACTION_BODY_LIMIT = 1024 * 1024;
/** The most arguments Next passes to a server action (SERVER_ACTION_ARGS_LIMIT). */
const MAX_ARGUMENTS = 1000;
/** The longest BigInt React accepts, its sign included. */
const MAX_BIGINT_DIGITS = 300;

/** Tags of values that refer to nothing else: escaped "$", undefined, ±Infinity, NaN, -0, a date, a temporary reference, a form. */
const SELF_CONTAINED = new Set(["$", "u", "I", "N", "-", "D", "T", "K", "H"]);

type Parts = Map<string, string | Blob>;

/** Why Next cannot take a server action request's body, with the HTTP status to answer; null when it can. */
export async function actionBodyProblem(request: Request): Promise<{ status: 400 | 413; problem: string } | null> {
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > ACTION_BODY_LIMIT) return { status: 413, problem: "the body is larger than 1 MB" };
  const problem = await decodingProblem(bytes, request.headers.get("content-type") ?? "");
  return problem ? { status: 400, problem } : null;
}

async function decodingProblem(bytes: ArrayBuffer, type: string): Promise<string | null> {
  if (!isMultipart(type)) return replyProblem(new Map([["0", new TextDecoder().decode(bytes)]]));
  const form = await formOf(new Response(bytes, { headers: { "content-type": type } }));
  return form ? replyProblem(new Map(form.entries())) : "a broken multipart body";
}

/**
 * A multipart POST without the action header (a form posted before the page's script
 * ran) is parsed by Next too, to look for an action in it, and a broken one throws there.
 */
export async function formPostProblem(request: Request): Promise<{ status: 400; problem: string } | null> {
  if (!isMultipart(request.headers.get("content-type") ?? "")) return null;
  return (await formOf(request)) ? null : { status: 400, problem: "a broken multipart body" };
}

const isMultipart = (type: string) => type.toLowerCase().startsWith("multipart/form-data");

async function formOf(body: Request | Response): Promise<FormData | null> {
  try {
    return await body.formData();
  } catch {
    return null;
  }
}

/** The problem with a React reply of `parts` (part "0" holds the arguments), or null. */
export function replyProblem(parts: Parts): string | null {
  const root = parse(parts, "0");
  if (root === undefined) return "the arguments are missing or not JSON";
  if (!Array.isArray(root) || root.length > MAX_ARGUMENTS) return "the arguments are not a list";
  const seen = new Set(["0"]);
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === "string") {
      const problem = referenceProblem(value, parts, seen, pending);
      if (problem) return problem;
    } else if (value !== null && typeof value === "object") {
      pending.push(...Object.values(value));
    }
  }
  return null;
}

/** Checks one string of the reply; a reference's part, parsed, joins `pending` the first time. */
function referenceProblem(value: string, parts: Parts, seen: Set<string>, pending: unknown[]): string | null {
  if (!value.startsWith("$")) return null;
  if (value.length === 1) return "a malformed reference";
  const tag = value[1];
  if (SELF_CONTAINED.has(tag)) return null;
  if (tag === "n") return bigIntProblem(value.slice(2));
  // Any other tag React reads as the hex id of a JSON part: "$1", "$c5:key" (uppercase A, B: files).
  if (!/^[0-9a-fCEF]$/.test(tag)) return `an unsupported value (${value.slice(0, 2)})`;
  const [hex, ...path] = value.slice(1).split(":");
  if (!/^[0-9a-f]+$/i.test(hex)) return "a malformed reference";
  const id = String(parseInt(hex, 16));
  const target = parse(parts, id);
  if (target === undefined) return "a reference to a part that is missing or not JSON";
  if (!pathExists(target, path)) return "a reference to a path that does not exist";
  if (!seen.has(id)) {
    seen.add(id);
    pending.push(target);
  }
  return null;
}

function bigIntProblem(digits: string): string | null {
  return /^-?\d+$/.test(digits) && digits.length <= MAX_BIGINT_DIGITS ? null : "a malformed number";
}

/** Part `id` as JSON, or undefined when it is missing, a file or not JSON. */
function parse(parts: Parts, id: string): unknown {
  const text = parts.get(id);
  if (typeof text !== "string") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** React follows a reference's path through plain objects and arrays only, by own keys. */
function pathExists(value: unknown, path: string[]): boolean {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return false;
    current = (current as Record<string, unknown>)[key];
  }
  return true;
}
