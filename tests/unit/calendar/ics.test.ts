import { describe, expect, it } from "vitest";
import { calendar, escapeText, foldLine, icsDate } from "@/lib/calendar/ics";

const event = {
  uid: "abc@middengrond",
  startsAt: new Date("2027-03-08T08:00:00Z"),
  endsAt: new Date("2027-03-08T15:00:00Z"),
  sequence: 2,
  cancelled: false,
  summary: "Trainingsdag · Groep 1, voorjaar",
  location: "Stadhuis; zaal 2",
  description: "Regel 1\nRegel 2",
};

describe("iCalendar (RFC 5545)", () => {
  it("writes UTC date-times", () => {
    expect(icsDate(new Date("2027-03-08T08:00:00.000Z"))).toBe("20270308T080000Z");
  });

  it("escapes backslashes, semicolons, commas and newlines in TEXT", () => {
    expect(escapeText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
  });

  it("folds lines at 75 octets without splitting a multi-byte character", () => {
    const line = `SUMMARY:${"é".repeat(60)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const [index, part] of parts.entries()) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      if (index > 0) expect(part.startsWith(" ")).toBe(true);
    }
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    expect(foldLine("SHORT:x")).toBe("SHORT:x");
  });

  it("ends every line with CRLF and carries UID, DTSTAMP, SEQUENCE and STATUS", () => {
    const text = calendar({
      name: "Mijn bijeenkomsten",
      events: [event, { ...event, uid: "x@middengrond", cancelled: true }],
      now: new Date("2027-03-01T10:00:00Z"),
    });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines).toContain("UID:abc@middengrond");
    expect(lines).toContain("DTSTAMP:20270301T100000Z");
    expect(lines).toContain("DTSTART:20270308T080000Z");
    expect(lines).toContain("DTEND:20270308T150000Z");
    expect(lines).toContain("SEQUENCE:2");
    expect(lines).toContain("STATUS:CONFIRMED");
    expect(lines).toContain("STATUS:CANCELLED");
    expect(lines).toContain("SUMMARY:Trainingsdag · Groep 1\\, voorjaar");
    expect(lines).toContain("LOCATION:Stadhuis\\; zaal 2");
    expect(lines).toContain("DESCRIPTION:Regel 1\\nRegel 2");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(2);
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });
});
