import { describe, expect, it } from "vitest";
import { isExactPage } from "@/lib/content/sources";
import { payRules, rules } from "@/lib/pay/rules";
import { blueReturnOptions } from "@/lib/pay/vocabulary";

describe("content/data/pay-rules-2026.json", () => {
  it("gives every verified rule the issuer's exact page, read on a stated day, and says what it said", () => {
    for (const rule of payRules.filter((item) => item.status === "verified")) {
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      for (const source of rule.sources) {
        expect(isExactPage(source.url), `${rule.id}: ${source.url}`).toBe(true);
        expect(source.checked, rule.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(source.facts.length, rule.id).toBeGreaterThan(0);
      }
    }
  });

  it("says in Japanese what stands in for each unverified rule", () => {
    const unverified = payRules.filter((item) => item.status === "unverified");
    expect(unverified.length).toBeGreaterThan(0);
    for (const rule of unverified) expect(rule.note, rule.id).toMatch(/[ぁ-んァ-ン一-龥]/);
    for (const rule of payRules) for (const link of [...(rule.secondary ?? []), ...(rule.authorityPage ? [rule.authorityPage] : [])]) expect(isExactPage(link.url), `${rule.id}: ${link.url}`).toBe(true);
  });

  it("holds 50 health grades and 32 pension grades, each higher than the last", () => {
    const { health, pension } = rules.standardRemuneration;
    expect(health).toHaveLength(50);
    expect(pension).toHaveLength(32);
    for (const grades of [health, pension]) {
      for (let index = 1; index < grades.length; index += 1) {
        expect(grades[index]![0]).toBeGreaterThan(grades[index - 1]![0]);
        expect(grades[index]![1]).toBeGreaterThan(grades[index - 1]![1]);
      }
    }
  });

  it("offers exactly the 青色申告特別控除 amounts the data lists", () => {
    const offered = Object.keys(blueReturnOptions).filter((key) => key !== "0").map((key) => Number(key) * 10_000);
    expect(offered.sort()).toEqual([...rules.blueReturn].sort());
  });

  it("keeps the 所得税 brackets continuous at every edge", () => {
    const brackets = rules.incomeTaxBrackets;
    for (let index = 0; index < brackets.length - 1; index += 1) {
      const edge = brackets[index]!.upTo!;
      const below = edge * brackets[index]!.rate - brackets[index]!.deduction;
      const above = edge * brackets[index + 1]!.rate - brackets[index + 1]!.deduction;
      expect(Math.round(above), String(edge)).toBe(Math.round(below));
    }
  });
});
