import { describe, expect, it } from "vitest";
import { employeeInsurance, standardMonthly } from "@/lib/pay/employee-insurance";
import { rules } from "@/lib/pay/rules";

const { health, pension } = rules.standardRemuneration;

describe("標準報酬月額", () => {
  it("follows the grade edges of the 保険料額表", () => {
    const cases: [number, number][] = [
      [0, 58_000],
      [62_999, 58_000],
      [63_000, 68_000],
      [92_999, 88_000],
      [93_000, 98_000],
      [309_999, 300_000],
      [310_000, 320_000],
      [634_999, 620_000],
      [635_000, 650_000],
      [1_354_999, 1_330_000],
      [1_355_000, 1_390_000],
      [5_000_000, 1_390_000],
    ];
    for (const [pay, standard] of cases) expect(standardMonthly(health, pay), String(pay)).toBe(standard);
  });

  it("stops 厚生年金 at 第32級 65万円 and starts it at 88,000円", () => {
    expect(standardMonthly(pension, 0)).toBe(88_000);
    expect(standardMonthly(pension, 634_999)).toBe(620_000);
    expect(standardMonthly(pension, 635_000)).toBe(650_000);
    expect(standardMonthly(pension, 2_000_000)).toBe(650_000);
  });
});

const month = (pay: number, careAge = false) => {
  const result = employeeInsurance(pay, [], careAge);
  return { health: result.health / 12, care: result.care / 12, child: result.childSupport / 12, pension: result.pension / 12, employment: result.employment / 12 };
};

describe("the employee's half of each premium", () => {
  it("matches the 厚生年金 折半額 of 日本年金機構's table (9.15%)", () => {
    expect(month(80_000).pension).toBe(8_052);
    expect(month(300_000).pension).toBe(27_450);
    expect(month(700_000).pension).toBe(59_475);
  });

  it("takes 協会けんぽ東京 9.85% (half), with 介護 1.62% and 子ども・子育て支援金 0.23% on top", () => {
    expect(month(300_000)).toMatchObject({ health: 14_775, care: 0, child: 345 });
    // 300,000 × 11.47% ÷ 2 = 17,205: the care part is what 介護 adds to the combined rate.
    expect(month(300_000, true).care).toBe(17_205 - 14_775);
  });

  it("drops 50銭 and rounds more than 50銭 up", () => {
    // 58,000 × 9.85% ÷ 2 = 2,856.5 → 2,856; 68,000 × 11.47% ÷ 2 = 3,899.8 → 3,900
    expect(month(50_000).health).toBe(2_856);
    expect(month(65_000, true).health + month(65_000, true).care).toBe(3_900);
  });

  it("takes 雇用保険 at 5/1,000 of the actual pay, not the grade", () => {
    expect(month(300_000).employment).toBe(1_500);
    expect(month(309_999).employment).toBe(1_550);
  });
});

describe("賞与", () => {
  it("rounds a bonus down to 1,000 yen and stops 厚生年金 at 150万円 a payment", () => {
    const result = employeeInsurance(300_000, [2_000_500], false);
    const monthly = employeeInsurance(300_000, [], false);
    expect(result.pension - monthly.pension).toBe(137_250);
    expect(result.health - monthly.health).toBe(98_500);
    // 2,000,500 × 5/1,000 = 10,002.5 → 10,002
    expect(result.employment - monthly.employment).toBe(10_002);
  });

  it("stops 健康保険 at 573万円 over the year's bonuses", () => {
    const result = employeeInsurance(300_000, [3_000_000, 3_000_000], false);
    const monthly = employeeInsurance(300_000, [], false);
    // 3,000,000 then the remaining 2,730,000: 147,750 + 134,452.5 → 134,452
    expect(result.health - monthly.health).toBe(147_750 + 134_452);
  });
});
