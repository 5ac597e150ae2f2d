import { describe, expect, it } from "vitest";
import { escapeText, foldLine, writeCalendar } from "@/lib/calendar/ics";

const octets = (line: string) => new TextEncoder().encode(line).length;

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and line breaks", () => {
    expect(escapeText("a\\b;c,d\r\ne\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });
});

describe("foldLine", () => {
  it("leaves a short line alone", () => {
    expect(foldLine("SUMMARY:PMP")).toBe("SUMMARY:PMP");
  });

  it("folds long Japanese text at 75 octets without splitting a character", () => {
    const line = `SUMMARY:${"受験日".repeat(30)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of physical.slice(1)) expect(part.startsWith(" ")).toBe(true);
    expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join("")).toBe(line);
  });
});

describe("writeCalendar", () => {
  const now = new Date("2026-11-21T03:04:05.678Z");
  const text = writeCalendar("PMP 受験", [{ uid: "exam-1@pmo-career-guide", date: "2026-12-31", summary: "PMP 受験; 会場, 新宿", description: "持ち物\n身分証" }], now);

  it("ends every line with CRLF and has no bare LF", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes an all-day event with UID, DTSTAMP and an exclusive end date across the year end", () => {
    const lines = text.split("\r\n");
    expect(lines).toContain("UID:exam-1@pmo-career-guide");
    expect(lines).toContain("DTSTAMP:20261121T030405Z");
    expect(lines).toContain("DTSTART;VALUE=DATE:20261231");
    expect(lines).toContain("DTEND;VALUE=DATE:20270101");
    expect(lines).toContain("SUMMARY:PMP 受験\\; 会場\\, 新宿");
    expect(lines).toContain("DESCRIPTION:持ち物\\n身分証");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });

  it("writes an empty calendar when there are no events", () => {
    expect(writeCalendar("空", [], now)).not.toContain("BEGIN:VEVENT");
  });
});
