import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, daysUntil, formatJapaneseDate, isIsoDate, japanToday } from "@/lib/calendar/japan-date";

describe("japanToday", () => {
  it("is already tomorrow in Japan at 15:00 UTC", () => {
    expect(japanToday(new Date("2026-11-21T14:59:59Z"))).toBe("2026-11-21");
    expect(japanToday(new Date("2026-11-21T15:00:00Z"))).toBe("2026-11-22");
  });
});

describe("daysUntil", () => {
  it("counts Japan days, whatever the instant's UTC date", () => {
    expect(daysUntil("2026-11-22", new Date("2026-11-21T15:30:00Z"))).toBe(0);
    expect(daysUntil("2026-11-22", new Date("2026-11-21T14:30:00Z"))).toBe(1);
    expect(daysUntil("2026-11-20", new Date("2026-11-21T01:00:00Z"))).toBe(-1);
  });
});

describe("calendar arithmetic", () => {
  it("validates real dates only", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-2-1")).toBe(false);
  });

  it("adds days and months, clamping to the end of a short month", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-05-15", -6)).toBe("2025-11-15");
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
  });

  it("formats in Japanese", () => {
    expect(formatJapaneseDate("2026-04-01")).toBe("2026年4月1日");
  });
});
