import { describe, expect, it } from "vitest";
import { kokuho, kokuhoReduction } from "@/lib/pay/national-health";
import { rules } from "@/lib/pay/rules";

const wards = rules.municipalities.tokyo23;
const ichikawa = rules.municipalities.ichikawa;

describe("国民健康保険 for a one-person household", () => {
  it("waives 7割 of 均等割 up to 所得43万円, 5割 up to 74万円 and 2割 up to 100万円", () => {
    expect(kokuhoReduction(0)).toBe(0.7);
    expect(kokuhoReduction(430_000)).toBe(0.7);
    expect(kokuhoReduction(430_001)).toBe(0.5);
    expect(kokuhoReduction(740_000)).toBe(0.5);
    expect(kokuhoReduction(740_001)).toBe(0.2);
    expect(kokuhoReduction(1_000_000)).toBe(0.2);
    expect(kokuhoReduction(1_000_001)).toBe(0);
  });

  it("charges only the reduced 均等割 on no income", () => {
    const result = kokuho(wards, 0, false);
    expect(result.base).toBe(0);
    // 47,600 × 0.3 + 17,600 × 0.3 + 1,873 × 0.3 (円未満切捨て)
    expect(result.total).toBe(14_280 + 5_280 + 561);
  });

  it("charges 所得割 on the 所得 less 43万円, plus the full 均等割 above the 2割 line", () => {
    const result = kokuho(wards, 5_000_000, false);
    expect(result.base).toBe(4_570_000);
    expect(result.parts.map((part) => part.amount)).toEqual([
      Math.floor(4_570_000 * 0.0751) + 47_600,
      Math.floor(4_570_000 * 0.028) + 17_600,
      Math.floor(4_570_000 * 0.0027) + 1_873,
    ]);
  });

  it("adds 介護分 only from 40 to 64", () => {
    expect(kokuho(wards, 5_000_000, false).parts.map((part) => part.key)).not.toContain("care");
    const older = kokuho(wards, 5_000_000, true);
    expect(older.parts.find((part) => part.key === "care")?.amount).toBe(Math.floor(4_570_000 * 0.0243) + 17_800);
  });

  it("stops each part at its 賦課限度額: 113万円 in all at 40–64 on a high income", () => {
    const result = kokuho(wards, 50_000_000, true);
    expect(result.parts.every((part) => part.capped)).toBe(true);
    expect(result.total).toBe(670_000 + 260_000 + 170_000 + 30_000);
  });

  it("differs by municipality: 市川市 adds a 平等割 per household and charges less 所得割", () => {
    const here = kokuho(ichikawa, 0, false);
    expect(here.parts.find((part) => part.key === "medical")?.amount).toBe(Math.floor((12_000 + 20_400) * 0.3));
    expect(kokuho(ichikawa, 5_000_000, false).total).toBeLessThan(kokuho(wards, 5_000_000, false).total);
  });
});
