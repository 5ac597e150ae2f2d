import { describe, expect, it } from "vitest";
import { evaluateRenewal, renewalCycle, type RenewalEntry } from "@/lib/certifications/renewal-rules/engine";
import { renewalRuleFor } from "@/lib/certifications/renewal-rules";

const rule = renewalRuleFor("pmp")!;
const passedOn = "2026-06-15";
const entry = (category: string, units: number, earnedOn = "2027-01-10"): RenewalEntry => ({ category, units, earnedOn });
const complete = [entry("ways_of_working", 12), entry("power_skills", 12), entry("business_acumen", 11), entry("giving_back", 25)];

describe("PMP renewal rule engine", () => {
  it("runs the cycle from the pass date to the day before its third anniversary", () => {
    expect(renewalCycle(rule, passedOn)).toEqual({ start: "2026-06-15", end: "2029-06-14" });
    expect(renewalCycle(rule, "2028-02-29").end).toBe("2031-02-27");
  });

  it("counts entries on the first and last day of the cycle and ignores the days either side", () => {
    const progress = evaluateRenewal(rule, passedOn, [
      entry("ways_of_working", 1, "2026-06-15"),
      entry("ways_of_working", 2, "2029-06-14"),
      entry("ways_of_working", 4, "2026-06-14"),
      entry("ways_of_working", 8, "2029-06-15"),
    ]);
    expect(progress.byCategory.ways_of_working).toBe(3);
    expect(progress.outsideCycle).toBe(2);
  });

  it("is complete at exactly 60 with every minimum met and Giving Back at its maximum", () => {
    const progress = evaluateRenewal(rule, passedOn, complete);
    expect(progress.complete).toBe(true);
    expect(progress.counted).toBe(60);
    expect(progress.message).toBe("更新に必要なPDUはそろっています（60 / 60 PDU）。2029年6月14日までに更新を申請してください。");
  });

  it("does not count Giving Back beyond 25 toward the total, and says so", () => {
    const progress = evaluateRenewal(rule, passedOn, [entry("ways_of_working", 12), entry("power_skills", 12), entry("business_acumen", 11), entry("giving_back", 30)]);
    expect(progress.counted).toBe(60);
    expect(progress.complete).toBe(true);
    const over = evaluateRenewal(rule, passedOn, [entry("ways_of_working", 8), entry("power_skills", 8), entry("business_acumen", 8), entry("giving_back", 36)]);
    expect(over.counted).toBe(49);
    expect(over.complete).toBe(false);
    expect(over.message).toBe(
      "2029年6月14日までに、合計であと11 PDUが必要です（49 / 60 PDU）。うち、Education（3分野の合計）があと11 PDU必要です。Giving Backは上限25 PDUを超えた11 PDUが合計に数えられません。",
    );
  });

  it.each([
    ["ways_of_working", "Ways of Working"],
    ["power_skills", "Power Skills"],
    ["business_acumen", "Business Acumen"],
  ])("requires at least 8 in %s even when the total is reached", (category, label) => {
    const others = ["ways_of_working", "power_skills", "business_acumen"].filter((key) => key !== category);
    const progress = evaluateRenewal(rule, passedOn, [entry(others[0]!, 30), entry(others[1]!, 22.5), entry(category, 7.5)]);
    expect(progress.counted).toBe(60);
    expect(progress.complete).toBe(false);
    expect(progress.message).toBe(`合計は60 PDUに達していますが、2029年6月14日までに分野ごとの最低数を満たす必要があります。${label}があと0.5 PDU必要です。`);
  });

  it("requires 35 Education PDUs in all, not just 8 in each area", () => {
    const progress = evaluateRenewal(rule, passedOn, [entry("ways_of_working", 8), entry("power_skills", 8), entry("business_acumen", 8), entry("giving_back", 25)]);
    expect(progress.limits.find((limit) => limit.id === "education")?.missing).toBe(11);
    expect(progress.missingTotal).toBe(11);
  });

  it("lists every shortfall for an empty log, with the deadline", () => {
    expect(evaluateRenewal(rule, passedOn, []).message).toBe(
      "2029年6月14日までに、合計であと60 PDUが必要です（0 / 60 PDU）。うち、Education（3分野の合計）があと35 PDU、Ways of Workingがあと8 PDU、Power Skillsがあと8 PDU、Business Acumenがあと8 PDU必要です。",
    );
  });

  it("adds quarter PDUs without floating-point drift", () => {
    const quarters = Array.from({ length: 10 }, () => entry("power_skills", 0.25)).concat(Array.from({ length: 3 }, () => entry("power_skills", 0.1 + 0.2)));
    const progress = evaluateRenewal(rule, passedOn, quarters);
    expect(progress.byCategory.power_skills).toBe(3.4);
    expect(progress.limits.find((limit) => limit.id === "power_skills")?.missing).toBe(4.6);
  });
});
