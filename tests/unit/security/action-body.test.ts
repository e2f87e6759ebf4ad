import { spawnSync } from "node:child_process";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, actionBodyProblem, formPostProblem, replyProblem } from "@/lib/security/action-body";

const reply = (parts: Record<string, string | Blob>) => replyProblem(new Map(Object.entries(parts)));

describe("server-action bodies Next can decode (proxy.ts refuses the rest with 400)", () => {
  it("accepts what a useActionState form sends: the previous state and a form", () => {
    expect(reply({ "0": '[{"status":"idle"},"$K1"]', _1_cohortId: "x", _1_motivation: "y" })).toBeNull();
    expect(reply({ "0": '[{"status":"success","data":"$D2026-01-01T00:00:00.000Z"},"$K1"]' })).toBeNull();
    expect(reply({ "0": '["$$escaped","$u","$I","$-0","$N","$n12345678901234567890"]' })).toBeNull();
  });

  it("accepts references to parts that are there, cycles included", () => {
    expect(reply({ "0": '["$1","$2","$1:a:0"]', "1": '{"a":["$1"]}', "2": "[]" })).toBeNull();
  });

  it.each([
    ["not JSON", { "0": "{not json" }],
    ["no arguments", { _1_cohortId: "x" }],
    ["arguments that are not a list", { "0": '"hello"' }],
    ["too many arguments", { "0": JSON.stringify(Array(1001).fill(0)) }],
    ["a reference to a missing part", { "0": '[{},"$Q9"]' }],
    ["a reference to a part that is not JSON", { "0": '["$1"]', "1": "{" }],
    ["a reference through a missing key", { "0": '["$1:b"]', "1": '{"a":1}' }],
    ["a reference that is not hex", { "0": '["$@zz"]' }],
    ["a malformed number", { "0": '["$nabc"]' }],
    ["a number too long", { "0": `["$n${"9".repeat(301)}"]` }],
    ["a lone $", { "0": '["$"]' }],
    ["a Map", { "0": '["$Q1"]', "1": "[[1,2]]" }],
    ["a promise", { "0": '["$@1"]', "1": "1" }],
    ["a server function", { "0": '["$h1"]', "1": '{"id":"x","bound":null}' }],
    ["a stream", { "0": '["$R1"]' }],
    ["a file reference", { "0": '["$B1"]', "1": new Blob(["x"]) }],
    ["a nested bad reference", { "0": '[{"deep":["$1"]}]', "1": '["$7"]' }],
  ])("refuses %s", (_, parts) => {
    expect(reply(parts)).not.toBeNull();
  });

  it("reads a text body as the arguments and a multipart body as parts; a broken multipart body is refused", async () => {
    const post = (body: BodyInit, type?: string) =>
      actionBodyProblem(
        new Request("http://localhost/", {
          method: "POST",
          body,
          headers: type ? { "content-type": type } : {},
        }),
      );
    expect(await post('[{},"hello"]', "text/plain")).toBeNull();
    expect(await post("{not json", "text/plain")).not.toBeNull();
    expect(await post("", "text/plain")).not.toBeNull();
    const form = new FormData();
    form.append("0", '[{},"$K1"]');
    expect(await post(form)).toBeNull();
    expect(await post("--x\r\nnonsense", "multipart/form-data; boundary=x")).toMatchObject({ status: 400 });
    expect(await post(JSON.stringify(["x".repeat(ACTION_BODY_LIMIT)]), "text/plain")).toMatchObject({ status: 413 });
    const formPost = (body: BodyInit, type: string) =>
      formPostProblem(new Request("http://localhost/", { method: "POST", body, headers: { "content-type": type } }));
    expect(await formPost("--x\r\nnonsense", "multipart/form-data; boundary=x")).toMatchObject({ status: 400 });
    expect(await formPost(form, "multipart/form-data; boundary=y")).toMatchObject({ status: 400 });
    expect(await formPost("a=1", "application/x-www-form-urlencoded")).toBeNull();
  });
});

/** The React decoder Next runs on an action's body, in a process of the react-server condition. */
function reactDecodes(bodies: [string, string][][]): (string | null)[] {
  const result = spawnSync(
    process.execPath,
    ["--conditions=react-server", path.resolve(import.meta.dirname, "../../support/decode-reply.mjs")],
    { input: JSON.stringify(bodies), encoding: "utf8", timeout: 60_000 },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as (string | null)[];
}

const tagged = fc.constantFrom(
  "$1",
  "$2",
  "$9",
  "$Q1",
  "$W2",
  "$i1",
  "$@1",
  "$@2:a",
  "$1:a",
  "$1:0",
  "$2:x:y",
  "$zz",
  "$C",
  "$K1",
  "$D2026-01-01",
  "$Dnonsense",
  "$T",
  "$$",
  "$$x",
  "$u",
  "$I",
  "$N",
  "$-0",
  "$-x",
  "$H",
  "$n12",
  "$n-3",
  "$nx",
  "$n",
  "$h1",
  "$R1",
  "$X1",
  "$B1",
  "$A1",
  "$",
  "$@",
  "$Q",
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    tagged,
    fc.string(),
    fc.integer(),
    fc.constantFrom(null, true),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom("a", "x", "0", "y"), tie("value"), { maxKeys: 3 }),
  ),
}));
const part = fc.oneof(
  value.map((v) => JSON.stringify(v)),
  fc.string(),
  fc.constant("{"),
);
const body = fc
  .record({
    root: fc.oneof({ weight: 4, arbitrary: fc.array(value, { maxLength: 4 }).map((v) => JSON.stringify(v)) }, part),
    others: fc.array(fc.tuple(fc.constantFrom("1", "2", "9", "_1_a", "x"), part), { maxLength: 3 }),
  })
  .map(({ root, others }): [string, string][] => [["0", root], ...others]);

describe("generated bodies", () => {
  it("whatever passes the check, React decodes without an error (3,000 bodies)", () => {
    const bodies = fc.sample(body, 3000);
    const passed = bodies.filter((parts) => replyProblem(new Map(parts)) === null);
    const decoded = reactDecodes(passed);
    const failed = passed.map((parts, index) => ({ parts, error: decoded[index] })).filter((row) => row.error !== null);
    expect(failed).toEqual([]);
    // The sample is not trivial: it has bodies both ways.
    expect(passed.length).toBeGreaterThan(100);
    expect(bodies.length - passed.length).toBeGreaterThan(100);
  });
});
