// Bad files get a clear message and write nothing (issue 11 item 4). Big files and zip
// bombs are made here, never committed.
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import { makeTenant } from "../../support/fixtures";
import { signInAs } from "../../support/session";
import { expectNothingWritten } from "../../support/writes";
import { xlsxOf, xlsxParts } from "../../support/xlsx";
import { preview } from "./helpers";

let municipalityId: string;
beforeEach(async () => {
  const tenant = await makeTenant();
  municipalityId = tenant.municipality.id;
  signInAs(tenant.coordinator.id);
});

const utf8 = (text: string) => new TextEncoder().encode(text);
const GOOD = "naam;e-mail;werkveld;functie\nAnna de Vries;anna@example.test;Onderwijs;Docent\n";

async function refusal(fileName: string, body: BodyInit, headers?: HeadersInit) {
  const { status, view } = await expectNothingWritten(() => preview(municipalityId, fileName, body, headers));
  if (typeof view !== "object" || view.ok) throw new Error(`not refused: ${status} ${JSON.stringify(view)}`);
  return { status, problem: view.problem, message: view.message };
}

describe("bad files", () => {
  it("refuses a 50 MB upload from its Content-Length, before reading it", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    const { status, message } = await refusal("staff.csv", endless, { "content-length": String(50 * 1024 * 1024) });
    expect(status).toBe(413);
    expect(message).toMatch(/groter dan 5 MB/);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("stops reading an upload without a length as soon as it passes the limit", async () => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024 * 1024;
        if (sent > 50 * 1024 * 1024) controller.close();
        else controller.enqueue(new Uint8Array(1024 * 1024).fill(65));
      },
    });
    expect((await refusal("staff.csv", stream)).status).toBe(413);
    expect(sent).toBeLessThan(10 * 1024 * 1024);
  });

  it("names the encoding of a UTF-16, a Latin-1 and a garbled file", async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...GOOD].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(await refusal("staff.csv", utf16)).toMatchObject({
      problem: "utf16",
      message: expect.stringMatching(/UTF-16/),
    });
    const latin1 = Uint8Array.from([...utf8("naam;e-mail\nJos"), 0xe9, ...utf8(";jose@example.test\n")]);
    expect(await refusal("staff.csv", latin1)).toMatchObject({
      problem: "notUtf8",
      message: expect.stringMatching(/Latin-1/),
    });
    expect(await refusal("staff.csv", utf8("naam;e-mail\nJosÃ© Ã–zil;jose@example.test\n"))).toMatchObject({
      problem: "mojibake",
    });
  });

  it("refuses a malformed CSV, an empty file and a file without the columns", async () => {
    expect(
      (await refusal("staff.csv", utf8('naam;e-mail\n"Anna;anna@example.test\nBram;b@example.test\n'))).problem,
    ).toBe("malformedCsv");
    expect((await refusal("staff.csv", new Uint8Array())).problem).toBe("empty");
    const { problem, message } = await refusal("staff.csv", utf8("voornaam;telefoon\nAnna;06\n"));
    expect(problem).toBe("header");
    expect(message).toMatch(/De kolom ‘naam’ ontbreekt.*De kolom ‘e-mail’ ontbreekt/);
  });

  it("refuses an .xlsx that is not a zip, a .csv that is a workbook, an .xls and other kinds", async () => {
    expect((await refusal("staff.xlsx", utf8(GOOD))).problem).toBe("notZip");
    expect((await refusal("staff.csv", new Blob([xlsxOf([["naam", "e-mail"]])]))).problem).toBe("xlsxNamedCsv");
    expect((await refusal("staff.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).problem).toBe(
      "oldExcel",
    );
    expect((await refusal("staff.pdf", utf8("%PDF-1.7"))).problem).toBe("unknownType");
    expect((await refusal("staff.xlsx", zipSync({ "hello.txt": strToU8("hi") }))).problem).toBe("notSpreadsheet");
  });

  it("refuses a zip bomb posing as .xlsx from its directory, before inflating it", async () => {
    // 64 MB of zeros in a worksheet compresses to about 64 kB.
    const bomb = zipSync(
      { ...xlsxParts([["naam", "e-mail"]]), "xl/worksheets/sheet1.xml": new Uint8Array(64 * 1024 * 1024) },
      { level: 9 },
    );
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    const { problem, message } = await refusal("staff.xlsx", new Blob([bomb]));
    expect(problem).toBe("zipBomb");
    expect(message).toMatch(/uitgepakt veel groter/);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(100 * 1024 * 1024);
  });

  it("refuses what is not a POST of this site, or not signed in", async () => {
    const foreign = await preview(municipalityId, "staff.csv", GOOD, { origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    signInAs(null);
    expect((await preview(municipalityId, "staff.csv", GOOD)).status).toBe(401);
  });

  it("answers any bytes under any name with a preview or a message, never an error", async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.string({ unit: "binary", maxLength: 200 }).map(utf8),
      fc.uint8Array({ maxLength: 200 }).map((tail) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom("a.csv", "a.xlsx", "a.txt", "a", "a.xls"), async (body, name) => {
        const { status, view } = await expectNothingWritten(() => preview(municipalityId, name, new Blob([body])));
        expect(status).toBe(200);
        expect(typeof view === "object" && (view.ok || view.message.length > 20)).toBe(true);
      }),
      { numRuns: 60, seed: 11 },
    );
  });
});
