import { describe, expect, it } from "vitest";
import { calculatorQuery, defaultValues, parseCalculator } from "@/lib/pay/schema";

const query = (text: string) => Object.fromEntries(new URLSearchParams(text));

describe("reading the calculator from a URL", () => {
  it("shows the モデルケース when nothing is given", () => {
    const parsed = parseCalculator({});
    expect(parsed.isModelCase).toBe(true);
    expect(parsed.input?.freelance).toMatchObject({ monthlyRate: 600_000, daysPerWeek: 3, consumption: "twoTenths" });
    expect(parsed.input?.employee).toMatchObject({ annualSalary: 7_000_000, bonusMonths: 4 });
  });

  it("reads 万円 amounts, 全角 digits and thousands separators", () => {
    const parsed = parseCalculator(query("rate=６２.５&salary=1,200&expenses=０&kyosai=1500"));
    expect(parsed.errors).toEqual({});
    expect(parsed.input?.freelance.monthlyRate).toBe(625_000);
    expect(parsed.input?.employee.annualSalary).toBe(12_000_000);
    expect(parsed.input?.freelance.mutualAidMonthly).toBe(1_500);
    expect(parsed.isModelCase).toBe(false);
  });

  it("keeps the モデルケース value of a key that is missing", () => {
    expect(parseCalculator(query("rate=95&days=5")).input?.employee.annualSalary).toBe(7_000_000);
  });

  it("refuses bad values with a message for each field and calculates nothing", () => {
    const parsed = parseCalculator(query("rate=abc&days=6&months=13&salary=-1&bonus=x&ctax=free&age=99&city=osaka&btax=yes"));
    expect(parsed.input).toBeNull();
    expect(parsed.errors.rate).toBe("月額単価は0〜500（万円）の数字で入力してください（例：60）。");
    expect(parsed.errors.days).toMatch(/週の稼働日数は0.5〜5日/);
    expect(parsed.errors.months).toMatch(/1〜12の整数/);
    expect(parsed.errors.salary).toMatch(/年収は0〜10,000/);
    expect(Object.keys(parsed.errors).sort()).toEqual(["age", "bonus", "btax", "city", "ctax", "days", "months", "rate", "salary"]);
    // The form gets back exactly what was typed.
    expect(parsed.values.rate).toBe("abc");
  });

  it("holds iDeCo and 小規模企業共済 to their published steps", () => {
    expect(parseCalculator(query("ideco=4000")).errors.ideco).toBe("iDeCoの掛金は0円か、月5,000〜68,000円（1,000円単位）で入力してください。");
    expect(parseCalculator(query("ideco=5500")).errors.ideco).toBeDefined();
    expect(parseCalculator(query("ideco=69000")).errors.ideco).toBeDefined();
    expect(parseCalculator(query("ideco=68000")).errors).toEqual({});
    expect(parseCalculator(query("kyosai=1250")).errors.kyosai).toBe("小規模企業共済の掛金は0円か、月1,000〜70,000円（500円単位）で入力してください。");
  });

  it("checks only the work measure in use", () => {
    const parsed = parseCalculator(query("mode=util&util=60&days=junk"));
    expect(parsed.errors).toEqual({});
    expect(parsed.input?.freelance).toMatchObject({ workMode: "util", utilization: 60 });
    expect(parseCalculator(query("mode=util&util=0")).errors.util).toMatch(/稼働率は1〜100/);
  });

  it("takes the first of repeated keys and ignores keys it does not know", () => {
    const parsed = parseCalculator({ rate: ["70", "80"], evil: "<script>" });
    expect(parsed.input?.freelance.monthlyRate).toBe(700_000);
  });

  it("treats an empty 前々年の売上 as unknown, not zero", () => {
    expect(parseCalculator(query("base=")).input?.freelance.baseSales).toBeNull();
    expect(parseCalculator(query("base=1200")).input?.freelance.baseSales).toBe(12_000_000);
  });

  it("writes a query that reads back to the same input", () => {
    const values = { ...defaultValues, rate: "95", days: "5", mode: "days" as const, salary: "850" };
    const again = parseCalculator(query(calculatorQuery(values)));
    expect(again.errors).toEqual({});
    expect(again.values).toEqual({ ...values, util: defaultValues.util });
    expect(calculatorQuery({ ...values, mode: "util" })).not.toMatch(/(^|&)days=/);
  });
});
