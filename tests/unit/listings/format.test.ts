import { describe, expect, it } from "vitest";
import { formatCount, formatPay, formatSlashDate } from "@/lib/listings/format";

describe("listing formats", () => {
  it("states pay the way Japanese listings do", () => {
    expect(formatPay("annual", 6_000_000, 8_000_000)).toBe("年収 600万〜800万円");
    expect(formatPay("monthly", 800_000, 800_000)).toBe("月額 80万円");
    expect(formatPay("monthly", 650_000, 1_250_000)).toBe("月額 65万〜125万円");
    expect(formatPay("annual", 5_250_000, 6_000_000)).toBe("年収 525万〜600万円");
  });

  it("says whether a count is exact, an estimate or a lower bound", () => {
    expect(formatCount({ total: 12, precision: "exact" })).toBe("12件");
    expect(formatCount({ total: 18000, precision: "about" })).toBe("約18,000件");
    expect(formatCount({ total: 500, precision: "atLeast" })).toBe("500件以上");
  });

  it("writes dates with slashes", () => {
    expect(formatSlashDate("2026-11-20")).toBe("2026/11/20");
  });
});
