import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { certificatePdf } from "@/lib/certificates/document";
import { PdfWriter } from "@/lib/pdf/document";
import {
  certificateHours,
  codeFromBytes,
  CODE_LENGTH,
  countedSessions,
  formatCode,
  normaliseCode,
  trainerNames,
} from "@/lib/certificates/rules";

const at = (iso: string) => new Date(iso);
const session = (
  kind: string,
  start: string,
  end: string,
  attendance: "PRESENT" | "ABSENT" | null,
  madeUp = false,
) => ({
  kind,
  startsAt: at(start),
  endsAt: at(end),
  attendance,
  madeUp,
});

describe("certificate codes", () => {
  it("takes one character per byte from Crockford's alphabet, twelve in all", () => {
    const code = codeFromBytes(new Uint8Array(16).map((_, i) => i * 17));
    expect(code).toHaveLength(CODE_LENGTH);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/);
    expect(codeFromBytes(new Uint8Array(12).fill(255))).toBe("ZZZZZZZZZZZZ");
  });

  it("refuses too few random bytes", () => {
    expect(() => codeFromBytes(new Uint8Array(11))).toThrow();
  });

  it("prints in groups of four and reads back whatever the case, spaces and dashes", () => {
    expect(formatCode("7K3MQ9XW2D4P")).toBe("7K3M-Q9XW-2D4P");
    expect(normaliseCode("7k3m-q9xw-2d4p")).toBe("7K3MQ9XW2D4P");
    expect(normaliseCode(" 7K3M Q9XW 2D4P ")).toBe("7K3MQ9XW2D4P");
  });

  it("reads the letters people take for digits as those digits", () => {
    expect(normaliseCode("OOOO-IIII-LLLL")).toBe("000011111111");
  });

  it("is no code at eleven or thirteen characters, or with a letter outside the alphabet", () => {
    expect(normaliseCode("7K3MQ9XW2D4")).toBeNull();
    expect(normaliseCode("7K3MQ9XW2D4PP")).toBeNull();
    expect(normaliseCode("7K3MQ9XW2D4U")).toBeNull();
    expect(normaliseCode("")).toBeNull();
  });
});

describe("the sessions and hours a certificate names", () => {
  const sessions = [
    session("DEEPENING", "2026-03-20T09:00:00Z", "2026-03-20T12:30:00Z", "PRESENT"),
    session("TRAINING_DAY", "2026-03-10T09:00:00Z", "2026-03-10T16:00:00Z", "PRESENT"),
    session("INTERVISIE", "2026-04-01T09:00:00Z", "2026-04-01T11:00:00Z", "PRESENT"),
  ];

  it("counts the attended sessions of the steps that count for completion, in time order", () => {
    const counted = countedSessions(sessions, ["TRAINING_DAY", "DEEPENING"]);
    expect(counted.map((s) => s.kind)).toEqual(["TRAINING_DAY", "DEEPENING"]);
    expect(certificateHours(counted)).toBe(10.5);
  });

  it("counts a made-up absence, not an unresolved one", () => {
    const absent = [
      session("TRAINING_DAY", "2026-03-10T09:00:00Z", "2026-03-10T16:00:00Z", "PRESENT"),
      session("DEEPENING", "2026-03-20T09:00:00Z", "2026-03-20T12:30:00Z", "ABSENT", true),
      session("DEEPENING", "2026-03-21T09:00:00Z", "2026-03-21T12:30:00Z", "ABSENT"),
      session("DEEPENING", "2026-03-22T09:00:00Z", "2026-03-22T12:30:00Z", null),
    ];
    expect(countedSessions(absent, ["TRAINING_DAY", "DEEPENING"])).toHaveLength(2);
  });

  it("counts every attended session when the template marks no step", () => {
    expect(countedSessions(sessions, [])).toHaveLength(3);
  });

  it("rounds down to half hours: 29 minutes is none, 30 is half an hour, 89 one hour", () => {
    const minutes = (n: number) => [
      { startsAt: at("2026-03-10T09:00:00Z"), endsAt: new Date(Date.UTC(2026, 2, 10, 9, n)) },
    ];
    expect(certificateHours(minutes(29))).toBe(0);
    expect(certificateHours(minutes(30))).toBe(0.5);
    expect(certificateHours(minutes(89))).toBe(1);
    expect(certificateHours([])).toBe(0);
  });

  it("names each trainer once, alphabetically", () => {
    expect(trainerNames(["Sanne", "Ahmet", "Sanne"])).toEqual(["Ahmet", "Sanne"]);
  });
});

describe("the certificate PDF", () => {
  it("prints names outside WinAnsi (ş, ğ, ł) in both languages", async () => {
    for (const locale of ["nl", "en"] as const) {
      const bytes = await certificatePdf(
        {
          name: "Ayşe Doğan-Wałęsa",
          programme: { nl: "Polarisatie: de middengroep", en: "Polarisation: the middle ground" },
          cohort: "Groep 1",
          municipality: "Łódź-aan-Zee",
          sessions: [{ startsAt: at("2026-03-10T08:00:00Z"), endsAt: at("2026-03-10T15:00:00Z") }],
          trainers: ["Trainer Ğ"],
          hours: 7,
          code: "7K3M-Q9XW-2D4P",
          verifyUrl: "https://middengrond.test/certificates/verify?code=7K3M-Q9XW-2D4P",
          issuedAt: at("2026-03-21T10:00:00Z"),
        },
        locale,
      );
      expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
      const doc = await PDFDocument.load(bytes);
      expect(doc.getPageCount()).toBe(1);
      expect(doc.getTitle()).toBe(locale === "nl" ? "Certificaat van deelname" : "Certificate of participation");
      expect(await PdfWriter.linksOf(bytes)).toEqual([
        "https://middengrond.test/certificates/verify?code=7K3M-Q9XW-2D4P",
      ]);
    }
  });
});
