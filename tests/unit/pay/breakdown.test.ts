import { describe, expect, it } from "vitest";
import { employeeBreakdown, freelanceBreakdown } from "@/lib/pay/breakdown";
import { calculateEmployee } from "@/lib/pay/employee";
import { calculateFreelance } from "@/lib/pay/freelance";
import { payRules } from "@/lib/pay/rules";
import { ruleValueLines } from "@/lib/pay/rules-text";
import { plainEmployee, plainFreelance, youngInWards } from "./fixtures";

const sum = (amounts: number[]) => amounts.reduce((total, amount) => total + amount, 0);

describe("the chart's breakdown", () => {
  it("adds up: what goes out plus 手取り is the gross, on both sides", () => {
    const freelance = freelanceBreakdown(calculateFreelance({ ...plainFreelance, consumption: "simplified", businessTaxApplies: true, expenses: 500_000 }, youngInWards));
    const employee = employeeBreakdown(calculateEmployee({ ...plainEmployee, bonusMonths: 3 }, { age: "40to64", municipality: "tokyo23" }));
    for (const side of [freelance, employee]) expect(sum(side.lines.map((line) => line.amount)) + side.takeHome, side.side).toBe(side.gross);
    expect(employee.lines.map((line) => line.key)).toContain("care");
  });

  it("leaves out lines that are nothing, such as 消費税 for a 免税事業者", () => {
    const lines = freelanceBreakdown(calculateFreelance(plainFreelance, youngInWards)).lines.map((line) => line.key);
    expect(lines).not.toContain("consumption");
    expect(lines).not.toContain("businessTax");
    expect(lines).not.toContain("expenses");
  });
});

describe("the sources section", () => {
  it("writes every rule's values from the data the calculation uses", () => {
    for (const rule of payRules) expect(ruleValueLines[rule.id]?.().length, rule.id).toBeGreaterThan(0);
    expect(ruleValueLines["kokuho-tokyo23"]!()[0]).toBe("基礎（医療）分：所得割7.51%・均等割47,600円・限度額67万円");
    expect(ruleValueLines["basic-deduction-income-tax"]!()).toContain("合計所得489万円以下：104万円");
    expect(ruleValueLines["income-tax-brackets"]!().at(-1)).toBe("課税所得4,000万円超：45%（控除額4,796,000円）");
  });
});
