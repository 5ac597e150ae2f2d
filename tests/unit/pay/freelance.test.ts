import { describe, expect, it } from "vitest";
import { basicDeduction, incomeTaxOn } from "@/lib/pay/income-tax";
import { calculateFreelance } from "@/lib/pay/freelance";
import { kokuho } from "@/lib/pay/national-health";
import { residentTax } from "@/lib/pay/resident-tax";
import { rules } from "@/lib/pay/rules";
import { plainFreelance, youngInWards } from "./fixtures";

const run = (change: Partial<typeof plainFreelance> = {}, person = youngInWards) => calculateFreelance({ ...plainFreelance, ...change }, person);

describe("a freelance year", () => {
  it("works through a plain case by hand: 月80万円・免税・白色・東京23区", () => {
    const result = run();
    // The client pays 税抜9,600,000円 plus 10%, which a 免税事業者 keeps.
    expect(result.gross).toBe(10_560_000);
    expect(result.income).toBe(10_560_000);
    const health = kokuho(rules.municipalities.tokyo23, 10_560_000, false).total;
    expect(result.kokuho.total).toBe(health);
    expect(result.pension).toBe(17_920 * 12);
    const deductions = health + 215_040;
    expect(result.incomeTax.total).toBe(incomeTaxOn(10_560_000 - deductions - basicDeduction(10_560_000)).total);
    expect(result.residentTax.total).toBe(residentTax(10_560_000, deductions).total);
    expect(result.takeHome).toBe(10_560_000 - result.incomeTax.total - result.residentTax.total - health - 215_040);
  });

  it("splits 手取り per month and per day worked (週5日 = 月20日)", () => {
    const result = run({ daysPerWeek: 3, months: 10 });
    expect(result.daysWorked).toBe(120);
    expect(result.takeHomePerDay).toBe(Math.floor(result.takeHome / 120));
    expect(result.takeHomeMonthly).toBe(Math.floor(result.takeHome / 12));
  });

  it("reads 稼働率60% as 週3日", () => {
    expect(run({ workMode: "util", utilization: 60 }).takeHomePerDay).toBe(run({ daysPerWeek: 3 }).takeHomePerDay);
  });

  it("takes a 税込 rate back to 税抜 before anything else", () => {
    expect(run({ rateBasis: "in", monthlyRate: 880_000 }).salesExTax).toBe(800_000 * 12);
  });

  it("lowers taxes but not 国保 with iDeCo and 小規模企業共済", () => {
    const without = run();
    const withBoth = run({ idecoMonthly: 68_000, mutualAidMonthly: 70_000 });
    expect(withBoth.kokuho.total).toBe(without.kokuho.total);
    expect(withBoth.incomeTax.total).toBeLessThan(without.incomeTax.total);
    expect(withBoth.residentTax.total).toBeLessThan(without.residentTax.total);
    expect(withBoth.takeHome).toBeGreaterThan(without.takeHome);
    expect(withBoth.spendable).toBe(withBoth.takeHome - (68_000 + 70_000) * 12);
  });

  it("takes 青色申告特別控除 off the 所得 (and so 国保), never below zero", () => {
    const blue = run({ blueReturn: "65" });
    expect(blue.income).toBe(run().income - 650_000);
    expect(blue.kokuho.total).toBeLessThan(run().kokuho.total);
    expect(run({ blueReturn: "65", monthlyRate: 40_000, months: 1 }).income).toBe(0);
  });

  it("charges 個人事業税 only when the work is a taxed business, and not on 青色申告特別控除", () => {
    const taxed = run({ businessTaxApplies: true, blueReturn: "65" });
    const untaxed = run({ businessTaxApplies: false, blueReturn: "65" });
    expect(untaxed.businessTax).toBe(0);
    expect(taxed.businessTax).toBe(run({ businessTaxApplies: true, blueReturn: "0" }).businessTax);
    expect(taxed.takeHome).toBeLessThan(untaxed.takeHome);
  });

  it("counts the 消費税 a registered freelancer pays as a cost", () => {
    const exempt = run();
    const registered = run({ consumption: "twoTenths" });
    // 9,600,000 × 7.8% × 20% = 149,760 → 149,700; × 22/78 → 42,200
    expect(registered.consumption.tax.total).toBe(191_900);
    expect(registered.takeHome).toBeLessThan(exempt.takeHome);
  });

  it("still owes the reduced 均等割 and 国民年金 on no work at all", () => {
    const idle = run({ monthlyRate: 0 });
    expect(idle.gross).toBe(0);
    expect(idle.incomeTax.total).toBe(0);
    expect(idle.residentTax.total).toBe(0);
    expect(idle.kokuho.reduction).toBe(0.7);
    expect(idle.takeHome).toBe(-(idle.kokuho.total + 215_040));
  });

  it("shows the other municipality's 国保 for the same income", () => {
    const wards = run();
    const ichikawa = run({}, { age: "under40", municipality: "ichikawa" });
    expect(wards.kokuhoOther.total).toBe(ichikawa.kokuho.total);
    expect(ichikawa.kokuhoOther.total).toBe(wards.kokuho.total);
  });
});
